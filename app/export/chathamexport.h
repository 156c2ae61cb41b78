#pragma once

#include "chatham/anonymiser.h"
#include "chatham/leakscanner.h"
#include "chatham/roster.h"
#include "export/exporter.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

namespace debrief {

/// A Chatham House export, the same for the command line and the export dialog:
/// anonymise → leak scan → render → write atomically. Constructing it anonymises and scans;
/// the caller shows text(), replacements() and findings(), and write() refuses while any
/// roster identity is left (in the text or in the file name).
class ChathamExport
{
    Q_DECLARE_TR_FUNCTIONS(debrief::ChathamExport)
public:
    struct Options
    {
        AnonymiserOptions anonymiser;
        /// Words the scanner never reports as name-like (the dialog's "allow").
        QStringList allowedWords;
        ExportOptions exportOptions;
    };
    /// Scans a text for leaks; the default is LeakScanner over the roster.
    using Scanner = std::function<QList<LeakFinding>(QStringView text)>;

    ChathamExport(const QString &text, const Roster &roster, const Options &options = {});
    /// With a scanner of the caller's choice (tests).
    ChathamExport(const QString &text, const Roster &roster, const Options &options, Scanner scanner);

    [[nodiscard]] const QString &originalText() const { return m_original; }
    /// The anonymised Markdown (front matter included), as it will be exported.
    [[nodiscard]] const QString &text() const { return m_anonymised.text; }
    [[nodiscard]] const QList<Replacement> &replacements() const { return m_anonymised.replacements; }
    [[nodiscard]] const QList<TextRange> &removedSections() const { return m_anonymised.removedSections; }
    /// Everything the scan found, in text order: identities (errors) and warnings.
    [[nodiscard]] const QList<LeakFinding> &findings() const { return m_findings; }
    /// The roster identities left: while there is one, nothing is written.
    [[nodiscard]] QList<LeakFinding> errors() const;
    [[nodiscard]] bool canWrite() const { return errors().isEmpty(); }
    /// The labels given to people (roster index → label), to be remembered in the notebook so
    /// the next export of the meetup names them the same. Never written into an export.
    [[nodiscard]] const QHash<int, QString> &personLabels() const { return m_personLabels; }

    /// What the exporters get: the anonymised text and metadata taken from it.
    [[nodiscard]] ExportInput input() const;
    /// A file name from the anonymised title: `YYYY-MM-DD-slug.md` for Markdown, `slug.SUFFIX` otherwise.
    [[nodiscard]] QString suggestedFileName(const Exporter &exporter) const;

    /// Renders with @p exporter and writes @p path atomically; refuses (and writes nothing)
    /// while an identity is left or the file name contains one.
    [[nodiscard]] ExportResult write(const Exporter &exporter, const QString &path) const;
    /// The same into an open device (standard output); false with @p error when refused.
    [[nodiscard]] bool write(const Exporter &exporter, QIODevice &device, QString *error) const;

private:
    [[nodiscard]] QString refusal() const;

    Roster m_roster;
    Options m_options;
    Scanner m_scanner;
    QString m_original;
    AnonymisedText m_anonymised;
    QList<LeakFinding> m_findings;
    QHash<int, QString> m_personLabels;
};

} // namespace debrief
