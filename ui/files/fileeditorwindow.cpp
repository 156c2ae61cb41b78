#include "files/fileeditorwindow.h"

#include "common/minimaledit.h"
#include "editing/spellchecker.h"
#include "editor/editorservices.h"
#include "editor/findreplacebar.h"
#include "editor/inlinechecker.h"
#include "editor/markdowneditor.h"
#include "export/exportas.h"
#include "files/filedocument.h"
#include "files/filerecovery.h"
#include "files/recentfiles.h"
#include "files/recentfilesmenu.h"
#include "frontmatter/frontmatterform.h"
#include "markdown/frontmatter.h"
#include "preview/markdownpreview.h"
#include "settings/appsettings.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

namespace debrief {

FileEditorWindow::FileEditorWindow(AppSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_document(new FileDocument(this))
    , m_editor(new MarkdownEditor)
    , m_preview(new MarkdownPreview)
    , m_frontMatter(new FrontMatterForm)
    , m_findBar(new FindReplaceBar(m_editor))
    , m_bar(new QWidget)
    , m_barText(new QLabel)
    , m_reloadButton(new QPushButton(tr("&Reload from Disk")))
    , m_keepButton(new QPushButton(tr("&Keep My Version")))
    , m_recoverButton(new QPushButton(tr("&Recover Edits")))
    , m_discardButton(new QPushButton(tr("&Discard Them")))
    , m_recovery(new FileRecovery(this))
    , m_exportAs(new ExportAs(this))
{
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *barLayout = new QHBoxLayout(m_bar);
    m_barText->setWordWrap(true);
    barLayout->addWidget(m_barText, 1);
    barLayout->addWidget(m_reloadButton);
    barLayout->addWidget(m_keepButton);
    barLayout->addWidget(m_recoverButton);
    barLayout->addWidget(m_discardButton);
    m_bar->setAutoFillBackground(true);
    m_bar->setBackgroundRole(QPalette::AlternateBase);
    m_bar->hide();
    layout->addWidget(m_bar);
    // The same page as a notebook document: front matter, source and preview, find bar.
    m_frontMatter->setTextDocument(m_editor->document());
    layout->addWidget(m_frontMatter);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_editor);
    splitter->addWidget(m_preview);
    m_preview->setEditor(m_editor);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_findBar);
    setCentralWidget(central);
    m_editor->checker()->setSpellChecker(&sharedSpellChecker());
    if (m_settings) {
        m_editor->setTheme(m_settings->editorTheme());
        m_preview->setThemeName(m_settings->editorTheme());
        connect(m_settings, &AppSettings::editorThemeChanged, m_editor, &MarkdownEditor::setTheme);
        connect(m_settings, &AppSettings::editorThemeChanged, m_preview, &MarkdownPreview::setThemeName);
        const QString language = m_settings->spellLanguage();
        SpellChecker &spell = sharedSpellChecker();
        if (!language.isEmpty() && (spell.language() != language || !spell.isReady()))
            spell.setLanguage(language);
        m_editor->checker()->setSpellingEnabled(!language.isEmpty());
        m_editor->checker()->setLintEnabled(m_settings->lintEnabled());
        connect(m_settings, &AppSettings::lintEnabledChanged, m_editor->checker(), &InlineChecker::setLintEnabled);
    }

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openAction =
        file->addAction(tr("&Open…"), this, [this] { FileEditorWindow::openWithDialog(m_settings, this); });
    openAction->setShortcut(QKeySequence::Open);
    if (m_settings) {
        auto *recent = new RecentFilesMenu(*m_settings, file);
        connect(recent, &RecentFilesMenu::fileChosen, this,
                [this](const QString &path) { FileEditorWindow::open(path, m_settings, this); });
        file->addMenu(recent);
    }
    file->addSeparator();
    QAction *saveAction = file->addAction(tr("&Save"), this, &FileEditorWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    file->addAction(tr("&Reload from Disk"), this, &FileEditorWindow::reloadFromDisk);
    file->addSeparator();
    QAction *exportAction = file->addAction(tr("Export &As…"), this, [this] {
        const QString text = m_editor->toPlainText();
        ExportOptions options;
        options.documentDirectory = QFileInfo(m_document->path()).absolutePath();
        // A file says its rule in its front matter; a file that says none is on the record.
        const FrontMatter frontMatter(text);
        const Rule rule = ruleFromString(frontMatter.rule()).value_or(Rule::OnRecord);
        m_exportAs->run(ExportInput::fromMarkdown(text, options), rule, options.documentDirectory, false);
    });
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    file->addSeparator();
    QAction *closeAction = file->addAction(tr("&Close"), this, &QWidget::close);
    closeAction->setShortcut(QKeySequence::Close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = edit->addAction(tr("&Undo"), m_editor, &QPlainTextEdit::undo);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = edit->addAction(tr("&Redo"), m_editor, &QPlainTextEdit::redo);
    redo->setShortcut(QKeySequence::Redo);
    edit->addSeparator();
    edit->addAction(tr("&Find…"), m_findBar, &FindReplaceBar::showFind)->setShortcut(QKeySequence::Find);
    edit->addAction(tr("Find and &Replace…"), m_findBar, &FindReplaceBar::showReplace)
        ->setShortcut(QKeySequence::Replace);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *showPreview = view->addAction(tr("Show &Preview"));
    showPreview->setCheckable(true);
    showPreview->setChecked(true);
    showPreview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(showPreview, &QAction::toggled, m_preview, &QWidget::setVisible);

    connect(m_editor, &QPlainTextEdit::textChanged, this, [this]() {
        if (m_showing)
            return;
        m_document->setText(m_editor->toPlainText());
        m_recovery->update(m_document->text(), m_document->isModified());
    });
    connect(m_document, &FileDocument::saved, m_recovery, &FileRecovery::discard);
    connect(m_exportAs, &ExportAs::finished, this, [this](bool written, const QString &pathOrError) {
        if (written)
            statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(pathOrError)), 10000);
        else
            QMessageBox::warning(this, tr("Export As"), pathOrError);
    });
    connect(m_document, &FileDocument::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_document, &FileDocument::reloaded, this, [this]() {
        showDocumentText();
        showMessage(tr("The file was changed by another program and has been reloaded."), false);
    });
    connect(m_document, &FileDocument::conflictDetected, this,
            [this]() { showMessage(tr("The file was changed by another program while you were editing it."), true); });
    connect(m_document, &FileDocument::removedOnDisk, this,
            [this]() { showMessage(tr("The file was deleted or moved away. Saving writes it again."), false); });
    connect(m_document, &FileDocument::errorOccurred, this,
            [this](const QString &message) { showMessage(message, false); });
    connect(m_reloadButton, &QPushButton::clicked, this, &FileEditorWindow::reloadFromDisk);
    connect(m_keepButton, &QPushButton::clicked, this, &FileEditorWindow::keepMine);
    connect(m_recoverButton, &QPushButton::clicked, this, [this] {
        const QString recovered = m_recovery->offer();
        m_recovery->acceptOffer();
        m_bar->hide();
        // An ordinary edit: undoable, marked modified, saved when the user saves.
        applyMinimalEdit(m_editor->document(), m_editor->toPlainText(), recovered);
    });
    connect(m_discardButton, &QPushButton::clicked, this, [this] {
        m_recovery->dismissOffer();
        m_bar->hide();
    });
    resize(1200, 760);
}

