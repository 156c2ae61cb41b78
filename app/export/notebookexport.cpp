#include "export/notebookexport.h"

#include "chatham/exportactions.h"
#include "export/chathamexport.h"
#include "export/exportfilename.h"
#include "notebook/notebook.h"
#include "storage/importrepository.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace debrief {

/// One document ready to write: as written, or anonymised (then possibly refused).
struct NotebookExport::Rendered
{
    std::optional<ExportInput> plain;
    std::optional<ChathamExport> anonymised;
    NotebookExport::OutcomeKind refused = NotebookExport::OutcomeKind::Failed; ///< when neither is set
    QString message;
};

NotebookExport::NotebookExport(NotebookExport &&) noexcept = default;
NotebookExport &NotebookExport::operator=(NotebookExport &&) noexcept = default;
NotebookExport::~NotebookExport() = default;

Result<QList<qint64>> NotebookExport::meetupDocuments(Notebook &notebook, qint64 meetupId)
{
    if (!notebook.meetups().get(meetupId))
        return StorageError(StorageError::Kind::Invalid, tr("There is no meetup %1 in the notebook.").arg(meetupId));
    auto all = notebook.documents().list();
    if (!all)
        return all.error();
    QList<qint64> ids;
    for (const DocumentSummary &summary : all.value()) {
        if (summary.meetupId == meetupId)
            ids.append(summary.id);
    }
    if (ids.isEmpty())
        return StorageError(StorageError::Kind::Invalid, tr("Meetup %1 has no documents to export.").arg(meetupId));
    // In the order they were written: the evening's notes before the talks added later.
    std::sort(ids.begin(), ids.end());
    return ids;
}

Result<NotebookExport> NotebookExport::prepare(Notebook &notebook, const QList<qint64> &documentIds,
                                               const Options &options)
{
    NotebookExport result;
    result.m_options = options;
    result.m_exporter = Exporter::create(options.format);
    if (!result.m_exporter)
        return StorageError(StorageError::Kind::Invalid, tr("Debrief cannot export to “%1”.").arg(options.format));

    auto participants = notebook.participants().list();
    if (!participants)
        return participants.error();
    QList<RosterEntry> everyone;
    for (const Participant &participant : participants.value())
        everyone.append(RosterEntry{participant, MeetupRole::Attendee});
    result.m_everyone = Roster::fromEntries(everyone);
    for (const RosterPerson &person : options.extraPeople)
        result.m_everyone.append(person);

    for (const qint64 id : documentIds) {
        auto document = notebook.documents().get(id);
        if (!document)
            return StorageError(StorageError::Kind::NotFound, tr("There is no document %1 in the notebook.").arg(id),
                                document.error().message());
        Item item;
        item.documentId = id;
        item.title = document.value().title;
        item.rule = document.value().rule;
        item.meetupId = document.value().meetupId.value_or(0);
        const ExportInput asDocument = ExportInput::fromDocument(document.value());
        item.markdown = asDocument.markdown;
        item.date = asDocument.metadata.date; // an undated document is dated when it was written, not today

        if (!result.m_rosters.contains(item.meetupId)) {
            RosterLabels roster;
            if (item.meetupId == 0) {
                roster.meetup = MeetupRoster(0, everyone);
            } else {
                auto loaded = MeetupRoster::load(notebook.meetups(), item.meetupId);
                if (!loaded)
                    return loaded.error();
                roster.meetup = loaded.value();
            }
            auto stored = roster.meetup.storedLabels(notebook.labels(), options.anonymiser.labelStyle);
            if (!stored)
                return stored.error();
            roster.labels = stored.value();
            roster.roster = roster.meetup.roster();
            for (const RosterPerson &person : options.extraPeople)
                roster.roster.append(person);
            result.m_rosters.insert(item.meetupId, roster);
        }
        // The action items go with the anonymised text, their owners labelled like the prose.
        ActionItemRepository::Filter filter;
        filter.documentId = id;
        auto actions = notebook.actionItems().list(filter);
        if (!actions)
            return actions.error();
        const MeetupRoster &meetup = result.m_rosters.value(item.meetupId).meetup;
        QHash<qint64, QString> names;
        for (int i = 0; i < meetup.participantIds().size(); ++i)
            names.insert(meetup.participantIds().at(i), meetup.roster().at(i).name);
        item.withActions = ExportActions::withActions(item.markdown, actions.value(), names);
        auto source = ImportRepository(notebook.database()).sourceOf(id);
        if (!source)
            return source.error();
        if (source.value())
            result.m_sourcePaths.insert(QFileInfo(source.value()->path).absoluteFilePath());
        result.m_items.append(item);
    }
    return result;
}

