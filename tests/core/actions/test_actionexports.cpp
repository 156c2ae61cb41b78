#include "actions/actioncsvexporter.h"
#include "actions/actiondigest.h"
#include "actions/actionicalendarexporter.h"
#include "goldenfile.h"
#include "rosterfixture.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QTest>

using namespace debrief;

/// CSV, iCalendar and digest exports against golden files, and each read back.
class TestActionExports : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csvMatchesGolden();
    void csvReadsBack();
    void csvField_data();
    void csvField();
    void icsMatchesGolden();
    void icsReadsBack();
    void icsUidIsStable();
    void escapeText_data();
    void escapeText();
    void fold_data();
    void fold();
    void digestMatchesGolden();
    void digestWithNothingOpen();
};

namespace {

const QDate friday(2026, 11, 20);
const QDateTime now(friday, QTime(9, 30), Qt::UTC);

ActionItem action(qint64 id, const QString &title, ActionStatus status, ActionPriority priority)
{
    ActionItem item;
    item.id = id;
    item.title = title;
    item.status = status;
    item.priority = priority;
    item.createdAt = QDateTime(QDate(2026, 11, 1), QTime(18, 45), Qt::UTC);
    return item;
}

/// Every awkward case at once: quotes, commas, semicolons, backslashes, line breaks, long
/// multi-byte titles, each status and priority, owners linked, free or absent.
QList<ActionItem> sampleActions()
{
    ActionItem jitter = action(1, QStringLiteral("Add jitter to retries"), ActionStatus::Open, ActionPriority::High);
    jitter.ownerParticipantId = 1;
    jitter.ownerText = QStringLiteral("Priya Sharma");
    jitter.dueDate = QDate(2026, 11, 18);
    jitter.ticketUrl = QStringLiteral("#123");
    jitter.documentId = 7;

    ActionItem runbook = action(2, QStringLiteral("Write the \"runbook\", then review; C:\\ops\\runbook"),
                                ActionStatus::InProgress, ActionPriority::Normal);
    runbook.ownerText = QStringLiteral("will");
    runbook.dueDate = QDate(2026, 12, 1);
    runbook.ticketUrl = QStringLiteral("https://tracker.example/browse/OPS-42");
    runbook.meetupId = 3;

    ActionItem dashboards = action(3, QStringLiteral("Check dashboards\nand alerts\r\nagain\x07"),
                                   ActionStatus::Blocked, ActionPriority::Low);

    ActionItem long_ = action(4,
                              QStringLiteral("\u00DCberpr\u00FCfen: Zeit\u00FCberschreitungen f\u00FCr alle "
                                             "Wiederholungsversuche dokumentieren \u2014 \u65E5\u672C\u8A9E\u306E"
                                             "\u30C6\u30AD\u30B9\u30C8\u3082\u6298\u308A\u8FD4\u3059 \U0001F680 emoji"),
                              ActionStatus::Done, ActionPriority::Urgent);
    long_.ownerParticipantId = 2;
    long_.ownerText = QStringLiteral("Jose (old cached name)");
    long_.dueDate = friday;
    long_.completedAt = QDateTime(QDate(2026, 11, 19), QTime(16, 0), Qt::UTC);

    ActionItem migrate = action(5, QStringLiteral("Migrate to v2"), ActionStatus::Dropped, ActionPriority::Normal);
    migrate.ownerParticipantId = 3;
    migrate.ownerText = QStringLiteral("Sam Lee");
    migrate.dueDate = QDate(2026, 11, 10);

    ActionItem vendor =
        action(6, QStringLiteral("Follow up with the vendor"), ActionStatus::Open, ActionPriority::Normal);
    vendor.ownerParticipantId = 1;
    vendor.ownerText = QStringLiteral("Priya Sharma");

    return {jitter, runbook, dashboards, long_, migrate, vendor};
}

OwnerNames sampleOwners()
{
    return OwnerNames(test::sampleRoster());
}

/// A small RFC 4180 reader for checking: records of fields.
QList<QStringList> readCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field.append(c);
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field.append(c);
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field.append(c);
        }
    }
    return records;
}

struct ContentLine
{
    QString name;
    QString parameters;
    QString value;
};

/// Undoes RFC 5545 TEXT escaping; fails the test on a bare ';' or ',' or a bad escape.
QString unescapeText(const QString &value, bool *ok)
{
    QString text;
    *ok = true;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char(';') || c == QLatin1Char(','))
            *ok = false;
        if (c != QLatin1Char('\\')) {
            text.append(c);
            continue;
        }
        const QChar next = i + 1 < value.size() ? value.at(++i) : QChar();
        if (next == QLatin1Char('n') || next == QLatin1Char('N'))
            text.append(QLatin1Char('\n'));
        else if (next == QLatin1Char('\\') || next == QLatin1Char(';') || next == QLatin1Char(','))
            text.append(next);
        else
            *ok = false;
    }
    return text;
}

} // namespace

