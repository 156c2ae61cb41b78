#pragma once

#include "markdown/outline.h"

#include <QDockWidget>

class QLabel;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace debrief {

class DocumentEditor;

/// The headings of the open document as a tree: a click jumps to the heading, and the
/// heading the cursor is under stays selected.
class OutlineDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit OutlineDock(DocumentEditor *editor, QWidget *parent = nullptr);

    [[nodiscard]] QTreeWidget *tree() const { return m_tree; }

private:
    void showOutline(const Outline &outline);
    void followCursor(int line);

    DocumentEditor *m_editor;
    QStackedWidget *m_stack;
    QTreeWidget *m_tree;
    QLabel *m_empty;
    Outline m_outline;
    QList<QTreeWidgetItem *> m_items; ///< in document order, one per heading
};

} // namespace debrief
