// The front-matter form: field edits change only their key, the text updates the form,
// unknown keys survive, malformed YAML disables the form and keeps the text as typed.

#include "frontmatter/frontmatterform.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTest>

using namespace debrief;
using Field = FrontMatterForm::Field;

namespace {

const QString kDocument = QStringLiteral("---\n"
                                         "layout: post\n"
                                         "title: Retry storm\n"
                                         "# kept comment\n"
                                         "tags: [payments, retries]\n"
                                         "permalink: /incidents/retry-storm/\n"
                                         "severity: SEV2\n"
                                         "---\n"
                                         "# Body\n\nText.\n");

void edit(QLineEdit *field, const QString &text)
{
    field->setFocus();
    field->selectAll();
    if (text.isEmpty())
        QTest::keyClick(field, Qt::Key_Delete);
    else
        QTest::keyClicks(field, text);
}

} // namespace

class TestFrontMatterForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void showsFields_data();
    void showsFields();
    void editRewritesOnlyThatKey_data();
    void editRewritesOnlyThatKey();
    void editIsOneUndoStep();
    void typingInTextUpdatesForm();
    void malformedYamlShowsLine_data();
    void malformedYamlShowsLine();
    void createsFrontMatterWhenMissing();
    void collapses();
};

void TestFrontMatterForm::showsFields_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("title") << Field::Title << QStringLiteral("Retry storm");
    QTest::newRow("flow list of tags") << Field::Tags << QStringLiteral("payments, retries");
    QTest::newRow("severity") << Field::Severity << QStringLiteral("SEV2");
    QTest::newRow("missing status is empty") << Field::Status << QString();
}

void TestFrontMatterForm::showsFields()
{
    QFETCH(Field, field);
    QFETCH(QString, value);
    QPlainTextEdit editor(kDocument);
    FrontMatterForm form;
    form.setTextDocument(editor.document());
    QCOMPARE(form.field(field)->text(), value);
    QVERIFY(form.errorText().isEmpty());
}

void TestFrontMatterForm::editRewritesOnlyThatKey_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("oldLine");
    QTest::addColumn<QString>("newLine");

    QTest::newRow("title replaced in place")
        << Field::Title << QStringLiteral("Payments retry storm") << QStringLiteral("title: Retry storm\n")
        << QStringLiteral("title: Payments retry storm\n");
    QTest::newRow("tags keep their flow style")
        << Field::Tags << QStringLiteral("payments, retries, gateway") << QStringLiteral("tags: [payments, retries]\n")
        << QStringLiteral("tags: [payments, retries, gateway]\n");
    QTest::newRow("new key appended at the end") << Field::Status << QStringLiteral("draft") << QString()
                                                 << QStringLiteral("severity: SEV2\nstatus: draft\n---\n");
    QTest::newRow("cleared field removes the key")
        << Field::Severity << QString() << QStringLiteral("severity: SEV2\n") << QString();
    QTest::newRow("a value needing quotes is quoted")
        << Field::Title << QStringLiteral("Outage: part 2") << QStringLiteral("title: Retry storm\n")
        << QStringLiteral("title: \"Outage: part 2\"\n");
}

void TestFrontMatterForm::editRewritesOnlyThatKey()
{
    QFETCH(Field, field);
    QFETCH(QString, typed);
    QFETCH(QString, oldLine);
    QFETCH(QString, newLine);
    QPlainTextEdit editor(kDocument);
    FrontMatterForm form;
    form.setTextDocument(editor.document());
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    edit(form.field(field), typed);

    QString expected = kDocument;
    if (oldLine.isEmpty())
        expected.replace(QStringLiteral("severity: SEV2\n---\n"), newLine);
    else
        expected.replace(oldLine, newLine);
    QCOMPARE(editor.toPlainText(), expected);
    // Unknown keys, the comment and the body are byte for byte the same.
    for (const QString &kept :
         {QStringLiteral("layout: post\n"), QStringLiteral("# kept comment\n"),
          QStringLiteral("permalink: /incidents/retry-storm/\n"), QStringLiteral("---\n# Body\n\nText.\n")})
        QVERIFY(editor.toPlainText().contains(kept));
}

