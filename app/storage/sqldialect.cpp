#include "storage/sqldialect.h"

#include <QRegularExpression>

namespace debrief {

QString SqliteDialect::driverName() const
{
    return QStringLiteral("QSQLITE");
}

QStringList SqliteDialect::sessionStatements(int busyTimeoutMs) const
{
    // foreign_keys is per connection in SQLite and off by default.
    return {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs)};
}

QStringList SqliteDialect::writableSetupStatements() const
{
    // WAL lets the UI read while a save is being written, and survives a crash mid-write.
    return {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = NORMAL")};
}

QString SqliteDialect::backupStatement() const
{
    // VACUUM INTO writes a consistent copy even while the WAL holds unmerged pages.
    return QStringLiteral("VACUUM INTO ?");
}

QString SqliteDialect::integrityCheckQuery() const
{
    return QStringLiteral("PRAGMA quick_check");
}

QString SqliteDialect::resetIdCounterStatement(const QString &) const
{
    return {}; // AUTOINCREMENT's sqlite_sequence follows explicit ids by itself
}

QString SqliteDialect::idColumn() const
{
    // AUTOINCREMENT keeps ids of deleted rows from being reused: links held elsewhere
    // (an open editor, an exported file's front matter) never point at a different row.
    return QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
}

QString SqliteDialect::tableExistsQuery() const
{
    return QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?");
}

QString SqliteDialect::tableCountQuery() const
{
    return QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
}

QStringList SqliteDialect::fullTextIndexStatements() const
{
    // An external-content FTS5 table: the text is stored once, in document, and triggers
    // keep the index in step inside the same transaction as every write.
    return {
        QStringLiteral("CREATE VIRTUAL TABLE document_fts USING fts5(title, body, content='document', "
                       "content_rowid='id', tokenize='unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE TRIGGER document_fts_insert AFTER INSERT ON document BEGIN "
                       "INSERT INTO document_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END"),
        QStringLiteral("CREATE TRIGGER document_fts_delete AFTER DELETE ON document BEGIN "
                       "INSERT INTO document_fts(document_fts, rowid, title, body) "
                       "VALUES ('delete', old.id, old.title, old.body); END"),
        QStringLiteral("CREATE TRIGGER document_fts_update AFTER UPDATE OF title, body ON document BEGIN "
                       "INSERT INTO document_fts(document_fts, rowid, title, body) "
                       "VALUES ('delete', old.id, old.title, old.body); "
                       "INSERT INTO document_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END"),
        QStringLiteral("INSERT INTO document_fts(document_fts) VALUES ('rebuild')"),
    };
}

QString SqliteDialect::fullTextSearchQuery() const
{
    // Title matches weigh more than body matches; bm25 is lower-is-better, so negate it.
    return QStringLiteral("SELECT d.id, d.title, "
                          "snippet(document_fts, 1, char(57344), char(57345), '…', 16), "
                          "-bm25(document_fts, 5.0, 1.0) AS score "
                          "FROM document_fts JOIN document d ON d.id = document_fts.rowid "
                          "WHERE document_fts MATCH ? ORDER BY score DESC LIMIT ?");
}

namespace {

/// The words of a search as typed, without anything an engine could read as syntax.
QStringList searchWords(const QString &userQuery)
{
    static const QRegularExpression words(QStringLiteral("[\\w'’-]+"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList found;
    auto it = words.globalMatch(userQuery);
    while (it.hasNext())
        found << it.next().captured();
    return found;
}

} // namespace

QString SqliteDialect::matchExpression(const QString &userQuery) const
{
    QStringList terms;
    for (QString word : searchWords(userQuery)) {
        word.replace(QLatin1Char('"'), QLatin1String("\"\""));
        // Quoted, so FTS5 operators (AND, NEAR, column:) typed by the user are plain words.
        terms << QLatin1Char('"') + word + QLatin1String("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

StorageError::Kind SqliteDialect::classify(const QSqlError &error) const
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (!ok)
        return StorageError::Kind::Other;
    switch (code & 0xff) { // primary result code of an extended one
    case 5:                // SQLITE_BUSY
    case 6:                // SQLITE_LOCKED
        return StorageError::Kind::Locked;
    case 8: // SQLITE_READONLY
        return StorageError::Kind::ReadOnly;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return StorageError::Kind::Corrupt;
    case 14: // SQLITE_CANTOPEN
    case 23: // SQLITE_AUTH
        return StorageError::Kind::Unreadable;
    case 19: // SQLITE_CONSTRAINT
        return StorageError::Kind::Invalid;
    default:
        return StorageError::Kind::Other;
    }
}

QString SqliteDialect::currentTimeExpression() const
{
    // %f is seconds with milliseconds; the same text as sql::time() writes.
    return QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
}

} // namespace debrief

namespace debrief {

namespace {

/// Lower case without diacritics, as the index stores words (see debrief_fold below).
QString foldForSearch(const QString &word)
{
    const QString decomposed = word.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded += c.toLower();
    }
    return folded;
}

} // namespace

QString PostgresDialect::driverName() const
{
    return QStringLiteral("QPSQL");
}

QStringList PostgresDialect::sessionStatements(int busyTimeoutMs) const
{
    return {QStringLiteral("SET client_min_messages = warning"),
            QStringLiteral("SET lock_timeout = %1").arg(busyTimeoutMs)};
}

QStringList PostgresDialect::writableSetupStatements() const
{
    return {};
}

QString PostgresDialect::backupStatement() const
{
    return {};
}

QString PostgresDialect::integrityCheckQuery() const
{
    return {};
}

QString PostgresDialect::resetIdCounterStatement(const QString &table) const
{
    return QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), COALESCE(MAX(id), 0) + 1, false) FROM %1")
        .arg(table);
}

QString PostgresDialect::idColumn() const
{
    // BY DEFAULT (not ALWAYS) so copying a notebook can keep its ids.
    return QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
}

QString PostgresDialect::tableExistsQuery() const
{
    return QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() "
                          "AND table_name = ?");
}

QString PostgresDialect::tableCountQuery() const
{
    return QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()");
}

QStringList PostgresDialect::fullTextIndexStatements() const
{
    // The 'simple' configuration (no stemming) behaves like SQLite's unicode61 tokenizer, and
    // debrief_fold removes the common Latin accents so "jose" finds "José" on both engines.
    return {
        QStringLiteral("CREATE OR REPLACE FUNCTION debrief_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE "
                       "PARALLEL SAFE AS 'SELECT translate(lower(t), "
                       "''áàâäãåāéèêëēíìîïīóòôöõøōúùûüūçñýÿ'', ''aaaaaaaeeeeeiiiiiooooooouuuuucnyy'')'"),
        QStringLiteral("ALTER TABLE document ADD COLUMN search tsvector GENERATED ALWAYS AS ("
                       "setweight(to_tsvector('simple', debrief_fold(title)), 'A') || "
                       "setweight(to_tsvector('simple', debrief_fold(body)), 'B')) STORED"),
        QStringLiteral("CREATE INDEX document_search_idx ON document USING GIN (search)"),
    };
}

QString PostgresDialect::fullTextSearchQuery() const
{
    return QStringLiteral("SELECT d.id, d.title, ts_headline('simple', d.body, q, "
                          "'StartSel=\uE000, StopSel=\uE001, MaxFragments=1, MaxWords=16, MinWords=6'), "
                          "ts_rank(d.search, q) AS score "
                          "FROM document d, to_tsquery('simple', ?) q WHERE d.search @@ q "
                          "ORDER BY score DESC, d.id LIMIT ?");
}

QString PostgresDialect::matchExpression(const QString &userQuery) const
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    for (const QString &word : searchWords(userQuery)) {
        for (const QString &part : foldForSearch(word).split(nonWord, Qt::SkipEmptyParts))
            terms << QLatin1Char('\'') + part + QLatin1String("':*");
    }
    return terms.join(QLatin1String(" & "));
}

