#include "roster/rosterdock.h"

#include "chatham/rostercsvreader.h"
#include "notebook/notebook.h"
#include "roster/rosterimportreport.h"
#include "roster/rostermodel.h"
#include "roster/rosterpersondialog.h"
#include "roster/rosterpersonform.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace debrief {

RosterDock::RosterDock(QWidget *parent)
    : QDockWidget(tr("Roster"), parent)
    , m_model(new RosterModel(this))
    , m_title(new QLabel(this))
    , m_rule(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_form(new RosterPersonForm(this))
    , m_apply(new QPushButton(tr("A&pply"), this))
    , m_add(new QPushButton(tr("&Add Person…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_import(new QPushButton(tr("&Import…"), this))
    , m_placeholder(new QLabel(this))
{
    setObjectName(QStringLiteral("rosterDock"));
    for (Rule rule : {Rule::Chatham, Rule::OnRecord, Rule::OffRecord})
        m_rule->addItem(displayName(rule), int(rule));
    m_rule->setAccessibleName(tr("Rule of this meetup"));
    m_rule->setToolTip(tr("Under the Chatham House Rule every export of this meetup is anonymised"));
    m_import->setToolTip(tr("Import people from a CSV roster or a Meetup.com attendee export"));
    m_remove->setToolTip(tr("Take the selected people off this meetup's roster"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);

    auto *content = new QWidget(this);
    auto *top = new QHBoxLayout;
    m_title->setTextFormat(Qt::PlainText);
    top->addWidget(m_title, 1);
    auto *ruleLabel = new QLabel(tr("R&ule:"), content);
    ruleLabel->setBuddy(m_rule);
    top->addWidget(ruleLabel);
    top->addWidget(m_rule);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_import);
    buttons->addStretch();

    auto *formBox = new QWidget(content);
    auto *formLayout = new QVBoxLayout(formBox);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(m_form);
    auto *applyRow = new QHBoxLayout;
    applyRow->addStretch();
    applyRow->addWidget(m_apply);
    formLayout->addLayout(applyRow);
    formLayout->addStretch();

    auto *tableBox = new QWidget(content);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table);
    tableLayout->addWidget(m_placeholder);
    tableLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Horizontal, content);
    splitter->addWidget(tableBox);
    // Scrolling keeps the dock's minimum width small, whatever dock area it is put in.
    auto *formScroll = new QScrollArea(splitter);
    formScroll->setWidget(formBox);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    m_formBox = formScroll;
    splitter->addWidget(formScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(splitter);
    setWidget(content);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RosterDock::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->resizeColumnsToContents();
        showCurrent();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { Q_EMIT rosterChanged(); });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateState();
        Q_EMIT rosterChanged();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        updateState();
        Q_EMIT rosterChanged();
    });
    connect(m_model, &RosterModel::errorOccurred, this, &RosterDock::showError);
    connect(m_form, &RosterPersonForm::edited, this, [this] { m_apply->setEnabled(true); });
    connect(m_apply, &QPushButton::clicked, this, &RosterDock::applyForm);
    connect(m_add, &QPushButton::clicked, this, [this] { addPerson(); });
    connect(m_remove, &QPushButton::clicked, this, &RosterDock::removeSelected);
    connect(m_import, &QPushButton::clicked, this, &RosterDock::chooseImportFile);
    connect(m_rule, &QComboBox::activated, this, &RosterDock::saveRule);
    updateState();
}

RosterDock::~RosterDock() = default;

void RosterDock::setNotebook(Notebook *notebook)
{
    if (m_notebook)
        disconnect(m_notebook, nullptr, this, nullptr);
    m_notebook = notebook;
    m_model->setNotebook(notebook);
    if (m_notebook)
        connect(m_notebook, &Notebook::meetupsChanged, this, [this] { setMeetup(m_meetupId); });
    setMeetup(std::nullopt);
}

void RosterDock::setMeetup(std::optional<qint64> meetupId)
{
    m_meetupId = meetupId;
    m_title->clear();
    if (m_notebook && m_meetupId) {
        auto meetup = m_notebook->meetups().get(*m_meetupId);
        if (meetup.ok()) {
            m_title->setText(meetup.value().title);
            m_rule->setCurrentIndex(m_rule->findData(int(meetup.value().rule)));
        } else {
            m_meetupId.reset();
        }
    }
    const qint64 id = m_meetupId.value_or(0);
    if (id != m_model->meetupId())
        m_model->setMeetup(id);
    updateState();
}

