#pragma once

#include "chatham/anonymiser.h"

#include <QWidget>

class QPlainTextEdit;

namespace debrief {

/// The original and the anonymised text side by side, read-only, every replacement
/// highlighted on both sides (and off-record sections struck in the original), scrolling
/// together so a line and its anonymised form stay level.
class AnonymisedDiffView : public QWidget
{
    Q_OBJECT
public:
    explicit AnonymisedDiffView(QWidget *parent = nullptr);

    void setContent(const QString &original, const AnonymisedText &anonymised);

    [[nodiscard]] QPlainTextEdit *originalEdit() const { return m_original; }
    [[nodiscard]] QPlainTextEdit *anonymisedEdit() const { return m_anonymised; }
    /// Highlighted replacements on each side (equal by construction; tests check it).
    [[nodiscard]] int originalHighlightCount() const { return m_originalHighlights; }
    [[nodiscard]] int anonymisedHighlightCount() const { return m_anonymisedHighlights; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyHighlights();
    void syncScroll(QPlainTextEdit *from, QPlainTextEdit *to);

    QPlainTextEdit *m_original;
    QPlainTextEdit *m_anonymised;
    AnonymisedText m_content;
    int m_originalHighlights = 0;
    int m_anonymisedHighlights = 0;
    bool m_syncing = false;
};

} // namespace debrief
