#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace debrief {

/// Asks for a team notebook's password, says why it is asked (nothing saved yet, the saved
/// one refused, no keychain at all), and offers to remember it in the system keychain when
/// there is one. The password never goes anywhere but the keychain.
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    PasswordDialog(const QString &account, const QString &reason, bool keychainAvailable, QWidget *parent = nullptr);

    [[nodiscard]] QString password() const;
    [[nodiscard]] bool remember() const;

private:
    QLineEdit *m_password;
    QCheckBox *m_remember;
};

} // namespace debrief
