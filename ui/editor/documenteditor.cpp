#include "editor/documenteditor.h"

#include "common/minimaledit.h"
#include "editing/blamelesslinter.h"
#include "editing/spellchecker.h"
#include "editor/conflictbar.h"
#include "editor/documentmetadatabinding.h"
#include "editor/documentscanner.h"
#include "editor/editoractions.h"
#include "editor/editorservices.h"
#include "editor/findreplacebar.h"
#include "editor/headingpicker.h"
#include "editor/inlinechecker.h"
#include "editor/markdowneditor.h"
#include "frontmatter/frontmatterform.h"
#include "notebook/documentautosaver.h"
#include "notebook/notebook.h"
#include "preview/markdownpreview.h"
#include "settings/appsettings.h"

#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBlock>
#include <QVBoxLayout>

namespace debrief {

namespace {
// See m_bodyPush: the pause after which typed text reaches the autosaver.
constexpr int kBodyPushMs = 150;
} // namespace

DocumentEditor::DocumentEditor(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_conflictBar(new ConflictBar(this))
    , m_title(new QLineEdit(this))
    , m_body(new MarkdownEditor(this))
    , m_findBar(new FindReplaceBar(m_body, this))
    , m_scanner(new DocumentScanner(m_body->document(), this))
{
    m_placeholder->setText(tr("Select a document on the left, or create one with File ▸ New Document."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false); // greyed out: a hint, not content
    m_placeholder->setMargin(24);

    m_title->setPlaceholderText(tr("Title"));
    m_title->setAccessibleName(tr("Document title"));
    m_title->setFrame(false);
    m_title->setTextMargins(6, 4, 6, 4);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_body->setPlaceholderText(tr("Write Markdown here. Task-list lines such as “- [ ] Fix the retry storm” "
                                  "become action items."));
    m_body->setAccessibleName(tr("Document text"));
    m_body->checker()->setSpellChecker(&sharedSpellChecker());

    auto *page = new QWidget(this);
    m_pageLayout = new QVBoxLayout(page);
    m_pageLayout->setContentsMargins(0, 0, 0, 0);
    m_pageLayout->setSpacing(4);
    m_pageLayout->addWidget(m_conflictBar);
    m_pageLayout->addWidget(m_title);
    m_frontMatter = new FrontMatterForm(page);
    m_metadata = new DocumentMetadataBinding(m_frontMatter, this);
    m_pageLayout->addWidget(m_frontMatter);
    m_splitter = new QSplitter(Qt::Horizontal, page);
    m_splitter->setObjectName(QStringLiteral("documentSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_body);
    m_preview = new MarkdownPreview(m_splitter);
    m_preview->setEditor(m_body);
    m_splitter->addWidget(m_preview);
    m_pageLayout->addWidget(m_splitter, 1);
    m_pageLayout->addWidget(m_findBar);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_actions = new EditorActions(this);

    m_bodyPush.setSingleShot(true);
    m_bodyPush.setInterval(kBodyPushMs);
    connect(&m_bodyPush, &QTimer::timeout, this, &DocumentEditor::pushBody);
    connect(m_body, &QPlainTextEdit::textChanged, this, &DocumentEditor::bodyChanged);
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &title) {
        if (m_autosaver && m_autosaver->hasDocument()) {
            m_autosaver->setTitle(title);
            m_metadata->setTitle(title);
        }
    });
    connect(m_metadata, &DocumentMetadataBinding::titleEdited, this, [this](const QString &title) {
        const QSignalBlocker block(m_title);
        m_title->setText(title);
    });
    connect(m_body, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        const int line = cursorLine();
        if (line != m_lastCursorLine) {
            m_lastCursorLine = line;
            Q_EMIT cursorLineChanged(line);
        }
    });
    connect(m_scanner, &DocumentScanner::scanned, this, &DocumentEditor::showScan);
    connect(m_conflictBar, &ConflictBar::resolutionChosen, this, &DocumentEditor::resolveConflict);
    showDocumentOrPlaceholder();
}

DocumentEditor::~DocumentEditor()
{
    // The autosaver flushes when it goes: give it the latest text first. What that last
    // flush reports has nobody left to show it to.
    pushBody();
    if (m_autosaver)
        disconnect(m_autosaver, nullptr, this, nullptr);
    if (m_notebook)
        disconnect(m_notebook, nullptr, this, nullptr);
}

QPlainTextEdit *DocumentEditor::bodyEdit() const
{
    return m_body;
}

QList<QAction *> DocumentEditor::editActions() const
{
    return m_actions->actions();
}

bool DocumentEditor::setNotebook(Notebook *notebook)
{
    if (!flush())
        return false;
    if (m_notebook)
        disconnect(m_notebook, nullptr, this, nullptr);
    delete m_autosaver;
    m_autosaver = nullptr;
    m_notebook = notebook;
    if (m_notebook) {
        createAutosaver();
        connect(m_notebook, &Notebook::documentsChanged, this, &DocumentEditor::forgetDeletedDocument);
        connect(m_notebook, &Notebook::documentChanged, this, &DocumentEditor::documentChangedElsewhere);
        connect(m_notebook, &Notebook::participantsChanged, this, &DocumentEditor::loadRosterNames);
        connect(m_notebook, &Notebook::meetupsChanged, this, &DocumentEditor::loadRosterNames);
    }
    showDocumentOrPlaceholder();
    setSaveState(SaveState::NoDocument);
    Q_EMIT documentOpened(0);
    return true;
}

void DocumentEditor::setSettings(AppSettings *settings)
{
    if (m_settings)
        disconnect(m_settings, nullptr, this, nullptr);
    m_settings = settings;
    m_actions->setSettings(settings);
    if (!settings)
        return;
    m_body->setTheme(settings->editorTheme());
    applySpellLanguage(settings->spellLanguage());
    m_body->checker()->setLintEnabled(settings->lintEnabled());
    connect(settings, &AppSettings::editorThemeChanged, m_body, &MarkdownEditor::setTheme);
    m_preview->setThemeName(settings->editorTheme());
    connect(settings, &AppSettings::editorThemeChanged, m_preview, &MarkdownPreview::setThemeName);
    connect(settings, &AppSettings::spellLanguageChanged, this, &DocumentEditor::applySpellLanguage);
    connect(settings, &AppSettings::lintEnabledChanged, m_body->checker(), &InlineChecker::setLintEnabled);
}

void DocumentEditor::applySpellLanguage(const QString &language)
{
    // Loading a dictionary takes a moment: only when spelling is on and the language changes.
    SpellChecker &spell = sharedSpellChecker();
    if (!language.isEmpty() && (spell.language() != language || !spell.isReady()))
        spell.setLanguage(language);
    m_body->checker()->setSpellingEnabled(!language.isEmpty());
}

void DocumentEditor::createAutosaver()
{
    m_autosaver = new DocumentAutosaver(*m_notebook, this);
    m_metadata->setAutosaver(m_autosaver);
    if (m_autosaveDelay >= 0)
        m_autosaver->setDelay(m_autosaveDelay);
    connect(m_autosaver, &DocumentAutosaver::dirtyChanged, this, [this](bool dirty) {
        if (dirty)
            setSaveState(SaveState::Pending);
    });
    connect(m_autosaver, &DocumentAutosaver::saved, this, [this] {
        if (!m_autosaver->isDirty() && !m_bodyStale)
            setSaveState(SaveState::Saved);
    });
    connect(m_autosaver, &DocumentAutosaver::saveFailed, this, &DocumentEditor::reportFailure);
    connect(m_autosaver, &DocumentAutosaver::documentReplaced, this, &DocumentEditor::showStoredVersion);
    connect(m_autosaver, &DocumentAutosaver::copyCreated, this,
            [this](const Document &copy) { Q_EMIT notice(tr("Your version was saved as “%1”.").arg(copy.title)); });
}

bool DocumentEditor::resolveConflict(DocumentAutosaver::Resolution resolution)
{
    pushBody(); // the latest keystrokes belong to "mine"
    if (!m_autosaver || !m_autosaver->hasDocument())
        return false;
    if (!m_autosaver->resolveConflict(resolution))
        return false; // reported through saveFailed; the bar stays for another try
    m_conflictBar->hide();
    if (!m_autosaver->isDirty())
        setSaveState(SaveState::Saved);
    return true;
}

void DocumentEditor::documentChangedElsewhere(qint64 id)
{
    if (id == 0 || id != documentId() || !m_notebook)
        return;
    // Our own saves announce themselves too: only a newer revision is someone else's.
    auto stored = m_notebook->documents().revision(id);
    if (!stored.ok() || stored.value() <= m_autosaver->document().revision)
        return;
    if (hasUnsavedChanges()) {
        // Say so now rather than at the next pause in typing: the save finds the conflict.
        // Typed and undone is no edit at all: then the newer version is simply shown.
        pushBody();
        if (m_autosaver->isDirty()) {
            m_autosaver->flush();
            return;
        }
    }
    auto document = m_notebook->documents().get(id);
    if (!document.ok())
        return;
    m_autosaver->setDocument(document.value());
    showStoredVersion(document.value());
    Q_EMIT notice(tr("“%1” was updated with changes saved elsewhere.").arg(document.value().title));
}

void DocumentEditor::showStoredVersion(const Document &document)
{
    const QSignalBlocker blockTitle(m_title);
    const QSignalBlocker blockBody(m_body);
    m_title->setText(document.title);
    m_metadata->load(document);
    // Only the part that differs is replaced, as one undo step: the cursor, the scroll
    // position and the undo history outside the change stay as they were.
    applyMinimalEdit(m_body->document(), m_body->toPlainText(), document.body);
    m_bodyStale = false;
    setSaveState(SaveState::Saved);
    m_scanner->scanNow();
}

void DocumentEditor::setAutosaveDelay(int milliseconds)
{
    m_autosaveDelay = milliseconds;
    if (m_autosaver)
        m_autosaver->setDelay(milliseconds);
}

void DocumentEditor::bodyChanged()
{
    if (!m_autosaver || !m_autosaver->hasDocument())
        return;
    if (!m_bodyStale) {
        m_bodyStale = true;
        if (m_saveState != SaveState::Failed)
            setSaveState(SaveState::Pending);
    }
    m_bodyPush.start();
}

void DocumentEditor::pushBody()
{
    m_bodyPush.stop();
    if (!m_bodyStale)
        return;
    m_bodyStale = false;
    if (!m_autosaver || !m_autosaver->hasDocument())
        return;
    m_autosaver->setBody(m_body->toPlainText());
    if (!m_autosaver->isDirty() && m_saveState == SaveState::Pending)
        setSaveState(SaveState::Saved); // typed and undone: nothing to save
}

bool DocumentEditor::openDocument(qint64 id)
{
    if (!m_notebook || !m_autosaver)
        return false;
    if (id == documentId())
        return true;
    if (!flush())
        return false;
    auto loaded = m_notebook->documents().get(id);
    if (!loaded.ok()) {
        reportFailure(loaded.error());
        return false;
    }
    m_autosaver->setDocument(loaded.value());
    m_conflictBar->hide();
    {
        // Showing stored text is not an edit.
        const QSignalBlocker blockTitle(m_title);
        const QSignalBlocker blockBody(m_body);
        m_title->setText(loaded.value().title);
        m_body->loadText(loaded.value().body);
    }
    m_metadata->load(loaded.value());
    m_bodyStale = false;
    m_body->moveCursor(QTextCursor::Start);
    loadRosterNames();
    showDocumentOrPlaceholder();
    setSaveState(SaveState::Saved);
    m_scanner->scanNow();
    m_body->checker()->scheduleCheck();
    Q_EMIT documentOpened(id);
    return true;
}

bool DocumentEditor::closeDocument()
{
    if (!flush())
        return false;
    if (m_autosaver)
        m_autosaver->setDocument(Document{});
    showDocumentOrPlaceholder();
    setSaveState(SaveState::NoDocument);
    Q_EMIT documentOpened(0);
    return true;
}

bool DocumentEditor::flush()
{
    pushBody();
    if (!m_autosaver || !m_autosaver->hasDocument() || !m_autosaver->isDirty())
        return true;
    return m_autosaver->flush();
}

qint64 DocumentEditor::documentId() const
{
    return m_autosaver ? m_autosaver->document().id : 0;
}

std::optional<qint64> DocumentEditor::meetupId() const
{
    return m_autosaver ? m_autosaver->document().meetupId : std::nullopt;
}

bool DocumentEditor::hasUnsavedChanges() const
{
    return m_autosaver && m_autosaver->hasDocument() && (m_bodyStale || m_autosaver->isDirty());
}

const Outline &DocumentEditor::outline() const
{
    return m_scanner->latest().outline;
}

int DocumentEditor::cursorLine() const
{
    return m_body->textCursor().blockNumber() + 1;
}

void DocumentEditor::goToLine(int line)
{
    m_body->goToLine(line);
    m_body->setFocus(Qt::OtherFocusReason);
}

void DocumentEditor::goToHeading()
{
    if (!m_autosaver || !m_autosaver->hasDocument())
        return;
    HeadingPicker picker(outline(), this);
    if (picker.exec() == QDialog::Accepted && picker.chosenLine() > 0)
        goToLine(picker.chosenLine());
}

void DocumentEditor::showScan(const DocumentScan &scan)
{
    Q_EMIT outlineChanged(scan.outline);
    Q_EMIT statisticsChanged(scan.statistics.words, scan.statistics.characters);
}

void DocumentEditor::loadRosterNames()
{
    QStringList names;
    const auto meetup = meetupId();
    if (m_notebook && meetup) {
        // Only the document's own meetup: a name from another evening is just a name here.
        if (auto roster = m_notebook->meetups().roster(*meetup); roster.ok())
            names = BlamelessLinter::namesFromRoster(roster.value());
    }
    m_body->checker()->setRosterNames(names);
}

void DocumentEditor::setSaveState(SaveState state, const QString &reason)
{
    m_saveState = state;
    Q_EMIT saveStateChanged(state, reason);
}

void DocumentEditor::reportFailure(const StorageError &error)
{
    // The text stays in the editor and in the autosaver; only the state says it is unsaved.
    if (error.kind() == StorageError::Kind::Conflict) {
        m_conflictBar->showConflict();
        setSaveState(SaveState::Failed, tr("Not saved: this document was changed elsewhere. Choose which version "
                                           "to keep in the bar above the title."));
        return;
    }
    setSaveState(SaveState::Failed, error.message());
}

void DocumentEditor::showDocumentOrPlaceholder()
{
    const bool hasDocument = m_autosaver && m_autosaver->hasDocument();
    m_stack->setCurrentIndex(hasDocument ? 1 : 0);
    if (!hasDocument) {
        m_conflictBar->hide();
        m_metadata->load(Document{});
    }
    m_actions->setDocumentOpen(hasDocument);
}

void DocumentEditor::forgetDeletedDocument()
{
    const qint64 id = documentId();
    if (id == 0 || !m_notebook)
        return;
    auto stored = m_notebook->documents().get(id);
    if (stored.ok() || stored.error().kind() != StorageError::Kind::NotFound)
        return;
    // Deleted elsewhere: there is nothing left to save into.
    m_bodyStale = false;
    m_autosaver->setDocument(Document{});
    showDocumentOrPlaceholder();
    setSaveState(SaveState::NoDocument);
    Q_EMIT documentOpened(0);
}

} // namespace debrief
