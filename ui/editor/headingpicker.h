#pragma once

#include "markdown/outline.h"

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace debrief {

/// "Go to heading": the document's headings, filtered as you type; Enter jumps.
class HeadingPicker : public QDialog
{
    Q_OBJECT
public:
    explicit HeadingPicker(const Outline &outline, QWidget *parent = nullptr);

    /// The chosen heading's 1-based line, 0 when none.
    [[nodiscard]] int chosenLine() const;
    [[nodiscard]] QLineEdit *filterEdit() const { return m_filter; }
    [[nodiscard]] QListWidget *list() const { return m_list; }

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    QListWidget *m_list;
};

} // namespace debrief
