#include "roster/rostermodel.h"

#include "notebook/notebook.h"

#include <QRegularExpression>

namespace debrief {

namespace {

std::optional<AliasKind> aliasKindOf(int column)
{
    switch (column) {
    case RosterModel::AliasesColumn:
        return AliasKind::Name;
    case RosterModel::HandlesColumn:
        return AliasKind::Handle;
    case RosterModel::EmailsColumn:
        return AliasKind::Email;
    case RosterModel::UrlsColumn:
        return AliasKind::Url;
    default:
        return std::nullopt;
    }
}

std::optional<MeetupRole> roleFromValue(const QVariant &value)
{
    if (value.userType() == QMetaType::Int)
        return static_cast<MeetupRole>(value.toInt());
    const QString text = value.toString();
    if (auto role = meetupRoleFromString(text))
        return role;
    for (MeetupRole role : {MeetupRole::Speaker, MeetupRole::Attendee, MeetupRole::Organiser, MeetupRole::NoteTaker}) {
        if (displayName(role).compare(text, Qt::CaseInsensitive) == 0)
            return role;
    }
    return std::nullopt;
}

} // namespace

RosterModel::RosterModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

RosterModel::~RosterModel() = default;

void RosterModel::setNotebook(Notebook *notebook)
{
    if (m_notebook)
        disconnect(m_notebook, nullptr, this, nullptr);
    m_notebook = notebook;
    m_meetupId = 0;
    if (m_notebook) {
        // Another view (or an import) changed people: show it, unless the change was ours.
        connect(m_notebook, &Notebook::participantsChanged, this, [this] {
            if (!m_writing)
                reload();
        });
    }
    reload();
}

void RosterModel::setMeetup(qint64 meetupId)
{
    m_meetupId = meetupId;
    reload();
}

void RosterModel::reload()
{
    beginResetModel();
    m_entries.clear();
    if (m_notebook && m_meetupId != 0) {
        auto roster = m_notebook->meetups().roster(m_meetupId);
        if (roster.ok())
            m_entries = std::move(roster).value();
        else
            fail(tr("The roster could not be read."), roster.error().message());
    }
    endResetModel();
}

int RosterModel::rowOf(qint64 participantId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).participant.id == participantId)
            return row;
    }
    return -1;
}

int RosterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RosterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RosterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RosterEntry &entry = m_entries.at(index.row());
    if (role == ParticipantIdRole)
        return entry.participant.id;
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return entry.participant.displayName;
    case RoleColumn:
        return role == Qt::EditRole ? QVariant(int(entry.role)) : QVariant(displayName(entry.role));
    case AffiliationColumn: {
        // The affiliation and its short forms, as in the roster CSV: "Kestrel Pay; Kestrel".
        QStringList names{entry.participant.affiliation};
        names += aliasValues(entry.participant, AliasKind::Affiliation);
        names.removeAll(QString());
        return names.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral("; "));
    }
    default:
        break;
    }
    if (const auto kind = aliasKindOf(index.column())) {
        const QStringList values = aliasValues(entry.participant, *kind);
        return values.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral("; "));
    }
    return {};
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case AffiliationColumn:
        return tr("Affiliation");
    case AliasesColumn:
        return tr("Aliases");
    case HandlesColumn:
        return tr("Handles");
    case EmailsColumn:
        return tr("E-mails");
    case UrlsColumn:
        return tr("Profile URLs");
    default:
        return {};
    }
}

Qt::ItemFlags RosterModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

bool RosterModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    RosterEntry entry = m_entries.at(index.row());
    switch (index.column()) {
    case NameColumn: {
        const QString name = value.toString().simplified();
        if (name.isEmpty())
            return false; // a nameless person could not be anonymised
        entry.participant.displayName = name;
        break;
    }
    case RoleColumn: {
        const auto newRole = roleFromValue(value);
        if (!newRole)
            return false;
        entry.role = *newRole;
        break;
    }
    case AffiliationColumn: {
        const QStringList names = splitList(value.toString());
        entry.participant.affiliation = names.value(0);
        setAliasValues(entry.participant, AliasKind::Affiliation, names.mid(1));
        break;
    }
    default:
        if (const auto kind = aliasKindOf(index.column()))
            setAliasValues(entry.participant, *kind, splitList(value.toString()));
        else
            return false;
    }
    return saveEntry(index.row(), entry);
}

