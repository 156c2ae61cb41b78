#include "settings/passworddialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace debrief {

PasswordDialog::PasswordDialog(const QString &account, const QString &reason, bool keychainAvailable, QWidget *parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember the password in the system keychain"), this))
{
    setWindowTitle(tr("Team Notebook Password"));
    auto *intro = new QLabel(tr("The team notebook %1 needs the password of its user.").arg(account), this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    auto *why = new QLabel(reason, this);
    why->setWordWrap(true);
    why->setTextFormat(Qt::PlainText);
    why->setEnabled(false); // secondary text
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleName(tr("Password"));
    m_remember->setObjectName(QStringLiteral("remember"));
    m_remember->setChecked(keychainAvailable);
    m_remember->setEnabled(keychainAvailable);
    if (!keychainAvailable)
        m_remember->setToolTip(tr("No keychain is available, and Debrief never writes passwords to disk."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Open"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_password, &QLineEdit::textChanged, this,
            [buttons](const QString &text) { buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(why);
    layout->addLayout(form);
    layout->addWidget(m_remember);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

bool PasswordDialog::remember() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

} // namespace debrief