void RosterDock::showCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        m_form->setEntry(m_model->entryAt(current.row()));
    else
        m_form->clear();
    m_apply->setEnabled(false);
    updateState();
}

void RosterDock::applyForm()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const RosterEntry entry = m_form->entry();
    if (entry.participant.displayName.isEmpty()) {
        showError(tr("A person needs a name: without one they cannot be anonymised."));
        return;
    }
    if (m_model->saveEntry(current.row(), entry))
        m_apply->setEnabled(false);
}

void RosterDock::saveRule()
{
    if (!m_notebook || !m_meetupId)
        return;
    auto meetup = m_notebook->meetups().get(*m_meetupId);
    if (!meetup.ok()) {
        showError(meetup.error().message());
        return;
    }
    Meetup changed = meetup.value();
    changed.rule = static_cast<Rule>(m_rule->currentData().toInt());
    if (changed.rule == meetup.value().rule)
        return;
    auto saved = m_notebook->meetups().update(changed);
    if (!saved.ok()) {
        showError(tr("The rule could not be saved.") + QLatin1Char(' ') + saved.error().message());
        m_rule->setCurrentIndex(m_rule->findData(int(meetup.value().rule)));
        return;
    }
    m_notebook->notifyMeetupsChanged();
    Q_EMIT rosterChanged();
}

bool RosterDock::addPerson(const QString &name)
{
    if (!m_meetupId)
        return false;
    RosterPersonDialog dialog(name, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const RosterEntry entry = dialog.entry();
    const int row = m_model->addPerson(entry.participant, entry.role);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, RosterModel::NameColumn));
    return true;
}

void RosterDock::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows.append(m_table->currentIndex().row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows))
        m_model->removeRow(row);
}

void RosterDock::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Roster"), QString(),
                                                      tr("Roster files (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

std::optional<RosterImportSummary> RosterDock::importFile(const QString &path)
{
    if (!m_notebook || !m_meetupId)
        return std::nullopt;
    const RosterCsvResult read = RosterCsvReader::readFile(path);
    if (!read.isUsable()) {
        showError(read.fatalError);
        return std::nullopt;
    }
    RosterImporter importer(m_notebook->database(), m_notebook->participants(), m_notebook->meetups());
    auto imported = importer.import(*m_meetupId, read.roster);
    if (!imported.ok()) {
        showError(tr("The roster could not be imported.") + QLatin1Char(' ') + imported.error().message());
        return std::nullopt;
    }
    m_model->reload();
    m_notebook->notifyParticipantsChanged();
    Q_EMIT rosterChanged();
    // Not modal: the organiser can keep the bad lines in view while fixing the roster.
    auto *report = new RosterImportReport(QFileInfo(path).fileName(), imported.value(), read.rowErrors, this);
    report->setAttribute(Qt::WA_DeleteOnClose);
    report->show();
    return imported.value();
}

void RosterDock::showError(const QString &message)
{
    QMessageBox box(QMessageBox::Warning, tr("Roster"), message, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("rosterError"));
    // Tests and scripted runs must not block on a modal box.
    if (qEnvironmentVariableIsSet("DEBRIEF_NO_MODAL_ERRORS")) {
        qWarning("%s", qPrintable(message));
        return;
    }
    box.exec();
}

void RosterDock::updateState()
{
    const bool hasMeetup = m_notebook && m_meetupId;
    const bool hasCurrent = m_table->currentIndex().isValid();
    m_rule->setEnabled(hasMeetup);
    m_add->setEnabled(hasMeetup);
    m_import->setEnabled(hasMeetup);
    m_remove->setEnabled(hasMeetup && hasCurrent);
    // The form appears with a person to edit; an empty form would look like a place to add one.
    m_formBox->setVisible(hasMeetup && hasCurrent);
    if (!hasCurrent)
        m_apply->setEnabled(false);
    const bool empty = m_model->rowCount() == 0;
    m_table->setVisible(hasMeetup && !empty);
    m_placeholder->setVisible(!hasMeetup || empty);
    m_placeholder->setText(hasMeetup ? tr("Nobody on this meetup's roster yet. Add people or import a CSV file.")
                                     : tr("Select a meetup to see its roster."));
}

} // namespace debrief