void TestFrontMatterForm::editIsOneUndoStep()
{
    QPlainTextEdit editor(kDocument);
    FrontMatterForm form;
    form.setTextDocument(editor.document());
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QLineEdit *severity = form.field(Field::Severity);
    severity->setFocus();
    severity->end(false);
    QTest::keyClick(severity, Qt::Key_Backspace);
    QTest::keyClicks(severity, QStringLiteral("1"));
    QVERIFY(editor.toPlainText().contains(QStringLiteral("severity: SEV1\n")));
    editor.undo();
    editor.undo();
    QCOMPARE(editor.toPlainText(), kDocument);
}

void TestFrontMatterForm::typingInTextUpdatesForm()
{
    QPlainTextEdit editor(kDocument);
    FrontMatterForm form;
    form.setRefreshDelay(10);
    form.setTextDocument(editor.document());
    QTextCursor cursor = editor.document()->find(QStringLiteral("SEV2"));
    cursor.insertText(QStringLiteral("SEV3"));
    QTRY_COMPARE(form.field(Field::Severity)->text(), QStringLiteral("SEV3"));
    cursor = editor.document()->find(QStringLiteral("permalink"));
    cursor.movePosition(QTextCursor::StartOfBlock);
    cursor.insertText(QStringLiteral("author: Priya\n"));
    QTRY_COMPARE(form.field(Field::Authors)->text(), QStringLiteral("Priya"));
}

void TestFrontMatterForm::malformedYamlShowsLine_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<int>("line");
    // yaml-cpp notices the missing bracket where the YAML ends: the closing marker's line.
    QTest::newRow("unclosed flow list") << QStringLiteral("---\ntitle: ok\ntags: [a, b\n---\nBody\n") << 4;
    QTest::newRow("bad indentation") << QStringLiteral("---\ntitle: ok\nlayout: post\n  bad: indent\n---\n") << 4;
}

void TestFrontMatterForm::malformedYamlShowsLine()
{
    QFETCH(QString, document);
    QFETCH(int, line);
    QPlainTextEdit editor(document);
    FrontMatterForm form;
    form.setTextDocument(editor.document());
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QVERIFY2(form.errorText().contains(QStringLiteral("line %1").arg(line)), qPrintable(form.errorText()));
    QVERIFY(!form.field(Field::Title)->isEnabled());
    // Nothing typed anywhere rewrites the text while the YAML is broken.
    Q_EMIT form.field(Field::Title)->textEdited(QStringLiteral("changed"));
    QCOMPARE(editor.toPlainText(), document);
    // Fixing the text enables the form again.
    editor.setPlainText(kDocument);
    form.refreshNow();
    QVERIFY(form.errorText().isEmpty());
    QVERIFY(form.field(Field::Title)->isEnabled());
}

void TestFrontMatterForm::createsFrontMatterWhenMissing()
{
    QPlainTextEdit editor(QStringLiteral("# Notes\n\nText.\n"));
    FrontMatterForm form;
    form.setTextDocument(editor.document());
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    edit(form.field(Field::Title), QStringLiteral("Meetup notes"));
    QCOMPARE(editor.toPlainText(), QStringLiteral("---\ntitle: Meetup notes\n---\n# Notes\n\nText.\n"));
}

void TestFrontMatterForm::collapses()
{
    FrontMatterForm form;
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QVERIFY(form.field(Field::Title)->isVisible());
    form.setCollapsed(true);
    QVERIFY(form.isCollapsed());
    QVERIFY(!form.field(Field::Title)->isVisible());
    form.setCollapsed(false);
    QVERIFY(form.field(Field::Title)->isVisible());
}

QTEST_MAIN(TestFrontMatterForm)
#include "test_frontmatterform.moc"
