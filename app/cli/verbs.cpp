// The list of command-line verbs. Each verb lives in its own file (app/cli/<verb>verb.cpp)
// and is declared here; keep one line per verb so parallel additions do not collide.
#include "cli/cli.h"

namespace debrief::cli {

// Verb implementations: int run<Name>Verb(Context &context);
int runActionsVerb(Context &context);
int runAnonymiseVerb(Context &context);
int runCopyNotebookVerb(Context &context);
int runExportVerb(Context &context);
int runImportVerb(Context &context);
int runNewIncidentVerb(Context &context);
int runScanVerb(Context &context);

const QList<Verb> &verbs()
{
    // {"name", QT_TRANSLATE_NOOP("debrief::cli", "One-line summary"), runNameVerb},
    static const QList<Verb> all = {
        {"actions", QT_TRANSLATE_NOOP("debrief::cli", "List, filter and export action items"), runActionsVerb},
        {"anonymise", QT_TRANSLATE_NOOP("debrief::cli", "Anonymise a Markdown file (Chatham House)"), runAnonymiseVerb},
        {"copy-notebook", QT_TRANSLATE_NOOP("debrief::cli", "Copy a notebook between SQLite and PostgreSQL"),
         runCopyNotebookVerb},
        {"export", QT_TRANSLATE_NOOP("debrief::cli", "Export documents to Markdown, HTML, PDF or ODT"), runExportVerb},
        {"import", QT_TRANSLATE_NOOP("debrief::cli", "Import Markdown files and Jekyll posts"), runImportVerb},
        {"new-incident", QT_TRANSLATE_NOOP("debrief::cli", "Create a postmortem from a template"), runNewIncidentVerb},
        {"scan", QT_TRANSLATE_NOOP("debrief::cli", "Check files for roster identities"), runScanVerb},
    };
    return all;
}

} // namespace debrief::cli
