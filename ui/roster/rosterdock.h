#pragma once

#include "chatham/rosterimporter.h"
#include "model/enums.h"

#include <QDockWidget>
#include <QPointer>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace debrief {

class Notebook;
class RosterModel;
class RosterPersonForm;

/// The roster dock: the participants of the selected meetup, editable in the table and in a
/// form for the lists, with add, remove, CSV / Meetup.com import, and the meetup's rule
/// (Chatham House, on the record, off the record).
class RosterDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit RosterDock(QWidget *parent = nullptr);
    ~RosterDock() override;

    void setNotebook(Notebook *notebook);
    /// Shows the roster of @p meetupId (nullopt: nothing selected).
    void setMeetup(std::optional<qint64> meetupId);
    [[nodiscard]] std::optional<qint64> meetupId() const { return m_meetupId; }

    /// Reads a roster file and imports its good rows; bad rows are reported by line in a
    /// dialog. Returns nothing when the file could not be used at all.
    std::optional<RosterImportSummary> importFile(const QString &path);
    /// Asks for a file, then imports it.
    void chooseImportFile();
    /// Opens a form for a new person, prefilled with @p name; true when they were added.
    bool addPerson(const QString &name = {});
    void removeSelected();

    [[nodiscard]] RosterModel *model() const { return m_model; }
    [[nodiscard]] QTableView *tableView() const { return m_table; }
    [[nodiscard]] RosterPersonForm *form() const { return m_form; }
    [[nodiscard]] QComboBox *ruleCombo() const { return m_rule; }

Q_SIGNALS:
    /// The roster or the meetup's rule changed (exports and previews refresh).
    void rosterChanged();

private:
    void showCurrent();
    void applyForm();
    void saveRule();
    void showError(const QString &message);
    void updateState();

    QPointer<Notebook> m_notebook;
    std::optional<qint64> m_meetupId;
    RosterModel *m_model;
    QLabel *m_title;
    QComboBox *m_rule;
    QTableView *m_table;
    RosterPersonForm *m_form;
    QWidget *m_formBox = nullptr;
    QPushButton *m_apply;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_import;
    QLabel *m_placeholder;
};

} // namespace debrief
