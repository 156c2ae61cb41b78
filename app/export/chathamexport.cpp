#include "export/chathamexport.h"

#include "export/exportfilename.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace debrief {

ChathamExport::ChathamExport(const QString &text, const Roster &roster, const Options &options)
    : ChathamExport(text, roster, options, Scanner())
{}

ChathamExport::ChathamExport(const QString &text, const Roster &roster, const Options &options, Scanner scanner)
    : m_roster(roster)
    , m_options(options)
    , m_scanner(std::move(scanner))
    , m_original(text)
{
    if (!m_scanner) {
        // The scanner is built here and captured by value, so the roster it refers to is ours.
        auto leakScanner = std::make_shared<LeakScanner>(m_roster);
        leakScanner->setAllowedWords(m_options.allowedWords);
        m_scanner = [leakScanner](QStringView scanned) { return leakScanner->scan(scanned); };
    }
    Anonymiser anonymiser(m_roster, m_options.anonymiser);
    m_anonymised = anonymiser.anonymise(m_original);
    m_personLabels = anonymiser.labeller().personLabels();
    m_findings = m_scanner(m_anonymised.text);
}

QList<LeakFinding> ChathamExport::errors() const
{
    QList<LeakFinding> result;
    for (const LeakFinding &finding : m_findings) {
        if (finding.isError())
            result.append(finding);
    }
    return result;
}

ExportInput ChathamExport::input() const
{
    ExportOptions options = m_options.exportOptions;
    options.keepAuthors = false; // an author's name is an identity, wherever it is written
    return ExportInput::fromMarkdown(m_anonymised.text, options);
}

QString ChathamExport::suggestedFileName(const Exporter &exporter) const
{
    const ExportInput in = input();
    if (exporter.id() == QLatin1String("md"))
        return ExportFileName::jekyllPost(in.metadata.title, in.metadata.date);
    return ExportFileName::forTitle(in.metadata.title, exporter.fileSuffix());
}

QString ChathamExport::refusal() const
{
    const QList<LeakFinding> left = errors();
    if (left.isEmpty())
        return {};
    QStringList shown;
    for (const LeakFinding &finding : left)
        shown << tr("line %1: %2").arg(finding.line).arg(finding.text);
    return tr("A roster identity is still in the anonymised text, so nothing was written (%1).")
        .arg(shown.join(QLatin1String("; ")));
}

bool ChathamExport::write(const Exporter &exporter, QIODevice &device, QString *error) const
{
    const QString refused = refusal();
    if (!refused.isEmpty()) {
        if (error)
            *error = refused;
        return false;
    }
    return exporter.write(input(), device, error);
}

ExportResult ChathamExport::write(const Exporter &exporter, const QString &path) const
{
    const QString refused = refusal();
    if (!refused.isEmpty())
        return ExportResult::failure(refused);
    // "priya-sharma.pdf" would name her in every directory listing.
    static const QRegularExpression separators(QStringLiteral("[-_.]+"));
    const QString nameAsWords = QFileInfo(path).completeBaseName().replace(separators, QStringLiteral(" "));
    for (const LeakFinding &finding : m_scanner(nameAsWords)) {
        if (finding.isError())
            return ExportResult::failure(tr("The file name %1 contains a roster identity; choose another name.")
                                             .arg(QFileInfo(path).fileName()));
    }
    return exporter.exportToFile(input(), path);
}

} // namespace debrief