void TestActionExports::csvMatchesGolden()
{
    DEBRIEF_COMPARE_GOLDEN(ActionCsvExporter::toCsv(sampleActions(), sampleOwners(), friday),
                           QStringLiteral("actions/actions.csv"));
}

void TestActionExports::csvReadsBack()
{
    const QByteArray csv = ActionCsvExporter::toCsv(sampleActions(), sampleOwners(), friday);
    QVERIFY(csv.endsWith("\r\n"));
    QVERIFY(!csv.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> records = readCsv(QString::fromUtf8(csv));
    const QList<ActionItem> actions = sampleActions();
    QCOMPARE(records.size(), 1 + actions.size());
    QCOMPARE(records.at(0), ActionCsvExporter::columns());
    const QStringList columns = ActionCsvExporter::columns();
    for (qsizetype row = 1; row < records.size(); ++row) {
        const ActionItem &item = actions.at(row - 1);
        const QStringList &record = records.at(row);
        QCOMPARE(record.size(), columns.size());
        QCOMPARE(record.at(columns.indexOf(QStringLiteral("id"))), QString::number(item.id));
        QCOMPARE(record.at(columns.indexOf(QStringLiteral("title"))), item.title); // quotes and breaks survive
        QCOMPARE(record.at(columns.indexOf(QStringLiteral("status"))), toStorageString(item.status));
        QCOMPARE(record.at(columns.indexOf(QStringLiteral("overdue"))),
                 item.isOverdue(friday) ? QStringLiteral("yes") : QStringLiteral("no"));
    }
    // The roster's current name wins over the cached text; free text is kept as written.
    QCOMPARE(records.at(4).at(2), QStringLiteral("Jos\u00E9 \u00C1lvarez"));
    QCOMPARE(records.at(2).at(2), QStringLiteral("will"));
    QCOMPARE(records.at(3).at(2), QString());
}

void TestActionExports::csvField_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "plain text"
                           << "plain text";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("comma") << "a,b"
                           << "\"a,b\"";
    QTest::newRow("quote doubled") << "say \"hi\""
                                   << "\"say \"\"hi\"\"\"";
    QTest::newRow("line feed") << "a\nb"
                               << "\"a\nb\"";
    QTest::newRow("carriage return") << "a\rb"
                                     << "\"a\rb\"";
    QTest::newRow("leading space kept unquoted") << " a"
                                                 << " a";
}

void TestActionExports::csvField()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(ActionCsvExporter::field(value), expected);
}

void TestActionExports::icsMatchesGolden()
{
    DEBRIEF_COMPARE_GOLDEN(
        ActionICalendarExporter::toICalendar(sampleActions(), sampleOwners(), {QStringLiteral("0123abcd4567"), now}),
        QStringLiteral("actions/actions.ics"));
}

