#include "export/exportdialog.h"

#include "chatham/exportactions.h"
#include "export/anonymiseddiffview.h"
#include "export/exportchoices.h"
#include "notebook/notebook.h"
#include "roster/rosterpersondialog.h"
#include "roster/rosterpersonform.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace debrief {

namespace {

constexpr int FindingTextRole = Qt::UserRole + 1;
constexpr int FindingIsErrorRole = Qt::UserRole + 2;
constexpr int FindingParticipantRole = Qt::UserRole + 3;

QString kindText(LeakFinding::Kind kind)
{
    switch (kind) {
    case LeakFinding::Kind::Identity:
        return ExportDialog::tr("Roster identity");
    case LeakFinding::Kind::NameLike:
        return ExportDialog::tr("Name-like word");
    case LeakFinding::Kind::Email:
        return ExportDialog::tr("E-mail address");
    case LeakFinding::Kind::Handle:
        return ExportDialog::tr("Handle");
    case LeakFinding::Kind::Phone:
        return ExportDialog::tr("Phone number");
    case LeakFinding::Kind::UserUrl:
        return ExportDialog::tr("URL with a user name");
    }
    return {};
}

} // namespace

ExportDialog::ExportDialog(Notebook &notebook, qint64 documentId, QWidget *parent)
    : QDialog(parent)
    , m_notebook(notebook)
    , m_documentId(documentId)
    , m_diff(new AnonymisedDiffView(this))
    , m_findings(new QTreeWidget(this))
    , m_addToRoster(new QPushButton(tr("Add to &Roster…"), this))
    , m_allow(new QPushButton(tr("A&llow"), this))
    , m_format(new QComboBox(this))
    , m_labelStyle(new QComboBox(this))
    , m_affiliationStyle(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_exportButton(new QPushButton(tr("&Export…"), this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Chatham House Export"));

    ExportChoices::fillFormats(m_format);
    ExportChoices::fillLabelStyles(m_labelStyle);
    ExportChoices::fillAffiliationStyles(m_affiliationStyle);

    m_findings->setColumnCount(3);
    m_findings->setHeaderLabels({tr("Line"), tr("Kind"), tr("Text")});
    m_findings->setRootIsDecorated(false);
    m_findings->setAccessibleName(tr("Leak scan findings"));
    m_findings->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_findings->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_addToRoster->setToolTip(tr("The selected word is a person: put them on the meetup's roster"));
    m_allow->setToolTip(tr("The selected word is not a person: stop reporting it in this export"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *options = new QFormLayout;
    options->addRow(tr("&Format:"), m_format);
    options->addRow(tr("&People as:"), m_labelStyle);
    options->addRow(tr("&Affiliations as:"), m_affiliationStyle);

    auto *findingButtons = new QHBoxLayout;
    findingButtons->addWidget(m_addToRoster);
    findingButtons->addWidget(m_allow);
    findingButtons->addStretch();

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QHBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *findingsBox = new QVBoxLayout;
    auto *findingsLabel = new QLabel(tr("Leak &scan:"), bottom);
    findingsLabel->setBuddy(m_findings);
    findingsBox->addWidget(findingsLabel);
    findingsBox->addWidget(m_findings);
    findingsBox->addLayout(findingButtons);
    bottomLayout->addLayout(findingsBox, 3);
    bottomLayout->addLayout(options, 2);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_diff);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_exportButton, QDialogButtonBox::AcceptRole);
    m_exportButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(1100, 720);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExport);
    connect(m_addToRoster, &QPushButton::clicked, this, &ExportDialog::addSelectedToRoster);
    connect(m_allow, &QPushButton::clicked, this, &ExportDialog::allowSelected);
    connect(m_findings, &QTreeWidget::currentItemChanged, this, &ExportDialog::updateButtons);
    connect(m_labelStyle, &QComboBox::currentIndexChanged, this, &ExportDialog::rebuild);
    connect(m_affiliationStyle, &QComboBox::currentIndexChanged, this, &ExportDialog::rebuild);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateButtons);
    refresh();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::refresh()
{
    m_loadError.clear();
    m_document.reset();
    m_roster = MeetupRoster();
    auto document = m_notebook.documents().get(m_documentId);
    if (!document.ok()) {
        m_loadError = tr("The document could not be read: %1").arg(document.error().message());
        rebuild();
        return;
    }
    m_document = document.value();
    m_everyone = Roster();
    m_everyoneIds.clear();
    if (auto everyone = m_notebook.participants().list(); everyone.ok()) {
        QList<RosterEntry> entries;
        for (const Participant &participant : everyone.value()) {
            entries.append(RosterEntry{participant, MeetupRole::Attendee});
            m_everyoneIds.append(participant.id);
        }
        m_everyone = Roster::fromEntries(entries);
        // A loose document has no meetup roster: everyone in the notebook is anonymised.
        if (!m_document->meetupId)
            m_roster = MeetupRoster(0, entries);
    }
    QHash<qint64, QString> names;
    if (m_document->meetupId) {
        auto roster = MeetupRoster::load(m_notebook.meetups(), *m_document->meetupId);
        if (!roster.ok())
            m_loadError = tr("The roster could not be read: %1").arg(roster.error().message());
        else
            m_roster = roster.value();
    }
    for (int i = 0; i < m_roster.participantIds().size(); ++i)
        names.insert(m_roster.participantIds().at(i), m_roster.roster().at(i).name);
    ActionItemRepository::Filter filter;
    filter.documentId = m_documentId;
    auto actions = m_notebook.actionItems().list(filter);
    const QString markdown = ExportInput::fromDocument(*m_document).markdown;
    m_sourceText = ExportActions::withActions(markdown, actions.ok() ? actions.value() : QList<ActionItem>(), names);
    rebuild();
}

AnonymiserOptions ExportDialog::anonymiserOptions() const
{
    AnonymiserOptions options;
    options.labelStyle = static_cast<LabelStyle>(m_labelStyle->currentData().toInt());
    options.affiliationStyle = static_cast<AffiliationStyle>(m_affiliationStyle->currentData().toInt());
    // Labels given by earlier exports of this meetup come back; new people get new ones.
    auto stored = m_roster.storedLabels(m_notebook.labels(), options.labelStyle);
    if (stored.ok())
        options.presetLabels = stored.value();
    return options;
}

void ExportDialog::rebuild()
{
    m_export.reset();
    if (m_document) {
        ChathamExport::Options options;
        options.anonymiser = anonymiserOptions();
        options.allowedWords = m_allowed;
        auto scanner = std::make_shared<LeakScanner>(m_everyone);
        scanner->setAllowedWords(m_allowed);
        m_export = std::make_unique<ChathamExport>(m_sourceText, m_roster.roster(), options,
                                                   [scanner](QStringView text) { return scanner->scan(text); });
        AnonymisedText shown;
        shown.text = m_export->text();
        shown.replacements = m_export->replacements();
        shown.removedSections = m_export->removedSections();
        m_diff->setContent(m_export->originalText(), shown);
    } else {
        m_diff->setContent(QString(), AnonymisedText());
    }
    showFindings();
}

void ExportDialog::showFindings()
{
    m_findings->clear();
    if (m_export) {
        for (const LeakFinding &finding : m_export->findings()) {
            if (!finding.isError() && m_allowed.contains(finding.text, Qt::CaseInsensitive))
                continue;
            auto *item = new QTreeWidgetItem(
                m_findings, {QString::number(finding.line),
                             finding.isError() ? tr("Error: %1").arg(kindText(finding.kind)) : kindText(finding.kind),
                             finding.text});
            item->setData(0, FindingTextRole, finding.text);
            item->setData(0, FindingIsErrorRole, finding.isError());
            const bool known = finding.isError() && finding.owner.type == MentionOwner::Type::Person &&
                               finding.owner.index >= 0 && finding.owner.index < m_everyoneIds.size();
            item->setData(0, FindingParticipantRole, known ? m_everyoneIds.at(finding.owner.index) : qint64(0));
            item->setIcon(0, style()->standardIcon(finding.isError() ? QStyle::SP_MessageBoxCritical
                                                                     : QStyle::SP_MessageBoxWarning));
        }
    }
    updateButtons();
}

int ExportDialog::errorCount() const
{
    return m_export ? int(m_export->errors().size()) : 0;
}

int ExportDialog::warningCount() const
{
    int count = 0;
    for (int i = 0; i < m_findings->topLevelItemCount(); ++i) {
        if (!m_findings->topLevelItem(i)->data(0, FindingIsErrorRole).toBool())
            ++count;
    }
    return count;
}

QString ExportDialog::anonymisedText() const
{
    return m_export ? m_export->text() : QString();
}

std::unique_ptr<Exporter> ExportDialog::currentExporter() const
{
    return Exporter::create(m_format->currentData().toString());
}

QString ExportDialog::proposedFileName() const
{
    auto exporter = currentExporter();
    return m_export && exporter ? m_export->suggestedFileName(*exporter) : QString();
}

void ExportDialog::setFormat(const QString &id)
{
    const int index = m_format->findData(id);
    if (index >= 0)
        m_format->setCurrentIndex(index);
}

QString ExportDialog::selectedWarning() const
{
    const QTreeWidgetItem *item = m_findings->currentItem();
    if (!item || item->data(0, FindingIsErrorRole).toBool())
        return {};
    return item->data(0, FindingTextRole).toString();
}

void ExportDialog::updateButtons()
{
    const int errors = errorCount();
    const bool ready = m_export && errors == 0 && currentExporter();
    m_exportButton->setEnabled(ready);
    const bool warningSelected = !selectedWarning().isEmpty();
    m_allow->setEnabled(warningSelected);
    m_addToRoster->setEnabled((warningSelected || selectedKnownPerson() != 0) && m_roster.meetupId() != 0);
    if (!m_loadError.isEmpty())
        m_status->setText(m_loadError);
    else if (errors > 0)
        m_status->setText(tr("%n roster identity(ies) left in the anonymised text: nothing can be exported until "
                             "every one is gone (add the missing spelling to the roster).",
                             nullptr, errors));
    else if (m_roster.meetupId() == 0)
        m_status->setText(tr("This document belongs to no meetup, so there is no roster to anonymise against. "
                             "Review the warnings before exporting."));
    else
        m_status->setText(
            tr("%n replacement(s); %1 to review.", nullptr, int(m_export ? m_export->replacements().size() : 0))
                .arg(tr("%n warning(s)", nullptr, warningCount())));
}

bool ExportDialog::addToRoster(const Participant &participant, MeetupRole role)
{
    if (m_roster.meetupId() == 0 || participant.displayName.trimmed().isEmpty())
        return false;
    const qint64 meetupId = m_roster.meetupId();
    const Status status = m_notebook.database().transaction([&]() -> Status {
        auto created = m_notebook.participants().create(participant);
        if (!created.ok())
            return created.error();
        return m_notebook.meetups().setRole(meetupId, created.value().id, role);
    });
    if (!status.ok()) {
        m_status->setText(
            tr("%1 could not be added to the roster: %2").arg(participant.displayName, status.error().message()));
        return false;
    }
    m_notebook.notifyParticipantsChanged();
    refresh();
    return true;
}

qint64 ExportDialog::selectedKnownPerson() const
{
    const QTreeWidgetItem *item = m_findings->currentItem();
    return item ? item->data(0, FindingParticipantRole).toLongLong() : 0;
}

bool ExportDialog::addToRoster(qint64 participantId, MeetupRole role)
{
    if (m_roster.meetupId() == 0 || participantId == 0)
        return false;
    if (Status set = m_notebook.meetups().setRole(m_roster.meetupId(), participantId, role); !set.ok()) {
        m_status->setText(tr("The person could not be added to the roster: %1").arg(set.error().message()));
        return false;
    }
    m_notebook.notifyParticipantsChanged();
    refresh();
    return true;
}

void ExportDialog::addSelectedToRoster()
{
    // Someone known to the notebook (from another meetup) joins this roster as they are.
    if (const qint64 known = selectedKnownPerson()) {
        addToRoster(known, MeetupRole::Attendee);
        return;
    }
    const QString word = selectedWarning();
    if (word.isEmpty())
        return;
    // The finding goes where it belongs: a handle, an address or a profile URL prefills that
    // list; a name-like word prefills the name.
    RosterEntry prefill;
    if (word.startsWith(QLatin1Char('@')))
        prefill.participant.aliases.append({AliasKind::Handle, word.mid(1)});
    else if (word.contains(QLatin1Char('@')))
        prefill.participant.aliases.append({AliasKind::Email, word});
    else if (word.contains(QLatin1Char('/')))
        prefill.participant.aliases.append({AliasKind::Url, word});
    else
        prefill.participant.displayName = word;
    RosterPersonDialog dialog(QString(), this);
    dialog.form()->setEntry(prefill);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const RosterEntry entry = dialog.entry();
    addToRoster(entry.participant, entry.role);
}

void ExportDialog::allow(const QString &word)
{
    if (word.isEmpty() || m_allowed.contains(word, Qt::CaseInsensitive))
        return;
    m_allowed.append(word);
    rebuild();
}

void ExportDialog::allowSelected()
{
    allow(selectedWarning());
}

ExportResult ExportDialog::exportTo(const QString &path)
{
    auto exporter = currentExporter();
    if (!m_export || !exporter)
        return ExportResult::failure(tr("Nothing to export."));
    ExportResult result = m_export->write(*exporter, path);
    if (!result)
        return result;
    // The labels this export gave are kept, so the next export of the meetup reuses them.
    // Anonymising the same text with the same options gives the same labels again.
    const AnonymiserOptions options = anonymiserOptions();
    Anonymiser anonymiser(m_roster.roster(), options);
    (void)anonymiser.anonymise(m_export->originalText());
    if (Status kept =
            m_roster.storeLabels(m_notebook.labels(), options.labelStyle, anonymiser.labeller().personLabels());
        !kept.ok())
        m_status->setText(
            tr("Exported, but the labels could not be kept for the next export: %1").arg(kept.error().message()));
    return result;
}

void ExportDialog::chooseFileAndExport()
{
    auto exporter = currentExporter();
    if (!exporter)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), QDir(folder).filePath(proposedFileName()),
                                                      tr("%1 (*.%2)").arg(exporter->name(), exporter->fileSuffix()));
    if (path.isEmpty())
        return;
    const ExportResult result = exportTo(path);
    if (!result) {
        QMessageBox::warning(this, windowTitle(), result.error);
        return;
    }
    accept();
}

} // namespace debrief
