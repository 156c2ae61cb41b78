#pragma once

#include "storage/actionitemrepository.h"
#include "storage/database.h"
#include "storage/documentrepository.h"
#include "storage/labelrepository.h"
#include "storage/meetuprepository.h"
#include "storage/participantrepository.h"

#include <QObject>

#include <memory>

namespace debrief {

/// An open notebook: the database, its repositories and change notifications for views.
/// Write through the notebook (or call the notify functions) so every view stays current.
class Notebook : public QObject
{
    Q_OBJECT
public:
    /// Opens the SQLite notebook at @p path, creating and migrating it as needed.
    static Result<std::unique_ptr<Notebook>> openSqlite(const QString &path, const Database::Options &options = {});
    /// Opens a notebook of either kind; @p password is used for servers only (empty: libpq
    /// looks at PGPASSWORD, ~/.pgpass, or the server needs none).
    static Result<std::unique_ptr<Notebook>> open(const NotebookLocation &location, const QString &password = {},
                                                  const Database::Options &options = {});

    explicit Notebook(std::unique_ptr<Database> database, QObject *parent = nullptr);
    ~Notebook() override;

    [[nodiscard]] Database &database() { return *m_database; }
    [[nodiscard]] QString location() const { return m_database->location(); }

    [[nodiscard]] MeetupRepository &meetups() { return m_meetups; }
    [[nodiscard]] ParticipantRepository &participants() { return m_participants; }
    [[nodiscard]] DocumentRepository &documents() { return m_documents; }
    [[nodiscard]] ActionItemRepository &actionItems() { return m_actionItems; }
    [[nodiscard]] LabelRepository &labels() { return m_labels; }

    /// True when the notebook holds no meetups and no documents.
    [[nodiscard]] bool isEmpty() const;

    // Writers call these after a successful change.
    void notifyMeetupsChanged() { Q_EMIT meetupsChanged(); }
    /// A document's content changed by other means than a save here (a team member, another
    /// program, an import that synced its tasks itself): views show the stored version.
    void notifyDocumentChanged(qint64 id) { Q_EMIT documentChanged(id); }
    /// This program saved a document's content: a change, and the saver's follow-up work.
    void notifyDocumentSavedHere(qint64 id)
    {
        Q_EMIT documentSavedHere(id);
        Q_EMIT documentChanged(id);
    }
    void notifyDocumentsChanged() { Q_EMIT documentsChanged(); }
    void notifyActionItemsChanged() { Q_EMIT actionItemsChanged(); }
    void notifyParticipantsChanged() { Q_EMIT participantsChanged(); }

Q_SIGNALS:
    void meetupsChanged();
    /// A document's title, kind or meetup changed (the list needs refreshing).
    void documentsChanged();
    /// One document's content was saved, here or elsewhere: views show the stored version.
    void documentChanged(qint64 id);
    /// One document's content was saved by this program (followed by documentChanged). What
    /// a save here implies for other data (task lines becoming actions) hangs on this signal:
    /// the client that saved does it once, never every client that notices the save.
    void documentSavedHere(qint64 id);
    void actionItemsChanged();
    void participantsChanged();

private:
    std::unique_ptr<Database> m_database;
    MeetupRepository m_meetups;
    ParticipantRepository m_participants;
    DocumentRepository m_documents;
    ActionItemRepository m_actionItems;
    LabelRepository m_labels;
};

} // namespace debrief
