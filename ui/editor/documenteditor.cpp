#include "editor/documenteditor.h"

#include "notebook/documentautosaver.h"
#include "notebook/notebook.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace debrief {

DocumentEditor::DocumentEditor(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
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

    // Markdown is source text: monospace, plain, never rich text.
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_body->setFont(mono);
    m_body->setTabStopDistance(QFontMetricsF(mono).horizontalAdvance(QLatin1Char(' ')) * 4);
    m_body->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_body->setPlaceholderText(tr("Write Markdown here. Task-list lines such as “- [ ] Fix the retry storm” "
                                  "become action items."));
    m_body->setAccessibleName(tr("Document text"));
    m_body->document()->setDocumentMargin(10);

    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(4);
    pageLayout->addWidget(m_title);
    pageLayout->addWidget(m_body);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        if (m_autosaver && m_autosaver->hasDocument())
            m_autosaver->setBody(m_body->toPlainText());
    });
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &title) {
        if (m_autosaver && m_autosaver->hasDocument())
            m_autosaver->setTitle(title);
    });
    showDocumentOrPlaceholder();
}

DocumentEditor::~DocumentEditor() = default;

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
    }
    showDocumentOrPlaceholder();
    setSaveState(SaveState::NoDocument);
    Q_EMIT documentOpened(0);
    return true;
}

void DocumentEditor::createAutosaver()
{
    m_autosaver = new DocumentAutosaver(*m_notebook, this);
    if (m_autosaveDelay >= 0)
        m_autosaver->setDelay(m_autosaveDelay);
    connect(m_autosaver, &DocumentAutosaver::dirtyChanged, this, [this](bool dirty) {
        if (dirty)
            setSaveState(SaveState::Pending);
    });
    connect(m_autosaver, &DocumentAutosaver::saved, this, [this] {
        if (!m_autosaver->isDirty())
            setSaveState(SaveState::Saved);
    });
    connect(m_autosaver, &DocumentAutosaver::saveFailed, this, &DocumentEditor::reportFailure);
}

void DocumentEditor::setAutosaveDelay(int milliseconds)
{
    m_autosaveDelay = milliseconds;
    if (m_autosaver)
        m_autosaver->setDelay(milliseconds);
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
    {
        // Showing stored text is not an edit.
        const QSignalBlocker blockTitle(m_title);
        const QSignalBlocker blockBody(m_body);
        m_title->setText(loaded.value().title);
        m_body->setPlainText(loaded.value().body);
    }
    m_body->moveCursor(QTextCursor::Start);
    showDocumentOrPlaceholder();
    setSaveState(SaveState::Saved);
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
    return m_autosaver && m_autosaver->isDirty();
}

void DocumentEditor::setSaveState(SaveState state, const QString &reason)
{
    m_saveState = state;
    Q_EMIT saveStateChanged(state, reason);
}

void DocumentEditor::reportFailure(const StorageError &error)
{
    // The text stays in the editor and in the autosaver; only the state says it is unsaved.
    setSaveState(SaveState::Failed, error.message());
}

void DocumentEditor::showDocumentOrPlaceholder()
{
    const bool hasDocument = m_autosaver && m_autosaver->hasDocument();
    m_stack->setCurrentIndex(hasDocument ? 1 : 0);
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
    m_autosaver->setDocument(Document{});
    showDocumentOrPlaceholder();
    setSaveState(SaveState::NoDocument);
    Q_EMIT documentOpened(0);
}

} // namespace debrief
