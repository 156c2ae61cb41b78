#pragma once

#include "export/exporter.h"
#include "model/enums.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QWidget;

namespace debrief {

/// File ▸ Export As…: the open text as written (not anonymised) to Markdown for Jekyll,
/// self-contained HTML, PDF or ODT, under a file name made from the title. Under the Chatham
/// House or off-the-record rule it first says so and offers the anonymised export instead.
/// The file is written on a worker thread, atomically.
class ExportAs : public QObject
{
    Q_OBJECT
public:
    enum class RuleAnswer
    {
        Anonymise,
        AsWritten,
        Cancel
    };
    /// Where to write: a path whose suffix names the format; empty when cancelled.
    using PathChooser = std::function<QString(const QString &proposedPath)>;
    /// @p canAnonymise: whether the anonymised export is on offer here (a notebook document).
    using RuleQuestion = std::function<RuleAnswer(Rule rule, bool canAnonymise)>;

    explicit ExportAs(QWidget *window);
    ~ExportAs() override;

    // Test seams (defaults: a save-file dialog, a message box).
    void setPathChooser(PathChooser chooser) { m_choosePath = std::move(chooser); }
    void setRuleQuestion(RuleQuestion question) { m_askRule = std::move(question); }

    /// Asks where (and, under a restrictive rule, whether) and exports @p input there.
    /// @p folder is where the dialog starts.
    void run(const ExportInput &input, Rule rule, const QString &folder, bool canAnonymise);
    [[nodiscard]] bool isBusy() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    /// The user chose the anonymised export instead.
    void anonymisedExportWanted();
    void finished(bool written, const QString &pathOrError);

private:
    QPointer<QWidget> m_window;
    PathChooser m_choosePath;
    RuleQuestion m_askRule;
    QFutureWatcher<ExportResult> m_watcher;
};

} // namespace debrief
