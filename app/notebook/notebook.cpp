#include "notebook/notebook.h"

#include <QSqlQuery>

namespace debrief {

Result<std::unique_ptr<Notebook>> Notebook::openSqlite(const QString &path, const Database::Options &options)
{
    auto database = Database::openSqlite(path, options);
    if (!database)
        return database.error();
    return std::make_unique<Notebook>(std::move(database).value());
}

Result<std::unique_ptr<Notebook>> Notebook::open(const NotebookLocation &location, const QString &password,
                                                 const Database::Options &options)
{
    auto database = Database::open(location, password, options);
    if (!database)
        return database.error();
    return std::make_unique<Notebook>(std::move(database).value());
}

Notebook::Notebook(std::unique_ptr<Database> database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_meetups(*m_database)
    , m_participants(*m_database)
    , m_documents(*m_database)
    , m_actionItems(*m_database)
    , m_labels(*m_database)
{}

Notebook::~Notebook() = default;

bool Notebook::isEmpty() const
{
    auto q = m_database->exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM meetup) + (SELECT COUNT(*) FROM document)"));
    return q && q.value().next() && q.value().value(0).toLongLong() == 0;
}

} // namespace debrief
