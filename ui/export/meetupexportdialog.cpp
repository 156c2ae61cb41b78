#include "export/meetupexportdialog.h"

#include "export/exportchoices.h"
#include "export/exportfilename.h"
#include "notebook/notebook.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace debrief {

namespace {

enum Column
{
    TitleColumn,
    RuleColumn,
    ResultColumn
};

QString ruleText(Rule rule)
{
    switch (rule) {
    case Rule::OnRecord:
        return MeetupExportDialog::tr("On the record");
    case Rule::Chatham:
        return MeetupExportDialog::tr("Chatham House Rule");
    case Rule::OffRecord:
        return MeetupExportDialog::tr("Off the record");
    }
    return {};
}

QString leakedNames(const QList<LeakFinding> &findings)
{
    QStringList names;
    for (const LeakFinding &finding : findings) {
        if (finding.isError() && !names.contains(finding.text))
            names.append(finding.text);
    }
    return names.join(QLatin1String(", "));
}

} // namespace

MeetupExportDialog::MeetupExportDialog(Notebook &notebook, qint64 meetupId, QWidget *parent)
    : QDialog(parent)
    , m_notebook(notebook)
    , m_meetupId(meetupId)
    , m_intro(new QLabel(this))
    , m_documents(new QTreeWidget(this))
    , m_format(new QComboBox(this))
    , m_labelStyle(new QComboBox(this))
    , m_affiliationStyle(new QComboBox(this))
    , m_anonymiseAll(new QCheckBox(tr("Anonymise the documents on the record too"), this))
    , m_folder(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_exportButton(new QPushButton(tr("&Export"), this))
    , m_openFolder(new QPushButton(tr("&Open Folder"), this))
{
    setObjectName(QStringLiteral("meetupExportDialog"));
    setWindowTitle(tr("Export Meetup"));
    m_chooseFolder = [this](const QString &proposed) {
        return QFileDialog::getExistingDirectory(this, tr("Export Into"), proposed);
    };

    ExportChoices::fillFormats(m_format);
    ExportChoices::fillLabelStyles(m_labelStyle);
    ExportChoices::fillAffiliationStyles(m_affiliationStyle);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_documents->setColumnCount(3);
    m_documents->setHeaderLabels({tr("Document"), tr("Rule"), tr("Export")});
    m_documents->setRootIsDecorated(false);
    m_documents->setAccessibleName(tr("Documents of the meetup"));
    // The result is the longest text: it gets the room.
    m_documents->header()->setSectionResizeMode(TitleColumn, QHeaderView::ResizeToContents);
    m_documents->header()->setSectionResizeMode(RuleColumn, QHeaderView::ResizeToContents);
    m_documents->header()->setStretchLastSection(true);
    m_openFolder->setEnabled(false);

    QString title;
    QString folderName = QStringLiteral("meetup-%1").arg(meetupId);
    if (auto meetup = m_notebook.meetups().get(meetupId); meetup.ok()) {
        title = meetup.value().title;
        // A meetup under the Chatham House Rule may have a speaker in its title: the folder
        // that gets zipped or published is named by its day instead.
        if (meetup.value().rule == Rule::OnRecord)
            folderName = ExportFileName::safeSlug(title);
        else if (meetup.value().startsAt.isValid())
            folderName = meetup.value().startsAt.date().toString(Qt::ISODate) + QLatin1String("-meetup");
    }
    m_intro->setText(tr("Every document of “%1” is exported into one folder. Documents under the Chatham House Rule "
                        "are anonymised and checked, and each person keeps one label in all of them; documents off "
                        "the record are never exported.")
                         .arg(title));
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (documents.isEmpty())
        documents = QDir::homePath();
    m_folder->setText(QDir::toNativeSeparators(QDir(documents).filePath(folderName)));

    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *options = new QFormLayout;
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    options->addRow(folderLabel, folderRow);
    options->addRow(tr("F&ormat:"), m_format);
    options->addRow(tr("&People as:"), m_labelStyle);
    options->addRow(tr("&Affiliations as:"), m_affiliationStyle);
    options->addRow(QString(), m_anonymiseAll);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_openFolder, QDialogButtonBox::ActionRole);
    buttons->addButton(m_exportButton, QDialogButtonBox::ApplyRole);
    m_exportButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_documents, 1);
    layout->addLayout(options);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(820, 560);

    connect(buttons, &QDialogButtonBox::rejected, this, &MeetupExportDialog::reject);
    connect(browse, &QPushButton::clicked, this, &MeetupExportDialog::chooseFolder);
    connect(m_exportButton, &QPushButton::clicked, this, &MeetupExportDialog::startExport);
    connect(m_openFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder())); });
    connect(m_anonymiseAll, &QCheckBox::toggled, this, &MeetupExportDialog::showPlan);
    connect(&m_watcher, &QFutureWatcher<QList<NotebookExport::Outcome>>::finished, this, [this] {
        m_outcomes = m_watcher.result();
        // The labels are the notebook's: kept on its thread, after the files are written.
        const Status kept = m_running->rememberLabels(m_notebook);
        m_running.reset();
        showOutcomes();
        if (!kept.ok())
            m_summary->setText(m_summary->text() + QLatin1Char(' ') +
                               tr("The labels could not be kept for the next export: %1").arg(kept.error().message()));
        Q_EMIT exportFinished();
    });
    loadDocuments();
}