FileEditorWindow::~FileEditorWindow()
{
    // Gone without a close (the application quit around it): what was typed is kept aside
    // and offered when the file is opened again.
    if (m_document->isModified())
        m_recovery->writeNow();
}

FileEditorWindow *FileEditorWindow::open(const QString &path, AppSettings *settings, QWidget *dialogParent)
{
    // One window per file: two would save over each other and share one recovery copy.
    const QString wanted = QFileInfo(path).canonicalFilePath();
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        auto *existing = qobject_cast<FileEditorWindow *>(widget);
        if (existing && !wanted.isEmpty() && QFileInfo(existing->document()->path()).canonicalFilePath() == wanted) {
            existing->show();
            existing->raise();
            existing->activateWindow();
            return existing;
        }
    }
    auto *window = new FileEditorWindow(settings);
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (!window->load(path)) {
        QMessageBox::warning(dialogParent, tr("Open File"), window->document()->errorString());
        delete window;
        return nullptr;
    }
    window->show();
    return window;
}

FileEditorWindow *FileEditorWindow::openWithDialog(AppSettings *settings, QWidget *dialogParent)
{
    const QStringList recent = settings ? RecentFiles(*settings).files() : QStringList();
    const QString start = recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.constFirst()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(dialogParent, tr("Open Markdown File"), start,
                                                      tr("Markdown files (*.md *.markdown);;All files (*)"));
    return path.isEmpty() ? nullptr : open(path, settings, dialogParent);
}