StorageError::Kind PostgresDialect::classify(const QSqlError &error) const
{
    const QString state = error.nativeErrorCode();
    // The server reports every error of its own with an SQLSTATE; one without comes from
    // the client library, which means the connection is gone (or never came up).
    if (state.isEmpty()) {
        // A refused login arrives without an SQLSTATE too: from libpq itself ("fe_sendauth: no
        // password supplied", never translated) or as the server's text, in the server's
        // language ("password authentication failed", "Passwort-Authentifizierung ...").
        // Other refused logins (peer, ident, certificates) are not about a password.
        static const QLatin1String passwordWords[] = {
            QLatin1String("fe_sendauth"),  QLatin1String("password"),   QLatin1String("passwort"),
            QLatin1String("mot de passe"), QLatin1String("wachtwoord"), QLatin1String("senha"),
        };
        const QString text = error.text();
        for (const QLatin1String word : passwordWords) {
            if (text.contains(word, Qt::CaseInsensitive))
                return StorageError::Kind::PasswordRequired;
        }
        return StorageError::Kind::Disconnected;
    }
    if (state == QLatin1String("28P01"))
        return StorageError::Kind::PasswordRequired;
    if (state == QLatin1String("55P03") || state == QLatin1String("57014") || state == QLatin1String("40001") ||
        state == QLatin1String("40P01"))
        return StorageError::Kind::Locked;
    if (state == QLatin1String("25006") || state == QLatin1String("42501"))
        return StorageError::Kind::ReadOnly;
    if (state.startsWith(QLatin1String("23")))
        return StorageError::Kind::Invalid;
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
        return StorageError::Kind::Disconnected;
    if (state.startsWith(QLatin1String("28")) || state == QLatin1String("3D000"))
        return StorageError::Kind::Unreadable;
    if (state.startsWith(QLatin1String("XX")))
        return StorageError::Kind::Corrupt;
    return StorageError::Kind::Other;
}

QString PostgresDialect::currentTimeExpression() const
{
    // now() is when the transaction began: never later than the write it stamps, so a reader
    // that allows for a transaction's length finds every write made since it last looked.
    return QStringLiteral("to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')");
}

} // namespace debrief
