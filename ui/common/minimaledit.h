#pragma once

class QString;
class QTextDocument;

namespace debrief {

/// Makes @p document, which reads @p before, read @p after by replacing only the differing
/// middle, as one undo step: the cursor, the scroll position and the undo history outside
/// the change stay as they were. Nothing happens when the two are equal.
void applyMinimalEdit(QTextDocument *document, const QString &before, const QString &after);

} // namespace debrief
