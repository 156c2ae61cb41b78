#pragma once

#include "chatham/anonymiser.h"
#include "chatham/leakscanner.h"
#include "chatham/meetuproster.h"
#include "chatham/roster.h"
#include "export/exporter.h"
#include "model/enums.h"
#include "storage/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>

class QIODevice;

namespace debrief {

class Notebook;

/// Exports notebook documents, one at a time or a whole meetup, the same way from the command
/// line and from the window. A document on the record is written as it is; one under the
/// Chatham House Rule (or every one, when anonymising is asked for) is anonymised with its
/// meetup's roster and the labels earlier exports gave, checked against everyone in the
/// notebook, and refused while an identity is left. Off-the-record documents never leave.
///
/// prepare() and rememberLabels() read and write the notebook, so they run on its thread;
/// write() only uses what prepare() read, so a batch can run on a worker thread.
class NotebookExport
{
    Q_DECLARE_TR_FUNCTIONS(debrief::NotebookExport)
public:
    struct Options
    {
        /// md, html, pdf or odt.
        QString format = QStringLiteral("md");
        AnonymiserOptions anonymiser;
        ExportOptions exportOptions;
        /// Anonymise documents on the record too.
        bool anonymiseAll = false;
        /// People to anonymise besides the notebook's (a roster CSV given on the command line).
        QList<RosterPerson> extraPeople;
    };

    enum class OutcomeKind
    {
        Written,
        WrittenAnonymised,
        OffRecord, ///< never exported
        Leaked,    ///< an identity was left in the anonymised text; nothing written
        NoRoster,  ///< to be anonymised, but nobody to anonymise with; nothing written
        Failed,    ///< rendering or writing failed; nothing written
    };

    struct Outcome
    {
        qint64 documentId = 0;
        QString title; ///< the document's own title, for the person exporting
        OutcomeKind kind = OutcomeKind::Failed;
        QString path;    ///< the file written
        QString message; ///< why nothing was written
        QList<LeakFinding> findings;

        [[nodiscard]] bool written() const
        {
            return kind == OutcomeKind::Written || kind == OutcomeKind::WrittenAnonymised;
        }
    };

    NotebookExport(NotebookExport &&) noexcept;
    NotebookExport &operator=(NotebookExport &&) noexcept;
    ~NotebookExport();

    /// Reads @p documentIds with their meetups' rosters, stored labels and action items.
    [[nodiscard]] static Result<NotebookExport> prepare(Notebook &notebook, const QList<qint64> &documentIds,
                                                        const Options &options);
    /// The documents of meetup @p meetupId, oldest first; an Invalid
    /// error when the meetup does not exist or has none.
    [[nodiscard]] static Result<QList<qint64>> meetupDocuments(Notebook &notebook, qint64 meetupId);

    [[nodiscard]] int size() const { return int(m_items.size()); }
    [[nodiscard]] QString title(int index) const { return m_items.at(index).title; }
    [[nodiscard]] Rule rule(int index) const { return m_items.at(index).rule; }

    /// Writes every document into @p folder under names made from their (anonymised) titles,
    /// never two under the same name, nor under one of @p takenNames (lower case; the names
    /// written are added to it).
    [[nodiscard]] QList<Outcome> writeAll(const QString &folder, QSet<QString> *takenNames = nullptr);
    /// Writes document @p index to @p path.
    [[nodiscard]] Outcome write(int index, const QString &path);
    /// Writes document @p index into an open device (standard output).
    [[nodiscard]] Outcome write(int index, QIODevice &device);

    /// Stores the labels the written exports gave, so that the next export of each meetup
    /// names everyone the same way. Labels stored before are never changed.
    [[nodiscard]] Status rememberLabels(Notebook &notebook) const;

private:
    struct Item
    {
        qint64 documentId = 0;
        QString title;
        Rule rule = Rule::OnRecord;
        qint64 meetupId = 0; ///< 0: a loose document, anonymised with everyone in the notebook
        QString markdown;    ///< as written
        QString withActions; ///< with its action items appended, for the anonymised export
        QDate date;          ///< its front matter's, else the day it was created
    };
    /// One meetup's roster (everyone in the notebook for loose documents) and the labels
    /// given so far, carried from one document to the next.
    struct RosterLabels
    {
        MeetupRoster meetup;
        Roster roster; ///< the meetup's people, then Options::extraPeople
        QHash<int, QString> labels;
        bool used = false;
    };
    struct Rendered;

    NotebookExport() = default;
    [[nodiscard]] Rendered render(int index);
    [[nodiscard]] Outcome writeRendered(int index, const Rendered &rendered, const QString &path);
    /// The outcome of a write; a written anonymised export hands its labels to the next document.
    [[nodiscard]] Outcome finish(int index, const Rendered &rendered, const ExportResult &result);

    Options m_options;
    std::unique_ptr<Exporter> m_exporter;
    QList<Item> m_items;
    QHash<qint64, RosterLabels> m_rosters;
    /// Everyone the scan looks for: a person of another meetup named here is a leak too.
    Roster m_everyone;
    /// The files the documents were imported from (absolute paths): an export into their
    /// folder must not replace them.
    QSet<QString> m_sourcePaths;
};

} // namespace debrief
