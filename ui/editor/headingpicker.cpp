#include "editor/headingpicker.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace debrief {

HeadingPicker::HeadingPicker(const Outline &outline, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Go to Heading"));
    m_filter->setPlaceholderText(tr("Type to filter headings"));
    m_filter->setAccessibleName(tr("Heading filter"));
    m_list->setAccessibleName(tr("Headings"));
    for (const OutlineHeading &heading : outline.headings()) {
        auto *item = new QListWidgetItem(QString(2 * (heading.level - 1), QLatin1Char(' ')) + heading.text, m_list);
        item->setData(Qt::UserRole, heading.line);
    }
    if (m_list->count() == 0) {
        auto *none = new QListWidgetItem(tr("This document has no headings."), m_list);
        none->setFlags(Qt::NoItemFlags);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(420, 360);

    connect(m_filter, &QLineEdit::textChanged, this, &HeadingPicker::applyFilter);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    applyFilter(QString());
}

void HeadingPicker::applyFilter(const QString &text)
{
    QListWidgetItem *first = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const bool match = item->text().contains(text.trimmed(), Qt::CaseInsensitive);
        item->setHidden(!match);
        if (match && !first && (item->flags() & Qt::ItemIsEnabled))
            first = item;
    }
    m_list->setCurrentItem(first);
}

int HeadingPicker::chosenLine() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(Qt::UserRole).toInt() : 0;
}

} // namespace debrief
