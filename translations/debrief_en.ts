<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>debrief::ActionConflictBar</name>
    <message numerus="yes">
        <source>(%n more after this one)</source>
        <translation>
            <numerusform>(%n more after this one)</numerusform>
            <numerusform>(%n more after this one)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::ActionDigest</name>
    <message numerus="yes">
        <source>%1 — %n open</source>
        <translation>
            <numerusform>%1 — %n open</numerusform>
            <numerusform>%1 — %n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n overdue</numerusform>
            <numerusform>, %n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::ActionItemsPanel</name>
    <message numerus="yes">
        <source>%n action edit(s) waiting for the server</source>
        <translation>
            <numerusform>%n action edit waiting for the server</numerusform>
            <numerusform>%n action edits waiting for the server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::ExportDialog</name>
    <message numerus="yes">
        <source>%n roster identity(ies) left in the anonymised text: nothing can be exported until every one is gone (add the missing spelling to the roster).</source>
        <translation>
            <numerusform>%n roster identity left in the anonymised text: nothing can be exported until every one is gone (add the missing spelling to the roster).</numerusform>
            <numerusform>%n roster identities left in the anonymised text: nothing can be exported until every one is gone (add the missing spelling to the roster).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s); %1 to review.</source>
        <translation>
            <numerusform>%n replacement; %1 to review.</numerusform>
            <numerusform>%n replacements; %1 to review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::FindReplaceBar</name>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::MainWindow</name>
    <message numerus="yes">
        <source>%n action edit(s) are not saved yet: the server has not answered, or someone else changed the action too.</source>
        <translation>
            <numerusform>%n action edit is not saved yet: the server has not answered, or someone else changed the action too.</numerusform>
            <numerusform>%n action edits are not saved yet: the server has not answered, or someone else changed the action too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::MarkdownImport</name>
    <message numerus="yes">
        <source>%n new document(s)</source>
        <translation>
            <numerusform>%n new document</numerusform>
            <numerusform>%n new documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new action item(s)</source>
        <translation>
            <numerusform>%n new action item</numerusform>
            <numerusform>%n new action items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported; the others were.</source>
        <translation>
            <numerusform>%n file could not be imported; the others were.</numerusform>
            <numerusform>%n files could not be imported; the others were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s) whose task line(s) are gone from the file, kept in the tracker: %1</source>
        <translation>
            <numerusform>%n open action whose task line is gone from the file, kept in the tracker: %1</numerusform>
            <numerusform>%n open actions whose task lines are gone from the file, kept in the tracker: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::MarkdownImporter</name>
    <message numerus="yes">
        <source>%n more file(s) not imported, from %1 on: the connection to the notebook was lost. Import again when the server answers; what was imported is not doubled.</source>
        <translation>
            <numerusform>%n more file not imported, from %1 on: the connection to the notebook was lost. Import again when the server answers; what was imported is not doubled.</numerusform>
            <numerusform>%n more files not imported, from %1 on: the connection to the notebook was lost. Import again when the server answers; what was imported is not doubled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::MeetupExportDialog</name>
    <message numerus="yes">
        <source>%n document(s) to export.</source>
        <translation>
            <numerusform>%n document to export.</numerusform>
            <numerusform>%n documents to export.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) written to %1.</source>
        <translation>
            <numerusform>%n document written to %1.</numerusform>
            <numerusform>%n documents written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be written; the list says why.</source>
        <translation>
            <numerusform>%n could not be written; the list says why.</numerusform>
            <numerusform>%n could not be written; the list says why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::RosterImportReport</name>
    <message numerus="yes">
        <source>%1: %n person(s) added</source>
        <translation>
            <numerusform>%1: %n person added</numerusform>
            <numerusform>%1: %n people added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already known and merged</source>
        <translation>
            <numerusform>%n already known and merged</numerusform>
            <numerusform>%n already known and merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read and were left out; nobody on them will be anonymised until you fix the file or add them by hand.</source>
        <translation>
            <numerusform>%n row could not be read and were left out; nobody on them will be anonymised until you fix the file or add them by hand.</numerusform>
            <numerusform>%n rows could not be read and were left out; nobody on them will be anonymised until you fix the file or add them by hand.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::SearchPanel</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::StatusIndicators</name>
    <message numerus="yes">
        <source>%n action edit(s) waiting for the server</source>
        <translation>
            <numerusform>%n action edit waiting for the server</numerusform>
            <numerusform>%n action edits waiting for the server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::cli</name>
    <message numerus="yes">
        <source>imported: %1 (document %2, %n new action(s))</source>
        <translation>
            <numerusform>imported: %1 (document %2, %n new action)</numerusform>
            <numerusform>imported: %1 (document %2, %n new actions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>dropped %n action(s) whose line(s) are gone: %1</source>
        <translation>
            <numerusform>dropped %n action whose line is gone: %1</numerusform>
            <numerusform>dropped %n actions whose lines are gone: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) whose line(s) are gone: %1; kept open — run with --drop-missing to drop them</source>
        <translation>
            <numerusform>%n action whose line is gone: %1; kept open — run with --drop-missing to drop it</numerusform>
            <numerusform>%n actions whose lines are gone: %1; kept open — run with --drop-missing to drop them</numerusform>
        </translation>
    </message>
</context>
</TS>
