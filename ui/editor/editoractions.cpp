#include "editor/editoractions.h"

#include "editing/spellchecker.h"
#include "editor/documenteditor.h"
#include "editor/findreplacebar.h"
#include "editor/markdowneditor.h"
#include "settings/appsettings.h"

#include <QAction>
#include <QActionGroup>
#include <QKeySequence>
#include <QLocale>
#include <QMenu>

namespace debrief {

EditorActions::EditorActions(DocumentEditor *editor)
    : QObject(editor)
    , m_editor(editor)
    , m_themeMenu(new QMenu(tr("Editor &Theme")))
    , m_languageMenu(new QMenu(tr("Spelling &Language")))
{
    MarkdownEditor *body = editor->markdownEditor();
    FindReplaceBar *bar = editor->findBar();

    QAction *undo = add(QStringLiteral("edit.undo"), tr("&Undo"), QKeySequence::Undo);
    undo->setEnabled(false);
    connect(undo, &QAction::triggered, body, &QPlainTextEdit::undo);
    connect(body, &QPlainTextEdit::undoAvailable, undo, &QAction::setEnabled);
    QAction *redo = add(QStringLiteral("edit.redo"), tr("&Redo"), QKeySequence::Redo);
    redo->setEnabled(false);
    connect(redo, &QAction::triggered, body, &QPlainTextEdit::redo);
    connect(body, &QPlainTextEdit::redoAvailable, redo, &QAction::setEnabled);
    addSeparator();

    connect(add(QStringLiteral("edit.find"), tr("&Find…"), QKeySequence::Find), &QAction::triggered, bar,
            &FindReplaceBar::showFind);
    connect(add(QStringLiteral("edit.replace"), tr("Find and &Replace…"), QKeySequence(Qt::CTRL | Qt::Key_H)),
            &QAction::triggered, bar, &FindReplaceBar::showReplace);
    connect(add(QStringLiteral("edit.find-next"), tr("Find &Next"), QKeySequence::FindNext), &QAction::triggered, bar,
            [bar] {
                if (bar->isHidden())
                    bar->showFind();
                else
                    bar->findNext();
            });
    connect(add(QStringLiteral("edit.find-previous"), tr("Find Pre&vious"), QKeySequence::FindPrevious),
            &QAction::triggered, bar, &FindReplaceBar::findPrevious);
    connect(add(QStringLiteral("edit.go-to-heading"), tr("&Go to Heading…"),
                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G)),
            &QAction::triggered, editor, &DocumentEditor::goToHeading);
    addSeparator();

    // Bold and italic act on the source text only, never on the title line.
    QAction *bold = add(QStringLiteral("edit.bold"), tr("&Bold"), QKeySequence::Bold);
    connect(bold, &QAction::triggered, body, &MarkdownEditor::toggleBold);
    QAction *italic = add(QStringLiteral("edit.italic"), tr("&Italic"), QKeySequence::Italic);
    connect(italic, &QAction::triggered, body, &MarkdownEditor::toggleItalic);
    bold->setShortcutContext(Qt::WidgetShortcut);
    italic->setShortcutContext(Qt::WidgetShortcut);
    body->addAction(bold);
    body->addAction(italic);
    addSeparator();

    QAction *lint = add(QStringLiteral("edit.lint"), tr("Check &Blameless Wording"));
    lint->setCheckable(true);
    lint->setChecked(true);
    lint->setStatusTip(tr("Underline wording that blames a person, with a blameless suggestion"));
    connect(lint, &QAction::toggled, this, [this](bool on) {
        if (m_settings)
            m_settings->setLintEnabled(on);
    });
    m_languageMenu->menuAction()->setObjectName(QStringLiteral("edit.spelling-language"));
    m_byId.insert(QStringLiteral("edit.spelling-language"), m_languageMenu->menuAction());
    m_ordered.append(m_languageMenu->menuAction());
    m_themeMenu->menuAction()->setObjectName(QStringLiteral("edit.theme"));
    m_byId.insert(QStringLiteral("edit.theme"), m_themeMenu->menuAction());
    m_ordered.append(m_themeMenu->menuAction());
    fillLanguageMenu();
    fillThemeMenu();
}

EditorActions::~EditorActions()
{
    delete m_themeMenu;
    delete m_languageMenu;
}

QAction *EditorActions::add(const QString &id, const QString &text, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, this);
    action->setObjectName(id);
    action->setShortcut(shortcut);
    // Active while the document page has focus, so Ctrl+F in the notebook filter stays its own.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_editor->addAction(action);
    m_byId.insert(id, action);
    m_ordered.append(action);
    return action;
}

void EditorActions::addSeparator()
{
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_ordered.append(separator);
}

void EditorActions::setDocumentOpen(bool open)
{
    for (const QString &id :
         {QStringLiteral("edit.find"), QStringLiteral("edit.replace"), QStringLiteral("edit.find-next"),
          QStringLiteral("edit.find-previous"), QStringLiteral("edit.go-to-heading"), QStringLiteral("edit.bold"),
          QStringLiteral("edit.italic")})
        m_byId.value(id)->setEnabled(open);
}

void EditorActions::setSettings(AppSettings *settings)
{
    if (m_settings)
        disconnect(m_settings, nullptr, this, nullptr);
    m_settings = settings;
    if (settings) {
        m_byId.value(QStringLiteral("edit.lint"))->setChecked(settings->lintEnabled());
        connect(settings, &AppSettings::lintEnabledChanged, m_byId.value(QStringLiteral("edit.lint")),
                &QAction::setChecked);
        connect(settings, &AppSettings::editorThemeChanged, this, &EditorActions::fillThemeMenu);
        connect(settings, &AppSettings::spellLanguageChanged, this, &EditorActions::fillLanguageMenu);
    }
    fillThemeMenu();
    fillLanguageMenu();
}

void EditorActions::fillThemeMenu()
{
    m_themeMenu->clear();
    const QString current = m_settings ? m_settings->editorTheme() : QString();
    auto *group = new QActionGroup(m_themeMenu);
    auto addTheme = [this, group, &current](const QString &text, const QString &name) {
        QAction *action = m_themeMenu->addAction(text);
        action->setCheckable(true);
        action->setChecked(name == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, name] {
            if (m_settings)
                m_settings->setEditorTheme(name);
            else
                m_editor->markdownEditor()->setTheme(name);
        });
    };
    addTheme(tr("Follow the System (Light or Dark)"), QString());
    m_themeMenu->addSeparator();
    for (const QString &name : MarkdownEditor::themeNames())
        addTheme(name, name);
}

void EditorActions::fillLanguageMenu()
{
    m_languageMenu->clear();
    const QString current = m_settings ? m_settings->spellLanguage() : QStringLiteral("en_US");
    auto *group = new QActionGroup(m_languageMenu);
    auto addLanguage = [this, group, &current](const QString &text, const QString &language) {
        QAction *action = m_languageMenu->addAction(text);
        action->setCheckable(true);
        action->setChecked(language == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] {
            if (m_settings)
                m_settings->setSpellLanguage(language);
        });
    };
    addLanguage(tr("No Spell Checking"), QString());
    m_languageMenu->addSeparator();
    const QStringList languages = SpellChecker::availableLanguages();
    for (const QString &language : languages) {
        const QLocale locale(language);
        const QString name = locale.language() == QLocale::C
                                 ? language
                                 : QStringLiteral("%1 (%2)").arg(locale.nativeLanguageName(), language);
        addLanguage(name, language);
    }
    if (languages.isEmpty())
        m_languageMenu->addAction(tr("No dictionaries installed (hunspell-en-us)"))->setEnabled(false);
}

} // namespace debrief