void TestActionExports::icsReadsBack()
{
    const QList<ActionItem> items = sampleActions();
    const QByteArray ics = ActionICalendarExporter::toICalendar(items, sampleOwners(), {QStringLiteral("nb"), now});

    // Physical lines: CRLF only, at most 75 octets, each valid UTF-8 on its own.
    QVERIFY(ics.endsWith("\r\n"));
    QList<QByteArray> physical = ics.split('\n');
    QVERIFY(physical.takeLast().isEmpty());
    QStringList unfolded;
    for (const QByteArray &raw : physical) {
        QVERIFY2(raw.endsWith('\r'), raw.constData());
        const QByteArray line = raw.chopped(1);
        QVERIFY2(!line.contains('\r'), line.constData());
        QVERIFY2(line.size() <= 75, line.constData());
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder(line);
        QVERIFY2(!decoder.hasError(), line.constData());
        if (text.startsWith(QLatin1Char(' ')) || text.startsWith(QLatin1Char('\t'))) {
            QVERIFY(!unfolded.isEmpty());
            unfolded.last().append(text.mid(1));
        } else {
            unfolded.append(text);
        }
    }

    // Content lines: name[;params]:value, properly nested components.
    static const QRegularExpression contentLine(QStringLiteral("^([A-Za-z0-9-]+)((?:;[^:]*)?):(.*)$"));
    QList<ContentLine> lines;
    for (const QString &text : unfolded) {
        const auto match = contentLine.match(text);
        QVERIFY2(match.hasMatch(), qPrintable(text));
        lines.append({match.captured(1).toUpper(), match.captured(2), match.captured(3)});
    }
    QCOMPARE(lines.first().name + QLatin1Char(':') + lines.first().value, QStringLiteral("BEGIN:VCALENDAR"));
    QCOMPARE(lines.last().name + QLatin1Char(':') + lines.last().value, QStringLiteral("END:VCALENDAR"));

    QList<QHash<QString, ContentLine>> todos;
    QHash<QString, ContentLine> current;
    QHash<QString, int> counts;
    bool inTodo = false;
    bool sawVersion = false;
    bool sawProdId = false;
    for (qsizetype i = 1; i + 1 < lines.size(); ++i) {
        const ContentLine &line = lines.at(i);
        if (line.name == QLatin1String("BEGIN")) {
            QCOMPARE(line.value, QStringLiteral("VTODO"));
            QVERIFY(!inTodo);
            inTodo = true;
            current.clear();
            counts.clear();
        } else if (line.name == QLatin1String("END")) {
            QCOMPARE(line.value, QStringLiteral("VTODO"));
            QVERIFY(inTodo);
            inTodo = false;
            for (const char *once : {"UID", "DTSTAMP", "SUMMARY", "STATUS", "PRIORITY"})
                QVERIFY2(counts.value(QLatin1String(once)) == 1, once);
            todos.append(current);
        } else if (inTodo) {
            current.insert(line.name, line);
            ++counts[line.name];
        } else {
            sawVersion |= line.name == QLatin1String("VERSION") && line.value == QLatin1String("2.0");
            sawProdId |= line.name == QLatin1String("PRODID") && !line.value.isEmpty();
        }
    }
    QVERIFY(!inTodo);
    QVERIFY(sawVersion);
    QVERIFY(sawProdId);
    QCOMPARE(todos.size(), items.size());

    QSet<QString> uids;
    static const QRegularExpression utcStamp(QStringLiteral("^\\d{8}T\\d{6}Z$"));
    static const QRegularExpression date(QStringLiteral("^\\d{8}$"));
    const QStringList statuses{QStringLiteral("NEEDS-ACTION"), QStringLiteral("IN-PROCESS"),
                               QStringLiteral("COMPLETED"), QStringLiteral("CANCELLED")};
    for (qsizetype i = 0; i < todos.size(); ++i) {
        const auto &todo = todos.at(i);
        const ActionItem &item = items.at(i);
        uids.insert(todo.value(QStringLiteral("UID")).value);
        QCOMPARE(todo.value(QStringLiteral("DTSTAMP")).value, QStringLiteral("20261120T093000Z"));
        QVERIFY(utcStamp.match(todo.value(QStringLiteral("CREATED")).value).hasMatch());
        bool ok = false;
        QString expectedTitle = item.title;
        expectedTitle.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).remove(QChar(0x07));
        QCOMPARE(unescapeText(todo.value(QStringLiteral("SUMMARY")).value, &ok), expectedTitle);
        QVERIFY(ok);
        if (todo.contains(QStringLiteral("DESCRIPTION"))) {
            unescapeText(todo.value(QStringLiteral("DESCRIPTION")).value, &ok);
            QVERIFY(ok);
        }
        QVERIFY(statuses.contains(todo.value(QStringLiteral("STATUS")).value));
        const int priority = todo.value(QStringLiteral("PRIORITY")).value.toInt(&ok);
        QVERIFY(ok && priority >= 0 && priority <= 9);
        if (item.dueDate.isValid()) {
            const ContentLine due = todo.value(QStringLiteral("DUE"));
            QCOMPARE(due.parameters, QStringLiteral(";VALUE=DATE"));
            QVERIFY(date.match(due.value).hasMatch());
            QCOMPARE(QDate::fromString(due.value, QStringLiteral("yyyyMMdd")), item.dueDate);
        } else {
            QVERIFY(!todo.contains(QStringLiteral("DUE")));
        }
        QCOMPARE(todo.contains(QStringLiteral("COMPLETED")), item.status == ActionStatus::Done);
    }
    QCOMPARE(uids.size(), items.size());
    QCOMPARE(todos.at(0).value(QStringLiteral("STATUS")).value, QStringLiteral("NEEDS-ACTION"));
    QCOMPARE(todos.at(3).value(QStringLiteral("STATUS")).value, QStringLiteral("COMPLETED"));
    QCOMPARE(todos.at(4).value(QStringLiteral("STATUS")).value, QStringLiteral("CANCELLED"));
    QCOMPARE(todos.at(3).value(QStringLiteral("PRIORITY")).value, QStringLiteral("1"));
    QCOMPARE(todos.at(1).value(QStringLiteral("URL")).value, QStringLiteral("https://tracker.example/browse/OPS-42"));
    QVERIFY(!todos.at(0).contains(QStringLiteral("URL"))); // "#123" is not a URI
}

