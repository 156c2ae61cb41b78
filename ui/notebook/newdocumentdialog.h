#pragma once

#include "markdown/templatelibrary.h"
#include "model/enums.h"
#include "model/meetup.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace debrief {

/// Asks for what a new document needs: its kind, the template it starts from (the kind's
/// built-in one, the user's own, or a blank page), a title and (optionally) its meetup.
class NewDocumentDialog : public QDialog
{
    Q_OBJECT
public:
    NewDocumentDialog(const QList<Meetup> &meetups, std::optional<qint64> meetupId,
                      const QList<DocumentTemplate> &templates, QWidget *parent = nullptr);

    [[nodiscard]] DocumentKind kind() const;
    /// The chosen template's name; empty for a blank document.
    [[nodiscard]] QString templateName() const;
    [[nodiscard]] QString title() const;
    [[nodiscard]] std::optional<qint64> meetupId() const;

    /// Also picks the kind's built-in template.
    void setKind(DocumentKind kind);
    /// An empty name picks a blank document.
    void setTemplateName(const QString &name);
    void setTitle(const QString &title);

private:
    void updateOkButton();

    QComboBox *m_kind;
    QComboBox *m_template;
    QLineEdit *m_title;
    QComboBox *m_meetup;
    QDialogButtonBox *m_buttons;
};

} // namespace debrief
