#include "editor/editorstatisticslabel.h"

#include "editor/documenteditor.h"

#include <QLocale>

namespace debrief {

EditorStatisticsLabel::EditorStatisticsLabel(DocumentEditor *editor, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("editorStatistics"));
    setAccessibleName(tr("Word and character count"));
    setContentsMargins(8, 0, 8, 0);
    connect(editor, &DocumentEditor::statisticsChanged, this, &EditorStatisticsLabel::showCounts);
    connect(editor, &DocumentEditor::documentOpened, this, [this](qint64 id) {
        if (id == 0)
            clear();
    });
}

void EditorStatisticsLabel::showCounts(int words, int characters)
{
    const QLocale locale;
    //: Status bar, e.g. "1,204 words · 7,310 characters"
    setText(tr("%1 words · %2 characters").arg(locale.toString(words), locale.toString(characters)));
}

} // namespace debrief