void TestActionExports::icsUidIsStable()
{
    ActionItem item = sampleActions().at(0);
    const QString uid = ActionICalendarExporter::uid(item, QStringLiteral("nb1"));
    item.title = QStringLiteral("Renamed");
    item.status = ActionStatus::Done;
    QCOMPARE(ActionICalendarExporter::uid(item, QStringLiteral("nb1")), uid);
    QVERIFY(ActionICalendarExporter::uid(item, QStringLiteral("nb2")) != uid);
    item.id = 2;
    QVERIFY(ActionICalendarExporter::uid(item, QStringLiteral("nb1")) != uid);
}

void TestActionExports::escapeText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "Fix it"
                           << "Fix it";
    QTest::newRow("backslash") << "C:\\ops"
                               << "C:\\\\ops";
    QTest::newRow("semicolon") << "a;b"
                               << "a\\;b";
    QTest::newRow("comma") << "a,b"
                           << "a\\,b";
    QTest::newRow("line feed") << "a\nb"
                               << "a\\nb";
    QTest::newRow("CRLF is one break") << "a\r\nb"
                                       << "a\\nb";
    QTest::newRow("lone CR") << "a\rb"
                             << "a\\nb";
    QTest::newRow("colon and quotes need nothing") << "a: \"b\""
                                                   << "a: \"b\"";
    QTest::newRow("control characters dropped, tab kept") << "a\x01\tb"
                                                          << "a\tb";
}

void TestActionExports::escapeText()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(ActionICalendarExporter::escapeText(text), expected);
}

void TestActionExports::fold_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray a74(74, 'a');
    const QByteArray a75(75, 'a');
    QTest::newRow("short line") << QByteArray("SUMMARY:x") << QByteArray("SUMMARY:x\r\n");
    QTest::newRow("exactly 75 octets") << a75 << a75 + "\r\n";
    QTest::newRow("76 octets") << a75 + "b" << a75 + "\r\n b\r\n";
    QTest::newRow("continuations hold 74 octets") << a75 + a74 + "c" << a75 + "\r\n " + a74 + "\r\n c\r\n";
    // "é" is two octets: it would straddle octets 75 and 76, so it moves to the next line.
    QTest::newRow("two-octet character at the edge") << a74 + "\xC3\xA9" + "z" << a74 + "\r\n \xC3\xA9z\r\n";
    // The rocket is four octets starting at octet 73.
    QTest::newRow("four-octet character at the edge")
        << QByteArray(72, 'a') + "\xF0\x9F\x9A\x80" + "z" << QByteArray(72, 'a') + "\r\n \xF0\x9F\x9A\x80z\r\n";
    QTest::newRow("four-octet character fits exactly")
        << QByteArray(71, 'a') + "\xF0\x9F\x9A\x80" + "z" << QByteArray(71, 'a') + "\xF0\x9F\x9A\x80" + "\r\n z\r\n";
}

void TestActionExports::fold()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, expected);
    QCOMPARE(ActionICalendarExporter::fold(line), expected);
}

void TestActionExports::digestMatchesGolden()
{
    const QString digest = ActionDigest::toMarkdown(sampleActions(), sampleOwners(), friday);
    DEBRIEF_COMPARE_GOLDEN(digest.toUtf8(), QStringLiteral("actions/digest.md"));
    QVERIFY(digest.contains(QStringLiteral("## Priya Sharma \u2014 2 open, 1 overdue\n")));
    QVERIFY(!digest.contains(QStringLiteral("Migrate to v2"))); // dropped
    QVERIFY(!digest.contains(QChar(0x07)));                     // control characters never reach the text
    QVERIFY(digest.indexOf(QStringLiteral("## No owner")) > digest.indexOf(QStringLiteral("## will")));
}

void TestActionExports::digestWithNothingOpen()
{
    ActionItem done = sampleActions().at(3);
    const QString digest = ActionDigest::toMarkdown({done}, sampleOwners(), friday);
    QCOMPARE(digest, QStringLiteral("# Action items as of 2026-11-20\n\nNo open action items.\n"));
}

QTEST_GUILESS_MAIN(TestActionExports)
#include "test_actionexports.moc"
