#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace debrief {

/// A bar that asks which of two versions should stay: a message and Keep Mine, Keep Theirs,
/// Keep Both, on a warm tint of the window colour that follows light and dark themes. Not a
/// dialog: a conflict found late must not take the keyboard away. Subclasses say what the
/// versions are and what each choice does.
class ChoiceBar : public QFrame
{
    Q_OBJECT
public:
    enum class Choice
    {
        KeepMine,
        KeepTheirs,
        KeepBoth
    };

    explicit ChoiceBar(QWidget *parent = nullptr);

    void setMessage(const QString &message);
    [[nodiscard]] QString message() const;

    [[nodiscard]] QPushButton *keepMineButton() const { return m_keepMine; }
    [[nodiscard]] QPushButton *keepTheirsButton() const { return m_keepTheirs; }
    [[nodiscard]] QPushButton *keepBothButton() const { return m_keepBoth; }

Q_SIGNALS:
    void chosen(debrief::ChoiceBar::Choice choice);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    QLabel *m_text;
    QPushButton *m_keepMine;
    QPushButton *m_keepTheirs;
    QPushButton *m_keepBoth;
    bool m_applying = false;
};

} // namespace debrief
