#pragma once

#include "model/participant.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace debrief {

/// Edits one roster entry: name, role, affiliation and the lists (aliases, handles,
/// e-mails, profile URLs, one per line). Used by the roster dock and by "Add to roster".
class RosterPersonForm : public QWidget
{
    Q_OBJECT
public:
    explicit RosterPersonForm(QWidget *parent = nullptr);

    /// Shows @p entry; entry() returns it with the edits applied (same id and revision).
    void setEntry(const RosterEntry &entry);
    [[nodiscard]] RosterEntry entry() const;
    void clear();

    [[nodiscard]] QLineEdit *nameEdit() const { return m_name; }
    [[nodiscard]] QComboBox *roleCombo() const { return m_role; }
    [[nodiscard]] QPlainTextEdit *aliasesEdit() const { return m_aliases; }

Q_SIGNALS:
    /// The user changed a field.
    void edited();

private:
    [[nodiscard]] QPlainTextEdit *listEdit(const QString &accessibleName);

    RosterEntry m_entry;
    QLineEdit *m_name;
    QComboBox *m_role;
    QLineEdit *m_affiliation;
    QPlainTextEdit *m_aliases;
    QPlainTextEdit *m_handles;
    QPlainTextEdit *m_emails;
    QPlainTextEdit *m_urls;
};

} // namespace debrief
