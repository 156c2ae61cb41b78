#pragma once

// Small fixtures shared by the UI tests: a notebook in a temporary folder and one-line
// ways to put meetups and documents into it.

#include "notebook/notebook.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace debrief::test {

inline std::unique_ptr<Notebook> openNotebook(const QString &path)
{
    auto opened = Notebook::openSqlite(path);
    if (!opened.ok()) {
        qWarning("Cannot open %s: %s", qPrintable(path), qPrintable(opened.error().message()));
        return nullptr;
    }
    return std::move(opened).value();
}

inline qint64 addMeetup(Notebook &notebook, const QString &title, const QDateTime &startsAt)
{
    Meetup meetup;
    meetup.title = title;
    meetup.startsAt = startsAt;
    auto created = notebook.meetups().create(meetup);
    return created.ok() ? created.value().id : 0;
}

inline qint64 addDocument(Notebook &notebook, const QString &title, std::optional<qint64> meetupId = std::nullopt,
                          const QString &body = {})
{
    Document document;
    document.title = title;
    document.meetupId = meetupId;
    document.kind = meetupId ? DocumentKind::MeetupNotes : DocumentKind::Postmortem;
    document.body = body;
    auto created = notebook.documents().create(document);
    return created.ok() ? created.value().id : 0;
}

/// The stored body of document @p id, read through a connection of its own.
inline QString storedBody(const QString &path, qint64 id)
{
    auto notebook = openNotebook(path);
    if (!notebook)
        return QStringLiteral("<cannot open>");
    auto document = notebook->documents().get(id);
    return document.ok() ? document.value().body : QStringLiteral("<missing>");
}

} // namespace debrief::test
