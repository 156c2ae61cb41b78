#pragma once

#include <QLabel>

namespace debrief {

class DocumentEditor;

/// The status bar's word and character count of the open document.
class EditorStatisticsLabel : public QLabel
{
    Q_OBJECT
public:
    explicit EditorStatisticsLabel(DocumentEditor *editor, QWidget *parent = nullptr);

private:
    void showCounts(int words, int characters);
};

} // namespace debrief
