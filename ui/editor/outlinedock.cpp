#include "editor/outlinedock.h"

#include "editor/documenteditor.h"

#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTreeWidget>

namespace debrief {

OutlineDock::OutlineDock(DocumentEditor *editor, QWidget *parent)
    : QDockWidget(tr("Outline"), parent)
    , m_editor(editor)
    , m_stack(new QStackedWidget(this))
    , m_tree(new QTreeWidget(this))
    , m_empty(new QLabel(tr("Headings of the document appear here."), this))
{
    setObjectName(QStringLiteral("outlineDock"));
    m_tree->setHeaderHidden(true);
    m_tree->setAccessibleName(tr("Document outline"));
    m_tree->setUniformRowHeights(true);
    m_tree->setExpandsOnDoubleClick(false);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_empty->setMargin(12);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_tree);
    setWidget(m_stack);

    connect(editor, &DocumentEditor::outlineChanged, this, &OutlineDock::showOutline);
    connect(editor, &DocumentEditor::cursorLineChanged, this, &OutlineDock::followCursor);
    connect(m_tree, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { m_editor->goToLine(item->data(0, Qt::UserRole).toInt()); });
    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { m_editor->goToLine(item->data(0, Qt::UserRole).toInt()); });
}

void OutlineDock::showOutline(const Outline &outline)
{
    if (outline.headings() == m_outline.headings() && !m_items.isEmpty())
        return;
    m_outline = outline;
    m_tree->clear();
    m_items.clear();
    // Parents by level: a `###` under a `#` with no `##` still nests under the `#`.
    QList<std::pair<int, QTreeWidgetItem *>> parents;
    for (const OutlineHeading &heading : outline.headings()) {
        while (!parents.isEmpty() && parents.constLast().first >= heading.level)
            parents.removeLast();
        auto *item = parents.isEmpty() ? new QTreeWidgetItem(m_tree) : new QTreeWidgetItem(parents.constLast().second);
        item->setText(0, heading.text.isEmpty() ? tr("(untitled heading)") : heading.text);
        item->setToolTip(0, heading.text);
        item->setData(0, Qt::UserRole, heading.line);
        parents.append({heading.level, item});
        m_items.append(item);
    }
    m_tree->expandAll();
    m_stack->setCurrentWidget(m_items.isEmpty() ? static_cast<QWidget *>(m_empty) : m_tree);
    followCursor(m_editor->cursorLine());
}

void OutlineDock::followCursor(int line)
{
    const qsizetype index = m_outline.indexForLine(line);
    const QSignalBlocker blocker(m_tree);
    if (index < 0 || index >= m_items.size()) {
        m_tree->clearSelection();
        return;
    }
    m_tree->setCurrentItem(m_items.at(index));
    m_tree->scrollToItem(m_items.at(index));
}

} // namespace debrief
