#pragma once

#include "model/participant.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace debrief {

class Notebook;

/// The roster of one meetup as a table: one row per participant with their name, role,
/// affiliation and the lists of other ways to write them. Edits are saved through the
/// notebook's repositories at once; list cells are edited as `a; b; c`.
class RosterModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        RoleColumn,
        AffiliationColumn,
        AliasesColumn,
        HandlesColumn,
        EmailsColumn,
        UrlsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    /// The participant id of a row.
    static constexpr int ParticipantIdRole = Qt::UserRole + 1;

    explicit RosterModel(QObject *parent = nullptr);
    ~RosterModel() override;

    void setNotebook(Notebook *notebook);
    /// Shows the roster of @p meetupId (0: none).
    void setMeetup(qint64 meetupId);
    [[nodiscard]] qint64 meetupId() const { return m_meetupId; }
    /// Re-reads the roster from the notebook.
    void reload();

    [[nodiscard]] const RosterEntry &entryAt(int row) const { return m_entries.at(row); }
    [[nodiscard]] int rowOf(qint64 participantId) const;

    /// Saves @p entry (its participant and role) over row @p row.
    bool saveEntry(int row, const RosterEntry &entry);
    /// Creates a participant and puts them on the roster; returns their row or -1.
    int addPerson(const Participant &participant, MeetupRole role);
    /// The last storage problem, for the view to show.
    [[nodiscard]] QString lastError() const { return m_lastError; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    /// Takes the people off this meetup's roster (they stay in the notebook).
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    /// The values of one alias kind, and a participant with that list replaced.
    [[nodiscard]] static QStringList aliasValues(const Participant &participant, AliasKind kind);
    static void setAliasValues(Participant &participant, AliasKind kind, const QStringList &values);
    /// "a; b;; c " → {"a", "b", "c"}.
    [[nodiscard]] static QStringList splitList(const QString &text);

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void fail(const QString &what, const QString &detail);
    void notifyOthers();

    QPointer<Notebook> m_notebook;
    qint64 m_meetupId = 0;
    QList<RosterEntry> m_entries;
    QString m_lastError;
    bool m_writing = false; ///< our own change notifications do not reset the view
};

} // namespace debrief