NotebookExport::Rendered NotebookExport::render(int index)
{
    const Item &item = m_items.at(index);
    Rendered rendered;
    if (item.rule == Rule::OffRecord) {
        rendered.refused = OutcomeKind::OffRecord;
        rendered.message = tr("Off the record: never exported.");
        return rendered;
    }
    if (item.rule == Rule::OnRecord && !m_options.anonymiseAll) {
        ExportOptions options = m_options.exportOptions;
        options.keepAuthors = true; // on the record: the byline is part of the post
        options.fallbackDate = item.date;
        rendered.plain = ExportInput::fromMarkdown(item.markdown, options);
        return rendered;
    }
    RosterLabels &roster = m_rosters[item.meetupId];
    if (roster.roster.isEmpty()) {
        rendered.refused = OutcomeKind::NoRoster;
        rendered.message = tr("Under the Chatham House Rule, but nobody is on the roster to anonymise it with.");
        return rendered;
    }
    ChathamExport::Options options;
    options.anonymiser = m_options.anonymiser;
    // Labels given by earlier documents of this export come back, so one person is one label.
    options.anonymiser.presetLabels = roster.labels;
    options.exportOptions = m_options.exportOptions;
    options.exportOptions.fallbackDate = item.date;
    auto scanner = std::make_shared<LeakScanner>(m_everyone);
    rendered.anonymised.emplace(item.withActions, roster.roster, options,
                                [scanner](QStringView text) { return scanner->scan(text); });
    if (!rendered.anonymised->canWrite()) {
        rendered.refused = OutcomeKind::Leaked;
        rendered.message = tr("An identity is still in the anonymised text; open the document's anonymised export "
                              "to fix it.");
        return rendered;
    }
    return rendered;
}

NotebookExport::Outcome NotebookExport::finish(int index, const Rendered &rendered, const ExportResult &result)
{
    Outcome outcome;
    outcome.documentId = m_items.at(index).documentId;
    outcome.title = m_items.at(index).title;
    if (rendered.anonymised)
        outcome.findings = rendered.anonymised->findings();
    if (!rendered.plain && !(rendered.anonymised && rendered.anonymised->canWrite())) {
        outcome.kind = rendered.refused;
        outcome.message = rendered.message;
        return outcome;
    }
    if (!result) {
        outcome.kind = OutcomeKind::Failed;
        outcome.message = result.error;
        return outcome;
    }
    outcome.kind = rendered.plain ? OutcomeKind::Written : OutcomeKind::WrittenAnonymised;
    outcome.path = result.path;
    if (rendered.anonymised) {
        // The next document of the meetup names these people the same way.
        RosterLabels &roster = m_rosters[m_items.at(index).meetupId];
        roster.labels = rendered.anonymised->personLabels();
        roster.used = true;
    }
    return outcome;
}

NotebookExport::Outcome NotebookExport::write(int index, const QString &path)
{
    return writeRendered(index, render(index), path);
}

NotebookExport::Outcome NotebookExport::write(int index, QIODevice &device)
{
    const Rendered rendered = render(index);
    ExportResult result = ExportResult::failure(rendered.message);
    QString error;
    if (rendered.plain) {
        result = m_exporter->write(*rendered.plain, device, &error) ? ExportResult::success({})
                                                                    : ExportResult::failure(error);
    } else if (rendered.anonymised && rendered.anonymised->canWrite()) {
        result = rendered.anonymised->write(*m_exporter, device, &error) ? ExportResult::success({})
                                                                         : ExportResult::failure(error);
    }
    return finish(index, rendered, result);
}

NotebookExport::Outcome NotebookExport::writeRendered(int index, const Rendered &rendered, const QString &path)
{
    ExportResult result = ExportResult::failure(rendered.message);
    if (rendered.plain)
        result = m_exporter->exportToFile(*rendered.plain, path);
    else if (rendered.anonymised && rendered.anonymised->canWrite())
        result = rendered.anonymised->write(*m_exporter, path);
    return finish(index, rendered, result);
}

QList<NotebookExport::Outcome> NotebookExport::writeAll(const QString &folder, QSet<QString> *takenNames)
{
    QList<Outcome> outcomes;
    QSet<QString> ownNames;
    QSet<QString> &taken = takenNames ? *takenNames : ownNames;
    const QDir dir(folder);
    for (int index = 0; index < size(); ++index) {
        const Rendered rendered = render(index);
        QString name;
        if (rendered.plain) {
            name = m_exporter->id() == QLatin1String("md")
                       ? ExportFileName::jekyllPost(rendered.plain->metadata.title, rendered.plain->metadata.date)
                       : ExportFileName::forTitle(rendered.plain->metadata.title, m_exporter->fileSuffix());
        } else if (rendered.anonymised && rendered.anonymised->canWrite()) {
            name = rendered.anonymised->suggestedFileName(*m_exporter);
        } else {
            outcomes.append(finish(index, rendered, ExportResult::failure(rendered.message)));
            continue;
        }
        // Two talks may share a title; the second must not replace the first.
        QString unique = ExportFileName::unique(name, taken);
        // `import _posts` then `export --dir _posts`: the posts the notebook came from stay.
        while (m_sourcePaths.contains(QFileInfo(dir.filePath(unique)).absoluteFilePath()))
            unique = ExportFileName::unique(name, taken);
        outcomes.append(writeRendered(index, rendered, dir.filePath(unique)));
    }
    return outcomes;
}

Status NotebookExport::rememberLabels(Notebook &notebook) const
{
    for (const RosterLabels &roster : m_rosters) {
        if (!roster.used)
            continue;
        // Only the notebook's people have ids; people from a CSV are labelled afresh each time.
        const Status stored =
            roster.meetup.storeLabels(notebook.labels(), m_options.anonymiser.labelStyle, roster.labels);
        if (!stored)
            return stored;
    }
    return {};
}

} // namespace debrief