MeetupExportDialog::~MeetupExportDialog()
{
    m_watcher.waitForFinished(); // every file is complete or untouched, never half written
}

void MeetupExportDialog::setFolder(const QString &folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
}

QString MeetupExportDialog::folder() const
{
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}

void MeetupExportDialog::setFormat(const QString &id)
{
    if (const int index = m_format->findData(id); index >= 0)
        m_format->setCurrentIndex(index);
}

NotebookExport::Options MeetupExportDialog::options() const
{
    NotebookExport::Options options;
    options.format = m_format->currentData().toString();
    options.anonymiser.labelStyle = static_cast<LabelStyle>(m_labelStyle->currentData().toInt());
    options.anonymiser.affiliationStyle = static_cast<AffiliationStyle>(m_affiliationStyle->currentData().toInt());
    options.anonymiseAll = m_anonymiseAll->isChecked();
    return options;
}

void MeetupExportDialog::loadDocuments()
{
    m_documents->clear();
    auto ids = NotebookExport::meetupDocuments(m_notebook, m_meetupId);
    if (!ids.ok()) {
        m_loadError = ids.error().message();
        m_documentIds.clear();
    } else {
        m_documentIds = ids.value();
        // A read of the meetup's few documents, to show what will happen to each.
        auto prepared = NotebookExport::prepare(m_notebook, m_documentIds, options());
        if (!prepared.ok()) {
            m_loadError = prepared.error().message();
        } else {
            for (int i = 0; i < prepared.value().size(); ++i) {
                auto *item = new QTreeWidgetItem(
                    m_documents, {prepared.value().title(i), ruleText(prepared.value().rule(i)), QString()});
                item->setData(RuleColumn, Qt::UserRole, int(prepared.value().rule(i)));
            }
        }
    }
    showPlan();
}

void MeetupExportDialog::showPlan()
{
    int leaving = 0;
    for (int i = 0; i < m_documents->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_documents->topLevelItem(i);
        const auto rule = static_cast<Rule>(item->data(RuleColumn, Qt::UserRole).toInt());
        item->setIcon(ResultColumn, QIcon());
        if (rule == Rule::OffRecord) {
            item->setText(ResultColumn, tr("Not exported"));
            continue;
        }
        ++leaving;
        item->setText(ResultColumn,
                      rule == Rule::Chatham || m_anonymiseAll->isChecked() ? tr("Anonymised") : tr("As written"));
    }
    if (!m_loadError.isEmpty())
        m_summary->setText(m_loadError);
    else
        m_summary->setText(tr("%n document(s) to export.", nullptr, leaving));
    m_exportButton->setEnabled(m_loadError.isEmpty() && leaving > 0 && !isBusy());
}

