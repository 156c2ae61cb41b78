#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

namespace debrief {

/// Unsaved typing in a Markdown file edited in place, kept safe until the file is saved: a
/// copy of the text in the application's data folder (never next to the file, where git would
/// pick it up), written atomically a moment after typing stops and removed once the file is
/// saved or the edits are deliberately dropped. After a crash or a power cut, opening the
/// file again finds the copy and offers it back.
class FileRecovery : public QObject
{
    Q_OBJECT
public:
    explicit FileRecovery(QObject *parent = nullptr);

    /// Where recovery copies live: AppDataLocation/recovery.
    [[nodiscard]] static QString folder();

    /// The file whose edits are protected from now on (any pending copy of the previous one
    /// is written first). A copy an earlier session left is held as the offer.
    void setFile(const QString &path);

    /// The copy an earlier session left, until the user decides. While it is on offer it is
    /// neither overwritten nor removed, whatever is typed or saved meanwhile.
    [[nodiscard]] bool hasOffer() const { return m_offer.has_value(); }
    [[nodiscard]] QString offer() const { return m_offer.value_or(QString()); }
    /// The user took the offer (its text is now the editor's): copies protect the typing again.
    void acceptOffer();
    /// The user dropped the offer: the copy is removed.
    void dismissOffer();
    [[nodiscard]] QString recoveryPath() const { return m_recoveryPath; }

    /// The text an earlier session left unsaved for this file, if there is one.
    [[nodiscard]] std::optional<QString> pending() const;

    /// The editor's text now: kept after the pause when @p modified, dropped when not (typed
    /// and undone, or just saved).
    void update(const QString &text, bool modified);
    /// Writes the copy now if one is due; false with errorString() when it cannot be written.
    bool writeNow();
    /// Removes the copy: the file was saved, or the user dropped the edits.
    void discard();

    [[nodiscard]] QString errorString() const { return m_error; }
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }

private:
    QTimer m_timer;
    QString m_recoveryPath;
    QString m_text;
    std::optional<QString> m_offer;
    bool m_due = false;
    QString m_error;
};

} // namespace debrief
