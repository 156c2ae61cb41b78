#include "editing/spellchecker.h"
#include "editor/documenteditor.h"
#include "editor/editoractions.h"
#include "editor/editorservices.h"
#include "editor/findreplacebar.h"
#include "editor/inlinechecker.h"
#include "editor/markdowneditor.h"
#include "editor/outlinedock.h"
#include "editor/progressivehighlighter.h"
#include "frontmatter/frontmatterform.h"
#include "settings/appsettings.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeWidget>

using namespace debrief;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

/// The editor as a person uses it: typing, shortcuts, the find bar, underlines, outline.
class TestEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("editor-%1.sqlite").arg(++m_counter));
        m_notebook = test::openNotebook(m_path);
        QVERIFY(m_notebook);
        m_editor = std::make_unique<DocumentEditor>();
        m_editor->resize(900, 600);
        QVERIFY(m_editor->setNotebook(m_notebook.get()));
    }

    void cleanup()
    {
        m_editor.reset();
        m_notebook.reset();
    }

    void typingContinuesAList()
    {
        open(QString());
        MarkdownEditor *body = m_editor->markdownEditor();
        QTest::keyClicks(body, s("- milk"));
        QTest::keyClick(body, Qt::Key_Return);
        QTest::keyClicks(body, s("eggs"));
        QTest::keyClick(body, Qt::Key_Enter);  // keypad Enter too
        QTest::keyClick(body, Qt::Key_Return); // empty item ends the list
        QTest::keyClicks(body, s("done"));
        QCOMPARE(body->toPlainText(), s("- milk\n- eggs\ndone"));
        QVERIFY(m_editor->hasUnsavedChanges());
        QVERIFY(m_editor->flush());
        QCOMPARE(test::storedBody(m_path, m_editor->documentId()), s("- milk\n- eggs\ndone"));
    }

    void tabIndentsAndShiftTabOutdents()
    {
        open(s("- a\n- b"));
        MarkdownEditor *body = m_editor->markdownEditor();
        body->moveCursor(QTextCursor::End);
        QTest::keyClick(body, Qt::Key_Tab);
        QCOMPARE(body->toPlainText(), s("- a\n  - b"));
        QTest::keyClick(body, Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(body->toPlainText(), s("- a\n- b"));
    }

    void ctrlBWrapsAndUnwraps()
    {
        open(s("the retry storm"));
        MarkdownEditor *body = m_editor->markdownEditor();
        QTextCursor cursor = body->textCursor();
        cursor.setPosition(4);
        cursor.setPosition(9, QTextCursor::KeepAnchor);
        body->setTextCursor(cursor);
        QTest::keyClick(body, Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(body->toPlainText(), s("the **retry** storm"));
        QCOMPARE(body->textCursor().selectedText(), s("retry"));
        QTest::keyClick(body, Qt::Key_I, Qt::ControlModifier);
        QCOMPARE(body->toPlainText(), s("the ***retry*** storm"));
        QTest::keyClick(body, Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(body->toPlainText(), s("the *retry* storm"));
        QTest::keyClick(body, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(body->toPlainText(), s("the ***retry*** storm"));
    }

    void pastingAUrlOverASelectionMakesALink()
    {
        open(s("see the runbook"));
        MarkdownEditor *body = m_editor->markdownEditor();
        QTextCursor cursor = body->textCursor();
        cursor.setPosition(4);
        cursor.setPosition(15, QTextCursor::KeepAnchor);
        body->setTextCursor(cursor);
        QApplication::clipboard()->setText(s("https://wiki.example.org/runbook"));
        body->paste();
        QCOMPARE(body->toPlainText(), s("see [the runbook](https://wiki.example.org/runbook)"));
    }

    void findBarCountsAndReplaces()
    {
        open(s("retry once\nRetry twice\nretrying"));
        FindReplaceBar *bar = m_editor->findBar();
        m_editor->actions()->action(QStringLiteral("edit.find"))->trigger();
        QVERIFY(bar->isVisible());
        bar->setSearchText(s("retry"));
        QCOMPARE(bar->statusText(), s("1 of 3"));
        bar->setOptions({false, true, false}); // whole words
        QCOMPARE(bar->matchCount(), 2);
        bar->findNext();
        QCOMPARE(bar->statusText(), s("2 of 2"));
        bar->setOptions({true, true, false}); // and case
        QCOMPARE(bar->matchCount(), 1);
        bar->setOptions({false, false, true});
        bar->setSearchText(s("retry(ing)?$"));
        QCOMPARE(bar->matchCount(), 1);
        bar->setSearchText(s("(broken"));
        QVERIFY(bar->statusText().startsWith(s("Invalid expression")));
        bar->setOptions({false, true, false});
        bar->setSearchText(s("retry"));
        bar->setReplaceText(s("back off"));
        QCOMPARE(bar->replaceAll(), 2);
        QCOMPARE(m_editor->bodyEdit()->toPlainText(), s("back off once\nback off twice\nretrying"));
        QTest::keyClick(bar, Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
    }

    void lintUnderlinesBlamingWords()
    {
        open(s("Root cause: human error.\n\n```\nhuman error in code is fine\n```"));
        InlineChecker *checker = m_editor->markdownEditor()->checker();
        checker->setSpellingEnabled(false);
        checker->checkNow();
        QCOMPARE(checker->issues().size(), 1);
        const auto issue = checker->issues().first();
        QCOMPARE(issue.kind, InlineChecker::Kind::Lint);
        QCOMPARE(issue.range.selectedText(), s("human error"));
        QVERIFY(!issue.lint.suggestion.isEmpty());
        QVERIFY(checker->issueAt(15).has_value());

        AppSettings settings(m_dir.filePath(QStringLiteral("lint.ini")));
        m_editor->setSettings(&settings);
        settings.setLintEnabled(false);
        QVERIFY(checker->issues().isEmpty());
        QVERIFY(!m_editor->actions()->action(QStringLiteral("edit.lint"))->isChecked());
        m_editor->setSettings(nullptr);
    }

    void lintFlagsRosterNamesOfTheDocumentsMeetup()
    {
        const qint64 meetup = test::addMeetup(*m_notebook, s("Failure Friday"), QDateTime::currentDateTime());
        Participant priya;
        priya.displayName = s("Priya Sharma");
        auto created = m_notebook->participants().create(priya);
        QVERIFY(created.ok());
        QVERIFY(m_notebook->meetups().setRole(meetup, created.value().id, MeetupRole::Speaker).ok());
        const qint64 id = test::addDocument(*m_notebook, s("Notes"), meetup, s("Priya broke the deploy."));
        QVERIFY(m_editor->openDocument(id));
        InlineChecker *checker = m_editor->markdownEditor()->checker();
        checker->setSpellingEnabled(false);
        checker->checkNow();
        QCOMPARE(checker->issues().size(), 1);
        QCOMPARE(checker->issues().first().lint.ruleId, s("roster-subject"));
        QCOMPARE(checker->issues().first().range.selectedText(), s("Priya broke"));

        // The same sentence in a loose document names nobody on a roster.
        const qint64 loose = test::addDocument(*m_notebook, s("Loose"), std::nullopt, s("Priya broke the deploy."));
        QVERIFY(m_editor->openDocument(loose));
        checker->checkNow();
        QVERIFY(checker->issues().isEmpty());
    }

    void spellingSkipsCodeAndUrls()
    {
        if (!sharedSpellChecker().setLanguage(s("en_US")))
            QSKIP("hunspell-en-us is not installed");
        open(s("We recieve `recieve` https://recieve.example.org\n```\nrecieve\n```"));
        InlineChecker *checker = m_editor->markdownEditor()->checker();
        checker->setSpellingEnabled(true);
        checker->setLintEnabled(false);
        checker->checkNow();
        QCOMPARE(checker->issues().size(), 1);
        QCOMPARE(checker->issues().first().kind, InlineChecker::Kind::Spelling);
        QCOMPARE(checker->issues().first().range.selectionStart(), 3);
        sharedSpellChecker().ignore(s("recieve"));
        QVERIFY(checker->issues().isEmpty()); // the checker re-checks when the dictionary changes
    }

    void outlineJumpsAndFollowsTheCursor()
    {
        OutlineDock dock(m_editor.get());
        open(s("# Summary\ntext\n\n## Impact\nmore\n\n## Timeline\nend"));
        QTRY_COMPARE_WITH_TIMEOUT(dock.tree()->topLevelItemCount(), 1, 20000);
        QTreeWidgetItem *summary = dock.tree()->topLevelItem(0);
        QCOMPARE(summary->childCount(), 2);
        QTreeWidgetItem *timeline = summary->child(1);
        QCOMPARE(timeline->text(0), s("Timeline"));
        Q_EMIT dock.tree()->itemClicked(timeline, 0);
        QCOMPARE(m_editor->cursorLine(), 7);
        m_editor->goToLine(5);
        QCOMPARE(dock.tree()->currentItem()->text(0), s("Impact"));
    }

    void statisticsAreReported()
    {
        QSignalSpy counted(m_editor.get(), &DocumentEditor::statisticsChanged);
        open(s("Two words"));
        QTRY_VERIFY_WITH_TIMEOUT(!counted.isEmpty(), 20000);
        QCOMPARE(counted.constLast().at(0).toInt(), 2);
        QCOMPARE(counted.constLast().at(1).toInt(), 9);
    }

    void longDocumentsAreHighlightedProgressively()
    {
        QString text;
        for (int i = 0; i < 3000; ++i)
            text += QStringLiteral("## Heading %1\n**bold** text\n").arg(i);
        MarkdownEditor editor;
        editor.resize(600, 400);
        QSignalSpy edits(&editor, &QPlainTextEdit::textChanged);
        editor.loadText(text);
        const int editsAfterLoad = int(edits.size());
        const QTextBlock late = editor.document()->findBlockByNumber(5000);
        QVERIFY(late.layout()->formats().isEmpty());                             // not reached yet
        QVERIFY(!editor.document()->firstBlock().layout()->formats().isEmpty()); // the top is coloured at once
        QVERIFY(!editor.highlighter()->isComplete());
        QTRY_VERIFY_WITH_TIMEOUT(editor.highlighter()->isComplete(), 30000);
        QVERIFY(!late.layout()->formats().isEmpty());
        QCOMPARE(int(edits.size()), editsAfterLoad); // colouring is not an edit
    }

    void darkPaletteGivesDarkEditor_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light palette") << false;
        QTest::newRow("dark palette") << true;
    }

    void darkPaletteGivesDarkEditor()
    {
        QFETCH(bool, dark);
        const QPalette original = QApplication::palette();
        QPalette palette = original;
        if (dark) {
            palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
            palette.setColor(QPalette::WindowText, Qt::white);
            palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            palette.setColor(QPalette::Text, Qt::white);
            palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
            palette.setColor(QPalette::ButtonText, Qt::white);
        }
        QApplication::setPalette(palette);
        {
            if (!sharedSpellChecker().setLanguage(s("en_US")))
                QSKIP("hunspell-en-us is not installed");
            open(s("# Retry storm\n\nRoot cause: human error. We saw teh retries pile up.\n\n"
                   "- [ ] Add jitter @priya due:2026-12-01\n- [x] Roll back\n\n```cpp\nint retries = 3;\n```\n"));
            m_editor->findBar()->showReplace();
            m_editor->findBar()->setSearchText(s("retr"));
            m_editor->markdownEditor()->checker()->checkNow();
            const QColor base = m_editor->markdownEditor()->palette().color(QPalette::Base);
            QCOMPARE(base.lightness() < 128, dark);
            const QString dir = qEnvironmentVariable("DEBRIEF_SCREENSHOT_DIR");
            if (!dir.isEmpty())
                m_editor->grab().save(dir + (dark ? s("/editor-dark.png") : s("/editor-light.png")));
        }
        m_editor.reset();
        QApplication::setPalette(original);
    }

    void themeFollowsNameAndPalette()
    {
        MarkdownEditor editor;
        QVERIFY(MarkdownEditor::themeNames().contains(s("Breeze Dark")));
        editor.setTheme(s("Breeze Dark"));
        QCOMPARE(editor.themeName(), s("Breeze Dark"));
        QVERIFY(editor.palette().color(QPalette::Base).lightness() < 100);
        editor.setTheme(s("Breeze Light"));
        QVERIFY(editor.palette().color(QPalette::Base).lightness() > 200);
        editor.setTheme(QString()); // follows the (light) test palette
        QVERIFY(editor.palette().color(QPalette::Base).lightness() > 128);
        editor.setTheme(s("No Such Theme"));
        QVERIFY(!editor.themeName().isEmpty());
    }

    void frontMatterFormEditsTheDocumentsFields()
    {
        Document document;
        document.title = s("Payments outage");
        document.body = s("# Summary\n\nCards failed.\n");
        document.severity = s("SEV2");
        document.tags = {s("payments"), s("queue")};
        document.frontMatterExtra = s("layout: post\npermalink: /p/outage/\n");
        auto created = m_notebook->documents().create(document);
        QVERIFY(created.ok());
        QVERIFY(m_editor->openDocument(created.value().id));
        m_editor->setAutosaveDelay(600000);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));

        // The stored fields show in the form; the body stays plain Markdown.
        FrontMatterForm *form = m_editor->frontMatterForm();
        QCOMPARE(form->field(FrontMatterForm::Field::Title)->text(), s("Payments outage"));
        QCOMPARE(form->field(FrontMatterForm::Field::Severity)->text(), s("SEV2"));
        QCOMPARE(form->field(FrontMatterForm::Field::Tags)->text(), s("payments, queue"));
        QCOMPARE(m_editor->bodyEdit()->toPlainText(), s("# Summary\n\nCards failed.\n"));

        // A field edited in the form is saved into the document, other keys untouched.
        QLineEdit *severity = form->field(FrontMatterForm::Field::Severity);
        severity->setFocus();
        severity->selectAll();
        QTest::keyClicks(severity, s("SEV1"));
        QTest::keyClick(severity, Qt::Key_Return);
        QVERIFY(m_editor->hasUnsavedChanges());
        QVERIFY(m_editor->flush());
        auto stored = m_notebook->documents().get(created.value().id);
        QVERIFY(stored.ok());
        QCOMPARE(stored.value().severity, s("SEV1"));
        QCOMPARE(stored.value().tags, QStringList({s("payments"), s("queue")}));
        QCOMPARE(stored.value().body, s("# Summary\n\nCards failed.\n"));
        QVERIFY(stored.value().frontMatterExtra.contains(s("permalink: /p/outage/")));

        // The form's title and the title field above the text are one title.
        QLineEdit *formTitle = form->field(FrontMatterForm::Field::Title);
        formTitle->setFocus();
        formTitle->selectAll();
        QTest::keyClicks(formTitle, s("Card payments outage"));
        QTest::keyClick(formTitle, Qt::Key_Return);
        QCOMPARE(m_editor->titleEdit()->text(), s("Card payments outage"));
        m_editor->titleEdit()->setFocus();
        m_editor->titleEdit()->selectAll();
        QTest::keyClicks(m_editor->titleEdit(), s("Checkout outage"));
        m_editor->bodyEdit()->setFocus();
        QTRY_COMPARE_WITH_TIMEOUT(formTitle->text(), s("Checkout outage"), 20000);
        QVERIFY(m_editor->flush());
        stored = m_notebook->documents().get(created.value().id);
        QCOMPARE(stored.value().title, s("Checkout outage"));
        QCOMPARE(stored.value().severity, s("SEV1"));
    }

private:
    void open(const QString &body)
    {
        const qint64 id = test::addDocument(*m_notebook, s("Doc"), std::nullopt, body);
        QVERIFY(id);
        QVERIFY(m_editor->openDocument(id));
        m_editor->setAutosaveDelay(600000);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
        m_editor->markdownEditor()->setFocus();
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
    std::unique_ptr<Notebook> m_notebook;
    std::unique_ptr<DocumentEditor> m_editor;
};

QTEST_MAIN(TestEditor)
#include "test_editor.moc"