void MeetupExportDialog::chooseFolder()
{
    const QString chosen = m_chooseFolder(folder());
    if (!chosen.isEmpty())
        setFolder(chosen);
}

bool MeetupExportDialog::startExport()
{
    if (isBusy() || m_documentIds.isEmpty())
        return false;
    QString target = folder();
    if (target.isEmpty()) {
        target = m_chooseFolder(QDir::homePath());
        if (target.isEmpty())
            return false;
        setFolder(target);
    }
    const QFileInfo info(target);
    if (!QDir().mkpath(target) || !info.isDir() || !info.isWritable()) {
        m_summary->setText(
            tr("Debrief cannot write into %1. Choose another folder.").arg(QDir::toNativeSeparators(target)));
        return false;
    }
    // Read again now: a document may have been edited since the dialog opened.
    auto prepared = NotebookExport::prepare(m_notebook, m_documentIds, options());
    if (!prepared.ok()) {
        m_summary->setText(prepared.error().message());
        return false;
    }
    m_running = std::make_shared<NotebookExport>(std::move(prepared).value());
    m_outcomes.clear();
    m_exportButton->setEnabled(false);
    m_openFolder->setEnabled(false);
    m_summary->setText(tr("Exporting…"));
    const std::shared_ptr<NotebookExport> running = m_running;
    m_watcher.setFuture(QtConcurrent::run([running, target] { return running->writeAll(target); }));
    return true;
}

void MeetupExportDialog::showOutcomes()
{
    int written = 0;
    int notWritten = 0;
    for (int i = 0; i < m_outcomes.size() && i < m_documents->topLevelItemCount(); ++i) {
        const NotebookExport::Outcome &outcome = m_outcomes.at(i);
        QTreeWidgetItem *item = m_documents->topLevelItem(i);
        const QString file = QFileInfo(outcome.path).fileName();
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxCritical;
        QString text;
        switch (outcome.kind) {
        case NotebookExport::OutcomeKind::Written:
            text = tr("Written: %1").arg(file);
            icon = QStyle::SP_DialogApplyButton;
            break;
        case NotebookExport::OutcomeKind::WrittenAnonymised:
            text = tr("Anonymised: %1").arg(file);
            icon = QStyle::SP_DialogApplyButton;
            break;
        case NotebookExport::OutcomeKind::OffRecord:
            text = tr("Not exported: off the record");
            icon = QStyle::SP_MessageBoxInformation;
            break;
        case NotebookExport::OutcomeKind::Leaked:
            text = tr("Not written: %1 left in the text. Open it and use Export Anonymised… to fix.")
                       .arg(leakedNames(outcome.findings));
            break;
        case NotebookExport::OutcomeKind::NoRoster:
        case NotebookExport::OutcomeKind::Failed:
            text = tr("Not written: %1").arg(outcome.message);
            break;
        }
        item->setText(ResultColumn, text);
        item->setToolTip(ResultColumn, outcome.written() ? QDir::toNativeSeparators(outcome.path) : text);
        item->setIcon(ResultColumn, style()->standardIcon(icon));
        if (outcome.written())
            ++written;
        else if (outcome.kind != NotebookExport::OutcomeKind::OffRecord)
            ++notWritten;
    }
    QString summary = tr("%n document(s) written to %1.", nullptr, written).arg(QDir::toNativeSeparators(folder()));
    if (notWritten > 0)
        summary += QLatin1Char(' ') + tr("%n could not be written; the list says why.", nullptr, notWritten);
    m_summary->setText(summary);
    m_openFolder->setEnabled(written > 0);
    m_exportButton->setEnabled(true);
}

void MeetupExportDialog::reject()
{
    // Closing mid-export would wait on the worker; the export is short, so say so instead.
    if (isBusy()) {
        m_summary->setText(tr("Exporting… the dialog can be closed when it has finished."));
        return;
    }
    QDialog::reject();
}

} // namespace debrief