bool FileEditorWindow::load(const QString &path)
{
    if (!m_document->load(path))
        return false;
    showDocumentText();
    m_bar->hide();
    m_recovery->setFile(m_document->path());
    offerRecovery();
    if (m_settings)
        RecentFiles(*m_settings).add(m_document->path());
    // Relative images in the preview are found next to the file.
    m_preview->setDocumentDirectory(QFileInfo(m_document->path()).absolutePath());
    updateTitle();
    return true;
}

void FileEditorWindow::showDocumentText()
{
    // Keep the cursor near where it was when another program changed the file.
    const int position = m_editor->textCursor().position();
    m_showing = true;
    m_editor->setPlainText(m_document->text());
    m_showing = false;
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(qMin(position, m_editor->document()->characterCount() - 1));
    m_editor->setTextCursor(cursor);
    setWindowModified(m_document->isModified());
}

bool FileEditorWindow::save()
{
    if (m_document->save()) {
        m_bar->hide();
        return true;
    }
    showMessage(m_document->errorString(), m_document->hasConflict());
    return false;
}

void FileEditorWindow::reloadFromDisk()
{
    if (!m_document->reload()) {
        showMessage(m_document->errorString(), false);
        return;
    }
    showDocumentText();
    m_recovery->discard(); // the user chose the file's text over theirs
    m_bar->hide();
}

void FileEditorWindow::offerRecovery()
{
    if (!m_recovery->hasOffer())
        return;
    if (m_recovery->offer() == m_document->text()) {
        m_recovery->dismissOffer(); // saved after all, or typed and undone
        return;
    }
    showMessage(tr("This file has edits from an earlier session that were never saved (Debrief or the computer "
                   "stopped before they were). Recover them into the editor?"),
                false);
    m_recoverButton->show();
    m_discardButton->show();
}

void FileEditorWindow::keepMine()
{
    if (m_document->save(FileDocument::SaveMode::Overwrite))
        m_bar->hide();
    else
        showMessage(m_document->errorString(), false);
}

void FileEditorWindow::showMessage(const QString &text, bool offerReload)
{
    m_barText->setText(text);
    m_reloadButton->setVisible(offerReload);
    m_keepButton->setVisible(offerReload);
    m_recoverButton->hide();
    m_discardButton->hide();
    m_bar->show();
}

void FileEditorWindow::updateTitle()
{
    setWindowTitle(QFileInfo(m_document->path()).fileName() + QLatin1String("[*] — ") +
                   QDir::toNativeSeparators(QFileInfo(m_document->path()).absolutePath()));
}

void FileEditorWindow::changeEvent(QEvent *event)
{
    // A change the watcher missed (a network folder) is noticed when the window comes back.
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        m_document->checkDisk();
    QMainWindow::changeEvent(event);
}

void FileEditorWindow::closeEvent(QCloseEvent *event)
{
    if (!m_document->isModified()) {
        m_recovery->discard(); // a copy still on offer is kept for next time
        event->accept();
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Unsaved Changes"), tr("Save the changes to %1?").arg(QFileInfo(m_document->path()).fileName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save())) {
        event->ignore();
        return;
    }
    if (answer == QMessageBox::Discard)
        m_recovery->discard();
    event->accept();
}

} // namespace debrief
