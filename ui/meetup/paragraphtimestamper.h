#pragma once

#include <QObject>
#include <QPointer>
#include <QTime>

#include <functional>

class QPlainTextEdit;

namespace debrief {

/// In live mode, starts each new paragraph with the time, `[19:42] `: Enter at the end of a
/// non-empty paragraph (not a list item, heading, quote or table, which have their own line
/// structure) inserts a blank line and the stamp as one undo step, and the first word typed
/// into an empty paragraph (the first of the notes, or one after a blank line) gets it too.
class ParagraphTimestamper : public QObject
{
    Q_OBJECT
public:
    explicit ParagraphTimestamper(QObject *parent = nullptr);

    /// Watches @p edit (nullptr: none).
    void setEditor(QPlainTextEdit *edit);
    void setEnabled(bool enabled) { m_enabled = enabled; }
    [[nodiscard]] bool isEnabled() const { return m_enabled; }
    /// Test seam for the clock.
    void setClock(std::function<QTime()> clock) { m_clock = std::move(clock); }

    /// The stamp for @p time: "[19:42] ".
    [[nodiscard]] static QString stamp(const QTime &time);
    /// Whether Enter at the end of @p paragraph should stamp the next one.
    [[nodiscard]] static bool stampsAfter(const QString &paragraph);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Whether typing @p typed now begins a new prose paragraph.
    [[nodiscard]] bool startsParagraph(const QString &typed) const;

    QPointer<QPlainTextEdit> m_edit;
    bool m_enabled = false;
    std::function<QTime()> m_clock;
};

} // namespace debrief
