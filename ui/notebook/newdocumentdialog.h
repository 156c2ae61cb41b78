#pragma once

#include "model/enums.h"
#include "model/meetup.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace debrief {

/// Asks for what a new document needs: its kind, a title and (optionally) its meetup.
class NewDocumentDialog : public QDialog
{
    Q_OBJECT
public:
    NewDocumentDialog(const QList<Meetup> &meetups, std::optional<qint64> meetupId, QWidget *parent = nullptr);

    [[nodiscard]] DocumentKind kind() const;
    [[nodiscard]] QString title() const;
    [[nodiscard]] std::optional<qint64> meetupId() const;

    void setKind(DocumentKind kind);
    void setTitle(const QString &title);

private:
    void updateOkButton();

    QComboBox *m_kind;
    QLineEdit *m_title;
    QComboBox *m_meetup;
    QDialogButtonBox *m_buttons;
};

} // namespace debrief
