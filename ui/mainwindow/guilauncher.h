#pragma once

#include <QString>
#include <QStringList>

namespace debrief {

/// What the command line asked of the GUI.
struct GuiOptions
{
    /// The notebook to open (already resolved from --notebook, $DEBRIEF_NOTEBOOK or the default).
    QString notebookPath;
    /// True for the embedded default location: a new one gets the demo notebook.
    bool isDefaultNotebook = false;
    /// Markdown files to edit in place (`debrief FILE.md`).
    QStringList files;
};

/// Opens the notebook and shows the main window; returns the exit code of the event loop.
/// A QApplication must exist.
int runGui(const GuiOptions &options);

} // namespace debrief
