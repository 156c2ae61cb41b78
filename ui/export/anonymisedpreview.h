#pragma once

#include "chatham/anonymiser.h"
#include "chatham/roster.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QPlainTextEdit;

namespace debrief {

class MarkdownPreview;

/// Chatham House mode in the preview: while on, the preview shows the editor's text as it
/// would be exported — anonymised with the meetup's roster and stored labels — instead of
/// the text itself. Off, the preview follows the editor again (with its scroll sync).
class AnonymisedPreview : public QObject
{
    Q_OBJECT
public:
    AnonymisedPreview(MarkdownPreview *preview, QPlainTextEdit *editor, QObject *parent = nullptr);

    /// The roster and options (with the labels earlier exports gave) to anonymise with.
    void setRoster(const Roster &roster, const AnonymiserOptions &options);
    void setEnabled(bool enabled);
    [[nodiscard]] bool isEnabled() const { return m_enabled; }
    /// The text last sent to the preview (anonymised), for tests.
    [[nodiscard]] const QString &shownText() const { return m_shown; }
    /// Anonymises and shows the editor's text now instead of after the pause.
    void updateNow();

private:
    QPointer<MarkdownPreview> m_preview;
    QPointer<QPlainTextEdit> m_editor;
    Roster m_roster;
    AnonymiserOptions m_options;
    QTimer m_debounce;
    QString m_shown;
    bool m_enabled = false;
};

} // namespace debrief