bool RosterModel::saveEntry(int row, const RosterEntry &entry)
{
    if (!m_notebook || row < 0 || row >= m_entries.size())
        return false;
    const RosterEntry &old = m_entries.at(row);
    RosterEntry saved = old;
    if (entry.participant.displayName != old.participant.displayName ||
        entry.participant.affiliation != old.participant.affiliation ||
        entry.participant.aliases != old.participant.aliases) {
        auto updated = m_notebook->participants().update(entry.participant);
        if (!updated.ok()) {
            fail(tr("%1 could not be saved.").arg(old.participant.displayName), updated.error().message());
            return false;
        }
        saved.participant = updated.value();
    }
    if (entry.role != old.role) {
        if (Status set = m_notebook->meetups().setRole(m_meetupId, old.participant.id, entry.role); !set.ok()) {
            fail(tr("The role of %1 could not be saved.").arg(old.participant.displayName), set.error().message());
            return false;
        }
        saved.role = entry.role;
    }
    m_entries[row] = saved;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    notifyOthers();
    return true;
}

int RosterModel::addPerson(const Participant &participant, MeetupRole role)
{
    if (!m_notebook || m_meetupId == 0 || participant.displayName.trimmed().isEmpty())
        return -1;
    RosterEntry entry;
    const Status status = m_notebook->database().transaction([&]() -> Status {
        auto created = m_notebook->participants().create(participant);
        if (!created.ok())
            return created.error();
        entry.participant = created.value();
        entry.role = role;
        return m_notebook->meetups().setRole(m_meetupId, entry.participant.id, role);
    });
    if (!status.ok()) {
        fail(tr("%1 could not be added to the roster.").arg(participant.displayName), status.error().message());
        return -1;
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(entry);
    endInsertRows();
    notifyOthers();
    return row;
}

bool RosterModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || !m_notebook || row < 0 || count <= 0 || row + count > m_entries.size())
        return false;
    for (int i = row + count - 1; i >= row; --i) {
        const RosterEntry &entry = m_entries.at(i);
        if (Status removed = m_notebook->meetups().removeFromRoster(m_meetupId, entry.participant.id); !removed.ok()) {
            fail(tr("%1 could not be removed from the roster.").arg(entry.participant.displayName),
                 removed.error().message());
            return false;
        }
        beginRemoveRows({}, i, i);
        m_entries.removeAt(i);
        endRemoveRows();
    }
    notifyOthers();
    return true;
}

QStringList RosterModel::aliasValues(const Participant &participant, AliasKind kind)
{
    QStringList values;
    for (const ParticipantAlias &alias : participant.aliases) {
        if (alias.kind == kind)
            values.append(alias.value);
    }
    return values;
}

void RosterModel::setAliasValues(Participant &participant, AliasKind kind, const QStringList &values)
{
    participant.aliases.removeIf([kind](const ParticipantAlias &alias) { return alias.kind == kind; });
    for (const QString &value : values) {
        const QString trimmed = value.trimmed();
        if (trimmed.isEmpty())
            continue;
        // Handles are stored without "@", as the roster reader gives them.
        const QString stored =
            kind == AliasKind::Handle && trimmed.startsWith(QLatin1Char('@')) ? trimmed.mid(1) : trimmed;
        participant.aliases.append({kind, stored});
    }
}

QStringList RosterModel::splitList(const QString &text)
{
    QStringList values;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[;\\n]")))) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            values.append(trimmed);
    }
    return values;
}

void RosterModel::fail(const QString &what, const QString &detail)
{
    m_lastError = detail.isEmpty() ? what : what + QLatin1Char(' ') + detail;
    Q_EMIT errorOccurred(m_lastError);
}

void RosterModel::notifyOthers()
{
    if (!m_notebook)
        return;
    m_writing = true;
    m_notebook->notifyParticipantsChanged();
    m_writing = false;
}

} // namespace debrief
