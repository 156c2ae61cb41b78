#pragma once

#include <QHash>
#include <QKeySequence>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;
class QActionGroup;
class QMenu;

namespace debrief {

class AppSettings;
class DocumentEditor;

/// The Edit menu of a DocumentEditor, by stable id ("edit.find", "edit.bold" …): undo/redo,
/// find/replace, go to heading, emphasis, and the editor's theme, spelling language and
/// lint switches (kept in AppSettings). Shortcuts are scoped to the editor widget.
class EditorActions : public QObject
{
    Q_OBJECT
public:
    explicit EditorActions(DocumentEditor *editor);
    ~EditorActions() override;

    /// In menu order, separators included.
    [[nodiscard]] QList<QAction *> actions() const { return m_ordered; }
    [[nodiscard]] QAction *action(const QString &id) const { return m_byId.value(id); }
    [[nodiscard]] QStringList ids() const { return m_byId.keys(); }

    void setSettings(AppSettings *settings);
    /// Document actions are disabled while no document is shown.
    void setDocumentOpen(bool open);

private:
    QAction *add(const QString &id, const QString &text, const QKeySequence &shortcut = {});
    void addSeparator();
    void fillThemeMenu();
    void fillLanguageMenu();

    DocumentEditor *m_editor;
    QPointer<AppSettings> m_settings;
    QHash<QString, QAction *> m_byId;
    QList<QAction *> m_ordered;
    QMenu *m_themeMenu;
    QMenu *m_languageMenu;
};

} // namespace debrief
