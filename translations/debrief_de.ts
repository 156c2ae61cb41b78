<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>debrief::ActionConflictBar</name>
    <message>
        <source>Save your change over the other version</source>
        <translation>Ihre Änderung über die andere Fassung speichern</translation>
    </message>
    <message>
        <source>Drop your change and keep the other version</source>
        <translation>Ihre Änderung verwerfen und die andere Fassung behalten</translation>
    </message>
    <message>
        <source>Keep the other version and save yours as a new action beside it</source>
        <translation>Die andere Fassung behalten und Ihre als neue Maßnahme daneben speichern</translation>
    </message>
    <message>
        <source>Someone else changed the action “%1” while you edited it. Your change is kept here but not saved. Which version should stay?</source>
        <translation>Jemand anderes hat die Maßnahme „%1“ geändert, während Sie sie bearbeitet haben. Ihre Änderung ist hier aufbewahrt, aber nicht gespeichert. Welche Fassung soll bleiben?</translation>
    </message>
    <message numerus="yes">
        <source>(%n more after this one)</source>
        <translation>
            <numerusform>(danach noch %n weitere)</numerusform>
            <numerusform>(danach noch %n weitere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::ActionCreateCommand</name>
    <message>
        <source>Add Action “%1”</source>
        <translation>Aufgabe „%1“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>debrief::ActionDigest</name>
    <message>
        <source># Action items as of %1</source>
        <translation># Aufgaben, Stand %1</translation>
    </message>
    <message>
        <source>No open action items.</source>
        <translation>Keine offenen Aufgaben.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n open</source>
        <translation>
            <numerusform>%1 — %n offen</numerusform>
            <numerusform>%1 — %n offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n überfällig</numerusform>
            <numerusform>, %n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source> — no due date</source>
        <translation> — ohne Fälligkeitsdatum</translation>
    </message>
    <message>
        <source> — due %1 (**overdue**)</source>
        <translation> — fällig am %1 (**überfällig**)</translation>
    </message>
    <message>
        <source> — due %1 (today)</source>
        <translation> — fällig am %1 (heute)</translation>
    </message>
    <message>
        <source> — due %1</source>
        <translation> — fällig am %1</translation>
    </message>
</context>
<context>
    <name>debrief::ActionEditCommand</name>
    <message>
        <source>Set Status to %1</source>
        <translation>Status auf %1 setzen</translation>
    </message>
    <message>
        <source>Set Due Date</source>
        <translation>Fälligkeitsdatum setzen</translation>
    </message>
    <message>
        <source>Clear Due Date</source>
        <translation>Fälligkeitsdatum entfernen</translation>
    </message>
    <message>
        <source>Set Priority to %1</source>
        <translation>Priorität auf %1 setzen</translation>
    </message>
    <message>
        <source>Set Owner</source>
        <translation>Verantwortliche Person festlegen</translation>
    </message>
    <message>
        <source>Rename Action</source>
        <translation>Aufgabe umbenennen</translation>
    </message>
    <message>
        <source>Edit Action</source>
        <translation>Aufgabe bearbeiten</translation>
    </message>
</context>
<context>
    <name>debrief::ActionFilter</name>
    <message>
        <source>“%1” could be several people: %2</source>
        <translation>„%1“ kann mehrere Personen meinen: %2</translation>
    </message>
</context>
<context>
    <name>debrief::ActionICalendarExporter</name>
    <message>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>Ticket: %1</source>
        <translation>Ticket: %1</translation>
    </message>
</context>
<context>
    <name>debrief::ActionItemDelegate</name>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
</context>
<context>
    <name>debrief::ActionItemRepository</name>
    <message>
        <source>An action needs a title.</source>
        <translation>Eine Aufgabe braucht einen Titel.</translation>
    </message>
    <message>
        <source>The action</source>
        <translation>Die Aufgabe</translation>
    </message>
    <message>
        <source>The action “%1”</source>
        <translation>Die Aufgabe „%1“</translation>
    </message>
</context>
<context>
    <name>debrief::ActionItemsDock</name>
    <message>
        <source>Action Items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>The change could not be saved: %1
The table shows the stored state again.</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1
Die Tabelle zeigt wieder den gespeicherten Stand.</translation>
    </message>
</context>
<context>
    <name>debrief::ActionItemsModel</name>
    <message>
        <source>Overdue since %1</source>
        <translation>Überfällig seit %1</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
</context>
<context>
    <name>debrief::ActionItemsPanel</name>
    <message>
        <source>This document</source>
        <translation>Dieses Dokument</translation>
    </message>
    <message>
        <source>This meetup</source>
        <translation>Dieses Meetup</translation>
    </message>
    <message>
        <source>All action items</source>
        <translation>Alle Aufgaben</translation>
    </message>
    <message>
        <source>Show action items of</source>
        <translation>Aufgaben anzeigen von</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Diese Woche fällig</translation>
    </message>
    <message>
        <source>Filter action items</source>
        <translation>Aufgaben filtern</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Which owner are you? Type your name as on the roster:</source>
        <translation>Welche verantwortliche Person sind Sie? Geben Sie Ihren Namen wie in der Teilnehmerliste ein:</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <source>The action items could not be read: %1</source>
        <translation>Die Aufgaben konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No action items match the filters.</source>
        <translation>Keine Aufgaben entsprechen den Filtern.</translation>
    </message>
    <message>
        <source>This document has no action items.</source>
        <translation>Dieses Dokument hat keine Aufgaben.</translation>
    </message>
    <message>
        <source>Select a document to see its action items.</source>
        <translation>Wählen Sie ein Dokument, um seine Aufgaben zu sehen.</translation>
    </message>
    <message>
        <source>This meetup has no action items.</source>
        <translation>Dieses Meetup hat keine Aufgaben.</translation>
    </message>
    <message>
        <source>Select a meetup or one of its documents.</source>
        <translation>Wählen Sie ein Meetup oder eines seiner Dokumente.</translation>
    </message>
    <message>
        <source>No action items yet.</source>
        <translation>Noch keine Aufgaben.</translation>
    </message>
    <message numerus="yes">
        <source>%n action edit(s) waiting for the server</source>
        <translation>
            <numerusform>%n Änderung an Maßnahmen wartet auf den Server</numerusform>
            <numerusform>%n Änderungen an Maßnahmen warten auf den Server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::ActionResolver</name>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1 (meine Kopie)</translation>
    </message>
</context>
<context>
    <name>debrief::ActionsController</name>
    <message>
        <source>No notebook is open.</source>
        <translation>Es ist kein Notizbuch geöffnet.</translation>
    </message>
</context>
<context>
    <name>debrief::AnonymisedDiffView</name>
    <message>
        <source>Original text</source>
        <translation>Originaltext</translation>
    </message>
    <message>
        <source>Anonymised text</source>
        <translation>Anonymisierter Text</translation>
    </message>
    <message>
        <source>&amp;Original</source>
        <translation>&amp;Original</translation>
    </message>
    <message>
        <source>A&amp;nonymised</source>
        <translation>A&amp;nonymisiert</translation>
    </message>
</context>
<context>
    <name>debrief::AppActions</name>
    <message>
        <source>&amp;New Document…</source>
        <translation>&amp;Neues Dokument…</translation>
    </message>
    <message>
        <source>Create a postmortem, meetup notes, talk notes or reading notes</source>
        <translation>Ein Postmortem, Meetup-Notizen, Vortragsnotizen oder Lesenotizen anlegen</translation>
    </message>
    <message>
        <source>New &amp;Meetup…</source>
        <translation>Neues &amp;Meetup…</translation>
    </message>
    <message>
        <source>Create a meetup to collect its notes and roster</source>
        <translation>Ein Meetup anlegen, um seine Notizen und Teilnehmerliste zu sammeln</translation>
    </message>
    <message>
        <source>&amp;Open Notebook…</source>
        <translation>Notizbuch ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open another notebook file</source>
        <translation>Eine andere Notizbuchdatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Notebook</source>
        <translation>&amp;Notizbuch</translation>
    </message>
    <message>
        <source>&amp;Action Items</source>
        <translation>&amp;Aufgaben</translation>
    </message>
    <message>
        <source>&amp;Filter Notebook</source>
        <translation>Notizbuch &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;About Debrief</source>
        <translation>&amp;Über Debrief</translation>
    </message>
    <message>
        <source>Open Markdown &amp;File…</source>
        <translation>Markdown-&amp;Datei öffnen…</translation>
    </message>
    <message>
        <source>Edit a Markdown file in place, outside the notebook</source>
        <translation>Eine Markdown-Datei direkt bearbeiten, außerhalb des Notizbuchs</translation>
    </message>
    <message>
        <source>&amp;Team Notebook…</source>
        <translation>&amp;Team-Notizbuch…</translation>
    </message>
    <message>
        <source>Connect to a notebook shared on a PostgreSQL server</source>
        <translation>Mit einem gemeinsamen Notizbuch auf einem PostgreSQL-Server verbinden</translation>
    </message>
    <message>
        <source>&amp;Export Anonymised…</source>
        <translation>Anonymisiert &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export the open document under the Chatham House Rule, every identity anonymised</source>
        <translation>Das geöffnete Dokument nach der Chatham-House-Regel exportieren, jede Identität anonymisiert</translation>
    </message>
    <message>
        <source>Anon&amp;ymised Preview</source>
        <translation>Anon&amp;ymisierte Vorschau</translation>
    </message>
    <message>
        <source>Show the preview as a Chatham House export would read</source>
        <translation>Die Vorschau so zeigen, wie ein Chatham-House-Export lauten würde</translation>
    </message>
    <message>
        <source>Show &amp;Preview</source>
        <translation>&amp;Vorschau anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quick Capture Action…</source>
        <translation>&amp;Aufgabe schnell erfassen…</translation>
    </message>
    <message>
        <source>Action &amp;Tracker…</source>
        <translation>Aufgaben-&amp;Tracker…</translation>
    </message>
    <message>
        <source>Start &amp;Live Notes</source>
        <translation>&amp;Live-Notizen starten</translation>
    </message>
    <message>
        <source>&amp;Publish to Team Notebook…</source>
        <translation>Im &amp;Team-Notizbuch veröffentlichen…</translation>
    </message>
    <message>
        <source>Copy this notebook into an empty database on a PostgreSQL server, for the team</source>
        <translation>Dieses Notizbuch in eine leere Datenbank auf einem PostgreSQL-Server kopieren, für das Team</translation>
    </message>
    <message>
        <source>Save Offline &amp;Copy…</source>
        <translation>Offline-&amp;Kopie speichern…</translation>
    </message>
    <message>
        <source>Copy this notebook into a new notebook file on this computer</source>
        <translation>Dieses Notizbuch in eine neue Notizbuchdatei auf diesem Computer kopieren</translation>
    </message>
    <message>
        <source>&amp;Import Markdown Files…</source>
        <translation>Markdown-Dateien &amp;importieren…</translation>
    </message>
    <message>
        <source>Bring Markdown files and Jekyll posts into the notebook, with their task lines as actions</source>
        <translation>Markdown-Dateien und Jekyll-Posts ins Notizbuch holen, ihre Aufgabenzeilen als Aufgaben</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>Bring every Markdown file of a folder (a Jekyll site&apos;s _posts, say) into the notebook</source>
        <translation>Jede Markdown-Datei eines Ordners (etwa _posts einer Jekyll-Site) ins Notizbuch holen</translation>
    </message>
    <message>
        <source>Export &amp;As…</source>
        <translation>Exportieren &amp;als…</translation>
    </message>
    <message>
        <source>Export the open document as written, to Markdown, HTML, PDF or ODT</source>
        <translation>Das geöffnete Dokument wie geschrieben als Markdown, HTML, PDF oder ODT exportieren</translation>
    </message>
    <message>
        <source>Export &amp;Meetup…</source>
        <translation>&amp;Meetup exportieren…</translation>
    </message>
    <message>
        <source>Export every document of the selected meetup into one folder, each by its rule</source>
        <translation>Jedes Dokument des gewählten Meetups in einen Ordner exportieren, jedes nach seiner Regel</translation>
    </message>
</context>
<context>
    <name>debrief::CaptureWorkspace</name>
    <message>
        <source>Meetup</source>
        <translation>Meetup</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Select a meetup to take live notes.</source>
        <translation>Wählen Sie ein Meetup, um Live-Notizen zu machen.</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <source>Live Notes</source>
        <translation>Live-Notizen</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Dokument: %1</translation>
    </message>
    <message>
        <source>Action Items</source>
        <translation>Aufgaben</translation>
    </message>
</context>
<context>
    <name>debrief::ChathamExport</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>A roster identity is still in the anonymised text, so nothing was written (%1).</source>
        <translation>Im anonymisierten Text steht noch eine Identität aus der Teilnehmerliste, daher wurde nichts geschrieben (%1).</translation>
    </message>
    <message>
        <source>The file name %1 contains a roster identity; choose another name.</source>
        <translation>Der Dateiname %1 enthält eine Identität aus der Teilnehmerliste; wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>debrief::ChathamWorkspace</name>
    <message>
        <source>Chatham House Export</source>
        <translation>Chatham-House-Export</translation>
    </message>
    <message>
        <source>Open a document to export it.</source>
        <translation>Öffnen Sie ein Dokument, um es zu exportieren.</translation>
    </message>
    <message>
        <source>The document could not be saved, so it cannot be exported yet.</source>
        <translation>Das Dokument konnte nicht gespeichert werden und kann daher noch nicht exportiert werden.</translation>
    </message>
    <message>
        <source>Export Meetup</source>
        <translation>Meetup exportieren</translation>
    </message>
    <message>
        <source>Select a meetup, or one of its documents, to export it.</source>
        <translation>Wählen Sie ein Meetup oder eines seiner Dokumente aus, um es zu exportieren.</translation>
    </message>
    <message>
        <source>The open document could not be saved, so the meetup cannot be exported yet.</source>
        <translation>Das geöffnete Dokument konnte nicht gespeichert werden, daher kann das Meetup noch nicht exportiert werden.</translation>
    </message>
</context>
<context>
    <name>debrief::ChoiceBar</name>
    <message>
        <source>Keep Mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Andere behalten</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>Beide behalten</translation>
    </message>
</context>
<context>
    <name>debrief::ConflictBar</name>
    <message>
        <source>This document was saved elsewhere (by a team member or in another window) while you were editing it. Your edits are kept here but not saved. Which version should stay?</source>
        <translation>Dieses Dokument wurde an anderer Stelle gespeichert (von einem Teammitglied oder in einem anderen Fenster), während Sie es bearbeitet haben. Ihre Änderungen bleiben hier erhalten, sind aber nicht gespeichert. Welche Fassung soll bleiben?</translation>
    </message>
    <message>
        <source>Save your text over the other version</source>
        <translation>Ihren Text über die andere Fassung speichern</translation>
    </message>
    <message>
        <source>Drop your edits and show the other version (Undo brings yours back)</source>
        <translation>Ihre Änderungen verwerfen und die andere Fassung zeigen (Rückgängig holt Ihre zurück)</translation>
    </message>
    <message>
        <source>Save your text as a new document “… (my copy)” and show the other version here</source>
        <translation>Ihren Text als neues Dokument „… (meine Kopie)“ speichern und hier die andere Fassung zeigen</translation>
    </message>
</context>
<context>
    <name>debrief::Database</name>
    <message>
        <source>There is no notebook at %1.</source>
        <translation>Unter %1 gibt es kein Notizbuch.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the notebook. Check that you may write there.</source>
        <translation>Der Ordner %1 für das Notizbuch kann nicht angelegt werden. Prüfen Sie, ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a notebook file.</source>
        <translation>%1 ist ein Ordner, keine Notizbuchdatei.</translation>
    </message>
    <message>
        <source>Cannot read the notebook %1: %2</source>
        <translation>Das Notizbuch %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Debrief notebook: it is not an SQLite database. The file was not changed.</source>
        <translation>%1 ist kein Debrief-Notizbuch, denn es ist keine SQLite-Datenbank. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot open the notebook %1: %2</source>
        <translation>Das Notizbuch %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The notebook %1 was written by a newer version of Debrief (format %2; this version reads up to format %3). Update Debrief to open it. The file was not changed.</source>
        <translation>Das Notizbuch %1 wurde von einer neueren Debrief-Version geschrieben (Format %2; diese Version liest bis Format %3). Aktualisieren Sie Debrief, um es zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is a database, but not a Debrief notebook. The file was not changed.</source>
        <translation>%1 ist eine Datenbank, aber kein Debrief-Notizbuch. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Could not back up the notebook before updating its format, so it was left unchanged: %1</source>
        <translation>Vor der Aktualisierung des Formats konnte keine Sicherungskopie des Notizbuchs angelegt werden, daher blieb es unverändert: %1</translation>
    </message>
    <message>
        <source>Could not update the notebook to format %1 (%2): %3</source>
        <translation>Das Notizbuch konnte nicht auf Format %1 (%2) aktualisiert werden: %3</translation>
    </message>
    <message>
        <source>Could not start saving: %1</source>
        <translation>Das Speichern konnte nicht beginnen: %1</translation>
    </message>
    <message>
        <source>An inner step failed.</source>
        <translation>Ein Zwischenschritt ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The notebook %1 is locked by another program (another Debrief window, a backup or sync tool). Close it and try again; nothing was lost.</source>
        <translation>Das Notizbuch %1 ist von einem anderen Programm gesperrt (einem anderen Debrief-Fenster, einem Sicherungs- oder Synchronisierungswerkzeug). Schließen Sie es und versuchen Sie es erneut; nichts ist verloren gegangen.</translation>
    </message>
    <message>
        <source>The notebook %1 is read-only, so changes cannot be saved. Check the file&apos;s permissions or copy it somewhere writable; nothing was lost.</source>
        <translation>Das Notizbuch %1 ist schreibgeschützt, daher können Änderungen nicht gespeichert werden. Prüfen Sie die Zugriffsrechte der Datei oder kopieren Sie sie an einen beschreibbaren Ort; nichts ist verloren gegangen.</translation>
    </message>
    <message>
        <source>The notebook %1 is damaged (%2). Restore it from a backup; Debrief did not change it.</source>
        <translation>Das Notizbuch %1 ist beschädigt (%2). Stellen Sie es aus einer Sicherung wieder her; Debrief hat es nicht verändert.</translation>
    </message>
    <message>
        <source>The notebook %1 cannot be read: %2</source>
        <translation>Das Notizbuch %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The change breaks a rule of the notebook: %1</source>
        <translation>Die Änderung verletzt eine Regel des Notizbuchs: %1</translation>
    </message>
    <message>
        <source>The notebook %1 reported an error: %2</source>
        <translation>Das Notizbuch %1 meldet einen Fehler: %2</translation>
    </message>
    <message>
        <source>The notebook %1 is damaged. Restore it from a backup; Debrief did not change it.</source>
        <translation>Das Notizbuch %1 ist beschädigt. Stellen Sie es aus einer Sicherung wieder her; Debrief hat es nicht verändert.</translation>
    </message>
    <message>
        <source>Team notebooks need Qt&apos;s PostgreSQL driver (QPSQL), which is not installed. On Debian and Ubuntu, install libqt6sql6-psql.</source>
        <translation>Team-Notizbücher brauchen den PostgreSQL-Treiber von Qt (QPSQL), der nicht installiert ist. Installieren Sie unter Debian und Ubuntu das Paket libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>Lost the connection to the notebook %1 (%2). This change was not saved.</source>
        <translation>Die Verbindung zum Notizbuch %1 ist abgebrochen (%2). Diese Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The server refused the connection: %1</source>
        <translation>Der Server hat die Verbindung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server of %1 asks for a password, and none was given or it was refused (%2).</source>
        <translation>Der Server von %1 verlangt ein Passwort, und keines wurde angegeben oder es wurde abgelehnt (%2).</translation>
    </message>
    <message>
        <source>There is no notebook in %1: the database is empty. Check its name, or publish a notebook there first (File ▸ Publish to Team Notebook, or debrief copy-notebook).</source>
        <translation>In %1 gibt es kein Notizbuch: Die Datenbank ist leer. Prüfen Sie ihren Namen, oder veröffentlichen Sie zuerst ein Notizbuch dort (Datei ▸ Im Team-Notizbuch veröffentlichen, oder debrief copy-notebook).</translation>
    </message>
    <message>
        <source>The notebook %1 has lost its identity row (table notebook_identity).</source>
        <translation>Dem Notizbuch %1 fehlt seine Identitätszeile (Tabelle notebook_identity).</translation>
    </message>
    <message>
        <source>the server does not answer</source>
        <translation>der Server antwortet nicht</translation>
    </message>
</context>
<context>
    <name>debrief::DemoNotebook</name>
    <message>
        <source>The demo notebook could not be created: its text is missing from this build.</source>
        <translation>Das Beispiel-Notizbuch konnte nicht angelegt werden: Seine Texte fehlen in dieser Programmversion.</translation>
    </message>
</context>
<context>
    <name>debrief::DocumentAutosaver</name>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1 (meine Kopie)</translation>
    </message>
</context>
<context>
    <name>debrief::DocumentEditor</name>
    <message>
        <source>Select a document on the left, or create one with File ▸ New Document.</source>
        <translation>Wählen Sie links ein Dokument oder legen Sie mit Datei ▸ Neues Dokument eines an.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>Dokumenttitel</translation>
    </message>
    <message>
        <source>Write Markdown here. Task-list lines such as “- [ ] Fix the retry storm” become action items.</source>
        <translation>Schreiben Sie hier Markdown. Aufgabenzeilen wie „- [ ] Retry-Sturm beheben“ werden zu Aufgaben.</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Dokumenttext</translation>
    </message>
    <message>
        <source>Your version was saved as “%1”.</source>
        <translation>Ihre Fassung wurde als „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>“%1” was updated with changes saved elsewhere.</source>
        <translation>„%1“ wurde mit an anderer Stelle gespeicherten Änderungen aktualisiert.</translation>
    </message>
    <message>
        <source>Not saved: this document was changed elsewhere. Choose which version to keep in the bar above the title.</source>
        <translation>Nicht gespeichert: Dieses Dokument wurde an anderer Stelle geändert. Wählen Sie in der Leiste über dem Titel, welche Fassung bleibt.</translation>
    </message>
</context>
<context>
    <name>debrief::DocumentRepository</name>
    <message>
        <source>A document needs a title.</source>
        <translation>Ein Dokument braucht einen Titel.</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>Das Dokument</translation>
    </message>
    <message>
        <source>The document “%1”</source>
        <translation>Das Dokument „%1“</translation>
    </message>
</context>
<context>
    <name>debrief::DueDateEdit</name>
    <message>
        <source>No due date</source>
        <translation>Kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Pick a day from the calendar; Delete clears the due date</source>
        <translation>Wählen Sie einen Tag im Kalender; Delete entfernt das Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
</context>
<context>
    <name>debrief::DueDateParser</name>
    <message>
        <source>no date was given</source>
        <translation>es wurde kein Datum angegeben</translation>
    </message>
    <message>
        <source>there is no such day in the calendar</source>
        <translation>diesen Tag gibt es im Kalender nicht</translation>
    </message>
    <message>
        <source>the order of day and month is ambiguous; write it as 2026-12-01 (year-month-day)</source>
        <translation>die Reihenfolge von Tag und Monat ist mehrdeutig; schreiben Sie das Datum als 2026-12-01 (Jahr-Monat-Tag)</translation>
    </message>
    <message>
        <source>today&apos;s date is unknown</source>
        <translation>das heutige Datum ist unbekannt</translation>
    </message>
    <message>
        <source>“next %1” is ambiguous; write just “%1” for the coming one, or a date</source>
        <translation>„next %1“ ist mehrdeutig; schreiben Sie nur „%1“ für den kommenden oder ein Datum</translation>
    </message>
    <message>
        <source>that is more than ten years away</source>
        <translation>das liegt mehr als zehn Jahre in der Zukunft</translation>
    </message>
    <message>
        <source>this is not a date I understand (try 2026-12-01, today, tomorrow, fri, next week, in 3 days, eow, eom)</source>
        <translation>dieses Datum ist unverständlich (versuchen Sie 2026-12-01, today, tomorrow, fri, next week, in 3 days, eow, eom)</translation>
    </message>
    <message>
        <source>due dates cannot be in the past</source>
        <translation>Fälligkeitsdaten können nicht in der Vergangenheit liegen</translation>
    </message>
</context>
<context>
    <name>debrief::EditorActions</name>
    <message>
        <source>Editor &amp;Theme</source>
        <translation>Edi&amp;tor-Farbschema</translation>
    </message>
    <message>
        <source>Spelling &amp;Language</source>
        <translation>Sprache der Rechtschreib&amp;prüfung</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find and &amp;Replace…</source>
        <translation>Suchen und &amp;ersetzen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rückwärts s&amp;uchen</translation>
    </message>
    <message>
        <source>&amp;Go to Heading…</source>
        <translation>Zu Überschrift &amp;gehen…</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Fett</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Kursiv</translation>
    </message>
    <message>
        <source>Check &amp;Blameless Wording</source>
        <translation>Schul&amp;dfreie Formulierung prüfen</translation>
    </message>
    <message>
        <source>Underline wording that blames a person, with a blameless suggestion</source>
        <translation>Formulierungen unterstreichen, die einer Person die Schuld geben, mit einem schuldfreien Vorschlag</translation>
    </message>
    <message>
        <source>Follow the System (Light or Dark)</source>
        <translation>Dem System folgen (hell oder dunkel)</translation>
    </message>
    <message>
        <source>No Spell Checking</source>
        <translation>Keine Rechtschreibprüfung</translation>
    </message>
    <message>
        <source>No dictionaries installed (hunspell-en-us)</source>
        <translation>Keine Wörterbücher installiert (hunspell-en-us)</translation>
    </message>
</context>
<context>
    <name>debrief::EditorStatisticsLabel</name>
    <message>
        <source>Word and character count</source>
        <translation>Wort- und Zeichenzahl</translation>
    </message>
    <message>
        <source>%1 words · %2 characters</source>
        <extracomment>Status bar, e.g. &quot;1,204 words · 7,310 characters&quot;</extracomment>
        <translation>%1 Wörter · %2 Zeichen</translation>
    </message>
</context>
<context>
    <name>debrief::ExportActions</name>
    <message>
        <source>owner: %1</source>
        <translation>verantwortlich: %1</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
</context>
<context>
    <name>debrief::ExportAs</name>
    <message>
        <source>Export As</source>
        <translation>Exportieren als</translation>
    </message>
    <message>
        <source>Export As Written</source>
        <translation>Wie geschrieben exportieren</translation>
    </message>
    <message>
        <source>This document is off the record: nothing in it is meant to leave the room.</source>
        <translation>Dieses Dokument ist vertraulich: Nichts davon soll den Raum verlassen.</translation>
    </message>
    <message>
        <source>This document is under the Chatham House Rule: what was said may be used, but not who said it.</source>
        <translation>Für dieses Dokument gilt die Chatham-House-Regel: Das Gesagte darf verwendet werden, aber nicht, wer es gesagt hat.</translation>
    </message>
    <message>
        <source>An export as written keeps every name. The anonymised export replaces them.</source>
        <translation>Ein Export wie geschrieben behält jeden Namen. Der anonymisierte Export ersetzt sie.</translation>
    </message>
    <message>
        <source>An export as written keeps every name. To replace them, put the notes in the notebook with File ▸ Import, or use “debrief anonymise”.</source>
        <translation>Ein Export wie geschrieben behält jeden Namen. Um sie zu ersetzen, holen Sie die Notizen mit Datei ▸ Markdown-Dateien importieren ins Notizbuch oder verwenden „debrief anonymise“.</translation>
    </message>
    <message>
        <source>Export Anonymised…</source>
        <translation>Anonymisiert exportieren…</translation>
    </message>
    <message>
        <source>Debrief cannot export to “.%1” files. Use .md, .html, .pdf or .odt.</source>
        <translation>Debrief kann nicht in „.%1“-Dateien exportieren. Verwenden Sie .md, .html, .pdf oder .odt.</translation>
    </message>
</context>
<context>
    <name>debrief::ExportChoices</name>
    <message>
        <source>Speaker A, Participant 1</source>
        <translation>Vortragende A, Teilnehmende 1</translation>
    </message>
    <message>
        <source>Participant 1, 2, 3</source>
        <translation>Teilnehmende 1, 2, 3</translation>
    </message>
    <message>
        <source>By role: a speaker, an attendee</source>
        <translation>Nach Rolle: eine vortragende Person, eine teilnehmende Person</translation>
    </message>
    <message>
        <source>Remove names</source>
        <translation>Namen entfernen</translation>
    </message>
    <message>
        <source>a company</source>
        <translation>ein Unternehmen</translation>
    </message>
    <message>
        <source>Organisation 1, 2, 3</source>
        <translation>Organisation 1, 2, 3</translation>
    </message>
</context>
<context>
    <name>debrief::ExportDialog</name>
    <message>
        <source>Roster identity</source>
        <translation>Identität aus der Teilnehmerliste</translation>
    </message>
    <message>
        <source>Name-like word</source>
        <translation>Namensähnliches Wort</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>URL with a user name</source>
        <translation>URL mit Benutzername</translation>
    </message>
    <message>
        <source>Add to &amp;Roster…</source>
        <translation>Zur &amp;Teilnehmerliste hinzufügen…</translation>
    </message>
    <message>
        <source>A&amp;llow</source>
        <translation>&amp;Zulassen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Chatham House Export</source>
        <translation>Chatham-House-Export</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Leak scan findings</source>
        <translation>Funde der Leckprüfung</translation>
    </message>
    <message>
        <source>The selected word is a person: put them on the meetup&apos;s roster</source>
        <translation>Das ausgewählte Wort ist eine Person: in die Teilnehmerliste des Meetups aufnehmen</translation>
    </message>
    <message>
        <source>The selected word is not a person: stop reporting it in this export</source>
        <translation>Das ausgewählte Wort ist keine Person: in diesem Export nicht mehr melden</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;People as:</source>
        <translation>&amp;Personen als:</translation>
    </message>
    <message>
        <source>&amp;Affiliations as:</source>
        <translation>Or&amp;ganisationen als:</translation>
    </message>
    <message>
        <source>Leak &amp;scan:</source>
        <translation>&amp;Leckprüfung:</translation>
    </message>
    <message>
        <source>The document could not be read: %1</source>
        <translation>Das Dokument konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The roster could not be read: %1</source>
        <translation>Die Teilnehmerliste konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n roster identity(ies) left in the anonymised text: nothing can be exported until every one is gone (add the missing spelling to the roster).</source>
        <translation>
            <numerusform>%n Identität aus der Teilnehmerliste steht noch im anonymisierten Text: Es kann nichts exportiert werden, bis sie entfernt ist (ergänzen Sie die fehlende Schreibweise in der Teilnehmerliste).</numerusform>
            <numerusform>%n Identitäten aus der Teilnehmerliste stehen noch im anonymisierten Text: Es kann nichts exportiert werden, bis alle entfernt sind (ergänzen Sie die fehlende Schreibweise in der Teilnehmerliste).</numerusform>
        </translation>
    </message>
    <message>
        <source>This document belongs to no meetup, so there is no roster to anonymise against. Review the warnings before exporting.</source>
        <translation>Dieses Dokument gehört zu keinem Meetup, daher gibt es keine Teilnehmerliste zum Anonymisieren. Prüfen Sie die Warnungen vor dem Export.</translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s); %1 to review.</source>
        <translation>
            <numerusform>%n Ersetzung; %1 zu prüfen.</numerusform>
            <numerusform>%n Ersetzungen; %1 zu prüfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be added to the roster: %2</source>
        <translation>%1 konnte nicht in die Teilnehmerliste aufgenommen werden: %2</translation>
    </message>
    <message>
        <source>The person could not be added to the roster: %1</source>
        <translation>Die Person konnte nicht in die Teilnehmerliste aufgenommen werden: %1</translation>
    </message>
    <message>
        <source>Nothing to export.</source>
        <translation>Nichts zu exportieren.</translation>
    </message>
    <message>
        <source>Exported, but the labels could not be kept for the next export: %1</source>
        <translation>Exportiert, aber die Bezeichnungen konnten nicht für den nächsten Export gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
</context>
<context>
    <name>debrief::Exporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>debrief::FileEditorWindow</name>
    <message>
        <source>&amp;Reload from Disk</source>
        <translation>Vom Datenträger &amp;neu laden</translation>
    </message>
    <message>
        <source>&amp;Keep My Version</source>
        <translation>&amp;Meine Fassung behalten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>The file was changed by another program and has been reloaded.</source>
        <translation>Die Datei wurde von einem anderen Programm geändert und neu geladen.</translation>
    </message>
    <message>
        <source>The file was changed by another program while you were editing it.</source>
        <translation>Die Datei wurde von einem anderen Programm geändert, während Sie sie bearbeitet haben.</translation>
    </message>
    <message>
        <source>The file was deleted or moved away. Saving writes it again.</source>
        <translation>Die Datei wurde gelöscht oder verschoben. Beim Speichern wird sie neu geschrieben.</translation>
    </message>
    <message>
        <source>Open File</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>Open Markdown File</source>
        <translation>Markdown-Datei öffnen</translation>
    </message>
    <message>
        <source>Markdown files (*.md *.markdown);;All files (*)</source>
        <translation>Markdown-Dateien (*.md *.markdown);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <source>&amp;Recover Edits</source>
        <translation>Änderungen &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard Them</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Export &amp;As…</source>
        <translation>Exportieren &amp;als…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find and &amp;Replace…</source>
        <translation>Suchen und &amp;Ersetzen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show &amp;Preview</source>
        <translation>&amp;Vorschau anzeigen</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Export As</source>
        <translation>Exportieren als</translation>
    </message>
    <message>
        <source>This file has edits from an earlier session that were never saved (Debrief or the computer stopped before they were). Recover them into the editor?</source>
        <translation>Diese Datei hat Änderungen aus einer früheren Sitzung, die nie gespeichert wurden (Debrief oder der Computer wurde vorher beendet). In den Editor wiederherstellen?</translation>
    </message>
</context>
<context>
    <name>debrief::FileRecovery</name>
    <message>
        <source>Cannot create %1 for the recovery copy.</source>
        <translation>%1 für die Wiederherstellungskopie kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the recovery copy %1: %2</source>
        <translation>Die Wiederherstellungskopie %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>debrief::FindReplaceBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>Nur ganze &amp;Wörter</translation>
    </message>
    <message>
        <source>Re&amp;gular expression</source>
        <translation>&amp;Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace this match and find the next</source>
        <translation>Diesen Treffer ersetzen und den nächsten suchen</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>A&amp;lle ersetzen</translation>
    </message>
    <message>
        <source>Replace every match (one undo step)</source>
        <translation>Alle Treffer ersetzen (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Replacement text</source>
        <translation>Ersetzungstext</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <source>Find the previous match (Shift+F3)</source>
        <translation>Den vorherigen Treffer suchen (Shift+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <source>Find the next match (F3)</source>
        <translation>Den nächsten Treffer suchen (F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Die Suchleiste schließen (Escape)</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>Invalid expression: %1</source>
        <translation>Ungültiger Ausdruck: %1</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Find bar: the match shown, e.g. &quot;3 of 12&quot;</extracomment>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::FrontMatter</name>
    <message>
        <source>The front matter must be keys with values, such as “title: My postmortem”.</source>
        <translation>Der Front Matter muss aus Schlüsseln mit Werten bestehen, etwa „title: Mein Postmortem“.</translation>
    </message>
    <message>
        <source>Only simple keys are supported in front matter.</source>
        <translation>Im Front Matter werden nur einfache Schlüssel unterstützt.</translation>
    </message>
    <message>
        <source>The key “%1” appears more than once.</source>
        <translation>Der Schlüssel „%1“ kommt mehrfach vor.</translation>
    </message>
</context>
<context>
    <name>debrief::FrontMatterForm</name>
    <message>
        <source>Front matter</source>
        <translation>Front Matter</translation>
    </message>
    <message>
        <source>Show or hide the front-matter fields</source>
        <translation>Die Front-Matter-Felder ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Front matter error</source>
        <translation>Fehler im Front Matter</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Payments API retry storm</source>
        <translation>Retry-Sturm der Payments-API</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>on-record, chatham or off-record</source>
        <translation>on-record, chatham oder off-record</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Tags, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>SEV2</source>
        <translation>SEV2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>draft, in review, published</source>
        <translation>draft, in review, published</translation>
    </message>
    <message>
        <source>Incident start</source>
        <translation>Beginn des Vorfalls</translation>
    </message>
    <message>
        <source>2024-05-01T14:07:00Z</source>
        <translation>2024-05-01T14:07:00Z</translation>
    </message>
    <message>
        <source>Incident end</source>
        <translation>Ende des Vorfalls</translation>
    </message>
    <message>
        <source>2024-05-01T15:58:00Z</source>
        <translation>2024-05-01T15:58:00Z</translation>
    </message>
    <message>
        <source>Front matter, line %1: %2</source>
        <translation>Front Matter, Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>debrief::GuiLauncher</name>
    <message>
        <source>Debrief</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <source>Open Another Notebook…</source>
        <translation>Anderes Notizbuch öffnen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Open Notebook</source>
        <translation>Notizbuch öffnen</translation>
    </message>
    <message>
        <source>Debrief notebooks (*.sqlite *.db);;All files (*)</source>
        <translation>Debrief-Notizbücher (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open another notebook, or quit and try again later.</source>
        <translation>Öffnen Sie ein anderes Notizbuch, oder beenden Sie Debrief und versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The password was saved in the system keychain.</source>
        <translation>Das Passwort wurde im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The password was not saved in the keychain: %1</source>
        <translation>Das Passwort wurde nicht im Schlüsselbund gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>debrief::HeadingPicker</name>
    <message>
        <source>Go to Heading</source>
        <translation>Zu Überschrift gehen</translation>
    </message>
    <message>
        <source>Type to filter headings</source>
        <translation>Tippen, um Überschriften zu filtern</translation>
    </message>
    <message>
        <source>Heading filter</source>
        <translation>Überschriftenfilter</translation>
    </message>
    <message>
        <source>Headings</source>
        <translation>Überschriften</translation>
    </message>
    <message>
        <source>This document has no headings.</source>
        <translation>Dieses Dokument hat keine Überschriften.</translation>
    </message>
</context>
<context>
    <name>debrief::HtmlExporter</name>
    <message>
        <source>HTML (single file)</source>
        <translation>HTML (einzelne Datei)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
</context>
<context>
    <name>debrief::Labeller</name>
    <message>
        <source>Speaker %1</source>
        <translation>Vortragende %1</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Teilnehmende %1</translation>
    </message>
    <message>
        <source>[removed]</source>
        <translation>[entfernt]</translation>
    </message>
    <message>
        <source>a participant</source>
        <translation>eine teilnehmende Person</translation>
    </message>
    <message>
        <source>a company</source>
        <translation>ein Unternehmen</translation>
    </message>
    <message>
        <source>Organisation %1</source>
        <translation>Organisation %1</translation>
    </message>
    <message>
        <source>a speaker</source>
        <translation>eine vortragende Person</translation>
    </message>
    <message>
        <source>an attendee</source>
        <translation>eine teilnehmende Person</translation>
    </message>
    <message>
        <source>an organiser</source>
        <translation>eine organisierende Person</translation>
    </message>
    <message>
        <source>a note-taker</source>
        <translation>eine protokollierende Person</translation>
    </message>
</context>
<context>
    <name>debrief::LiveSession</name>
    <message>
        <source>Now speaking: %1</source>
        <translation>Jetzt spricht: %1</translation>
    </message>
    <message>
        <source>Talk: %1</source>
        <translation>Vortrag: %1</translation>
    </message>
    <message>
        <source>Talk: %1 — %2</source>
        <extracomment>Live mode: the current talk and its speakers</extracomment>
        <translation>Vortrag: %1 — %2</translation>
    </message>
</context>
<context>
    <name>debrief::LiveToolBar</name>
    <message>
        <source>Live Notes</source>
        <translation>Live-Notizen</translation>
    </message>
    <message>
        <source>Time since live notes started</source>
        <extracomment>Live mode indicator in the toolbar; the number is the time since live notes started</extracomment>
        <translation>Zeit seit Beginn der Live-Notizen</translation>
    </message>
    <message>
        <source>Now speaking:</source>
        <translation>Jetzt spricht:</translation>
    </message>
    <message>
        <source>Now speaking</source>
        <translation>Jetzt spricht</translation>
    </message>
    <message>
        <source>&amp;Timestamps</source>
        <translation>Zeit&amp;stempel</translation>
    </message>
    <message>
        <source>Start each new paragraph with the time, e.g. [19:42]</source>
        <translation>Jeden neuen Absatz mit der Uhrzeit beginnen, z. B. [19:42]</translation>
    </message>
    <message>
        <source>Capture Action</source>
        <translation>Aufgabe erfassen</translation>
    </message>
    <message>
        <source>Capture an action for the current talk (Ctrl+Shift+A)</source>
        <translation>Eine Aufgabe zum aktuellen Vortrag erfassen (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Stop Live Notes</source>
        <translation>Live-Notizen be&amp;enden</translation>
    </message>
    <message>
        <source>● Live %1</source>
        <translation>● Live %1</translation>
    </message>
    <message>
        <source>Nobody (discussion, break)</source>
        <translation>Niemand (Diskussion, Pause)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>&quot;Now speaking&quot; entry: talk title — speakers</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Previous Talk</source>
        <translation>Vorheriger Vortrag</translation>
    </message>
    <message>
        <source>The talk before this one is on (Ctrl+PgUp)</source>
        <translation>Der Vortrag vor diesem läuft (Strg+Bild auf)</translation>
    </message>
    <message>
        <source>Next Talk</source>
        <translation>Nächster Vortrag</translation>
    </message>
    <message>
        <source>The next talk is on (Ctrl+PgDown)</source>
        <translation>Der nächste Vortrag läuft (Strg+Bild ab)</translation>
    </message>
</context>
<context>
    <name>debrief::MainWindow</name>
    <message>
        <source>Notebook</source>
        <translation>Notizbuch</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The document could not be saved. If you close Debrief now, your latest edits are lost.</source>
        <translation>Das Dokument konnte nicht gespeichert werden. Wenn Sie Debrief jetzt schließen, gehen Ihre letzten Änderungen verloren.</translation>
    </message>
    <message>
        <source>The document could not be created.</source>
        <translation>Das Dokument konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The meetup could not be created.</source>
        <translation>Das Meetup konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Open Notebook</source>
        <translation>Notizbuch öffnen</translation>
    </message>
    <message>
        <source>Debrief notebooks (*.sqlite *.db);;All files (*)</source>
        <translation>Debrief-Notizbücher (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The open document could not be saved, so the notebook stays open. Copy your latest edits somewhere safe, or try again.</source>
        <translation>Das geöffnete Dokument konnte nicht gespeichert werden, daher bleibt das Notizbuch geöffnet. Kopieren Sie Ihre letzten Änderungen an einen sicheren Ort oder versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>About Debrief</source>
        <translation>Über Debrief</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Debrief %1&lt;/h3&gt;&lt;p&gt;Blameless postmortems and Chatham House meetup notes.&lt;/p&gt;&lt;p&gt;Notebook: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Debrief %1&lt;/h3&gt;&lt;p&gt;Schuldfreie Postmortems und Meetup-Notizen nach der Chatham-House-Regel.&lt;/p&gt;&lt;p&gt;Notizbuch: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Copy Notebook</source>
        <translation>Notizbuch kopieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Export As</source>
        <translation>Exportieren als</translation>
    </message>
    <message>
        <source>New Document</source>
        <translation>Neues Dokument</translation>
    </message>
    <message>
        <source>Could not open the notebook %1.</source>
        <translation>Das Notizbuch %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Open a document to export it.</source>
        <translation>Öffnen Sie ein Dokument, um es zu exportieren.</translation>
    </message>
    <message>
        <source>The document could not be saved, so it cannot be exported yet.</source>
        <translation>Das Dokument konnte nicht gespeichert werden und kann daher noch nicht exportiert werden.</translation>
    </message>
    <message>
        <source>The document could not be read.</source>
        <translation>Das Dokument konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Still Working</source>
        <translation>Noch beschäftigt</translation>
    </message>
    <message>
        <source>A copy, import or export is still running. Close Debrief when it has finished.</source>
        <translation>Ein Kopieren, Importieren oder Exportieren läuft noch. Schließen Sie Debrief, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>Unsaved Action Edits</source>
        <translation>Ungespeicherte Änderungen an Maßnahmen</translation>
    </message>
    <message>
        <source>If you close Debrief now, they are lost.</source>
        <translation>Wenn Sie Debrief jetzt schließen, gehen sie verloren.</translation>
    </message>
    <message numerus="yes">
        <source>%n action edit(s) are not saved yet: the server has not answered, or someone else changed the action too.</source>
        <translation>
            <numerusform>%n Änderung an Maßnahmen ist noch nicht gespeichert: Der Server hat nicht geantwortet, oder jemand anderes hat die Maßnahme ebenfalls geändert.</numerusform>
            <numerusform>%n Änderungen an Maßnahmen sind noch nicht gespeichert: Der Server hat nicht geantwortet, oder jemand anderes hat die Maßnahmen ebenfalls geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you open another notebook now, they are lost.</source>
        <translation>Wenn Sie jetzt ein anderes Notizbuch öffnen, gehen sie verloren.</translation>
    </message>
</context>
<context>
    <name>debrief::MarkdownEditor</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Blameless wording: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Schuldfreie Formulierung: %2</translation>
    </message>
    <message>
        <source>Unknown word: right-click for suggestions</source>
        <translation>Unbekanntes Wort: Rechtsklick für Vorschläge</translation>
    </message>
    <message>
        <source>Blameless wording: %1</source>
        <translation>Schuldfreie Formulierung: %1</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>„%1“ zum Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>„%1“ ignorieren</translation>
    </message>
</context>
<context>
    <name>debrief::MarkdownExporter</name>
    <message>
        <source>Markdown (Jekyll)</source>
        <translation>Markdown (Jekyll)</translation>
    </message>
    <message>
        <source>The front matter is not valid YAML (line %1: %2); fix it before exporting.</source>
        <translation>Der Front Matter ist kein gültiges YAML (Zeile %1: %2); korrigieren Sie ihn vor dem Export.</translation>
    </message>
</context>
<context>
    <name>debrief::MarkdownFileReader</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 ist ein Ordner</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MiB; the limit is %3 MiB)</source>
        <translation>%1 ist zu groß (%2 MiB; die Grenze liegt bei %3 MiB)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large (the limit is %2 MiB)</source>
        <translation>%1 ist zu groß (die Grenze liegt bei %2 MiB)</translation>
    </message>
    <message>
        <source>%1:%2: the front matter is not valid YAML: %3</source>
        <translation>%1:%2: der Front Matter ist kein gültiges YAML: %3</translation>
    </message>
    <message>
        <source>%1: the front matter cannot be read</source>
        <translation>%1: der Front Matter kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
</context>
<context>
    <name>debrief::MarkdownImport</name>
    <message>
        <source>Import Markdown Files</source>
        <translation>Markdown-Dateien importieren</translation>
    </message>
    <message>
        <source>Markdown files (*.md *.markdown);;All files (*)</source>
        <translation>Markdown-Dateien (*.md *.markdown);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <source>No Markdown files were found there.</source>
        <translation>Dort wurden keine Markdown-Dateien gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n new document(s)</source>
        <translation>
            <numerusform>%n neues Dokument</numerusform>
            <numerusform>%n neue Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new action item(s)</source>
        <translation>
            <numerusform>%n neue Aufgabe</numerusform>
            <numerusform>%n neue Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Importiert: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported; the others were.</source>
        <translation>
            <numerusform>%n Datei konnte nicht importiert werden; die anderen schon.</numerusform>
            <numerusform>%n Dateien konnten nicht importiert werden; die anderen schon.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s) whose task line(s) are gone from the file, kept in the tracker: %1</source>
        <translation>
            <numerusform>%n offene Maßnahme, deren Aufgabenzeile aus der Datei verschwunden ist, bleibt im Tracker: %1</numerusform>
            <numerusform>%n offene Maßnahmen, deren Aufgabenzeilen aus der Datei verschwunden sind, bleiben im Tracker: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::MarkdownImporter</name>
    <message>
        <source>no Markdown files (*.md, *.markdown) in %1</source>
        <translation>keine Markdown-Dateien (*.md, *.markdown) in %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>document %1 was edited in the notebook since the file was last imported, and the file changed too; the notebook&apos;s text was not overwritten</source>
        <translation>Dokument %1 wurde seit dem letzten Import der Datei im Notizbuch bearbeitet, und auch die Datei hat sich geändert; der Text im Notizbuch wurde nicht überschrieben</translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) not imported, from %1 on: the connection to the notebook was lost. Import again when the server answers; what was imported is not doubled.</source>
        <translation>
            <numerusform>%n weitere Datei nicht importiert, ab %1: Die Verbindung zum Notizbuch ist abgebrochen. Importieren Sie erneut, wenn der Server antwortet; schon Importiertes wird nicht verdoppelt.</numerusform>
            <numerusform>%n weitere Dateien nicht importiert, ab %1: Die Verbindung zum Notizbuch ist abgebrochen. Importieren Sie erneut, wenn der Server antwortet; schon Importiertes wird nicht verdoppelt.</numerusform>
        </translation>
    </message>
    <message>
        <source>document %1 has this file&apos;s name and date but was not imported from it, and its text differs; the notebook&apos;s text was not overwritten</source>
        <translation>Dokument %1 hat Namen und Datum dieser Datei, wurde aber nicht aus ihr importiert, und sein Text weicht ab; der Text im Notizbuch wurde nicht überschrieben</translation>
    </message>
</context>
<context>
    <name>debrief::MarkdownPreview</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
</context>
<context>
    <name>debrief::MarkdownRenderer</name>
    <message>
        <source>[remote image]</source>
        <translation>[externes Bild]</translation>
    </message>
    <message>
        <source>[image: %1]</source>
        <translation>[Bild: %1]</translation>
    </message>
    <message>
        <source>Remote image, not loaded: %1</source>
        <translation>Externes Bild, nicht geladen: %1</translation>
    </message>
</context>
<context>
    <name>debrief::MeetupExportDialog</name>
    <message>
        <source>On the record</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Chatham House Rule</source>
        <translation>Chatham-House-Regel</translation>
    </message>
    <message>
        <source>Off the record</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <source>Anonymise the documents on the record too</source>
        <translation>Auch die öffentlichen Dokumente anonymisieren</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Export Meetup</source>
        <translation>Meetup exportieren</translation>
    </message>
    <message>
        <source>Export Into</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Documents of the meetup</source>
        <translation>Dokumente des Meetups</translation>
    </message>
    <message>
        <source>Every document of “%1” is exported into one folder. Documents under the Chatham House Rule are anonymised and checked, and each person keeps one label in all of them; documents off the record are never exported.</source>
        <translation>Jedes Dokument von „%1“ wird in einen Ordner exportiert. Dokumente unter der Chatham-House-Regel werden anonymisiert und geprüft, und jede Person behält in allen dieselbe Bezeichnung; vertrauliche Dokumente werden nie exportiert.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;People as:</source>
        <translation>&amp;Personen als:</translation>
    </message>
    <message>
        <source>&amp;Affiliations as:</source>
        <translation>Or&amp;ganisationen als:</translation>
    </message>
    <message>
        <source>The labels could not be kept for the next export: %1</source>
        <translation>Die Bezeichnungen konnten nicht für den nächsten Export behalten werden: %1</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonymisiert</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Wie geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) to export.</source>
        <translation>
            <numerusform>%n Dokument zu exportieren.</numerusform>
            <numerusform>%n Dokumente zu exportieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Debrief cannot write into %1. Choose another folder.</source>
        <translation>Debrief kann nicht in %1 schreiben. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportiere…</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Geschrieben: %1</translation>
    </message>
    <message>
        <source>Anonymised: %1</source>
        <translation>Anonymisiert: %1</translation>
    </message>
    <message>
        <source>Not exported: off the record</source>
        <translation>Nicht exportiert: vertraulich</translation>
    </message>
    <message>
        <source>Not written: %1 left in the text. Open it and use Export Anonymised… to fix.</source>
        <translation>Nicht geschrieben: %1 steht noch im Text. Öffnen Sie es und beheben Sie es mit „Anonymisiert exportieren…“.</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Nicht geschrieben: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) written to %1.</source>
        <translation>
            <numerusform>%n Dokument nach %1 geschrieben.</numerusform>
            <numerusform>%n Dokumente nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be written; the list says why.</source>
        <translation>
            <numerusform>%n konnte nicht geschrieben werden; die Liste sagt, warum.</numerusform>
            <numerusform>%n konnten nicht geschrieben werden; die Liste sagt, warum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting… the dialog can be closed when it has finished.</source>
        <translation>Exportiere… der Dialog kann geschlossen werden, wenn der Export fertig ist.</translation>
    </message>
</context>
<context>
    <name>debrief::MeetupRepository</name>
    <message>
        <source>The meetup “%1”</source>
        <translation>Das Meetup „%1“</translation>
    </message>
    <message>
        <source>A meetup needs a title.</source>
        <translation>Ein Meetup braucht einen Titel.</translation>
    </message>
    <message>
        <source>The meetup</source>
        <translation>Das Meetup</translation>
    </message>
</context>
<context>
    <name>debrief::MeetupView</name>
    <message>
        <source>Talk</source>
        <translation>Vortrag</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Vortragende</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Start &amp;Live Notes</source>
        <translation>&amp;Live-Notizen starten</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Teilnehmerliste</translation>
    </message>
    <message>
        <source>Open the meetup&apos;s notes with a timer, a &quot;now speaking&quot; selector and timestamps</source>
        <translation>Die Notizen des Meetups mit Timer, &quot;Jetzt spricht&quot;-Auswahl und Zeitstempeln öffnen</translation>
    </message>
    <message>
        <source>No meetup selected</source>
        <translation>Kein Meetup ausgewählt</translation>
    </message>
    <message>
        <source>Select a meetup in the notebook to see its agenda and roster.</source>
        <translation>Wählen Sie im Notizbuch ein Meetup, um sein Programm und seine Teilnehmerliste zu sehen.</translation>
    </message>
    <message>
        <source>Date not set</source>
        <translation>Kein Datum festgelegt</translation>
    </message>
    <message>
        <source>Venue not set</source>
        <translation>Kein Ort festgelegt</translation>
    </message>
    <message>
        <source>%1
%2
%3</source>
        <extracomment>Meetup view: date, venue and rule, one per line</extracomment>
        <translation>%1
%2
%3</translation>
    </message>
    <message>
        <source>(no talk notes yet)</source>
        <translation>(noch keine Vortragsnotizen)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No talks yet: add talk notes or speakers to the roster.</source>
        <translation>Noch keine Vorträge: Legen Sie Vortragsnotizen an oder nehmen Sie Vortragende in die Teilnehmerliste auf.</translation>
    </message>
    <message>
        <source>Nobody on the roster yet.</source>
        <translation>Noch niemand in der Teilnehmerliste.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export every document of the meetup into one folder, each by its rule</source>
        <translation>Jedes Dokument des Meetups in einen Ordner exportieren, jedes nach seiner Regel</translation>
    </message>
</context>
<context>
    <name>debrief::Model</name>
    <message>
        <source>On the record</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Chatham House Rule</source>
        <translation>Chatham-House-Regel</translation>
    </message>
    <message>
        <source>Off the record</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <source>Postmortem</source>
        <translation>Postmortem</translation>
    </message>
    <message>
        <source>Meetup notes</source>
        <translation>Meetup-Notizen</translation>
    </message>
    <message>
        <source>Talk notes</source>
        <translation>Vortragsnotizen</translation>
    </message>
    <message>
        <source>Reading notes</source>
        <translation>Lesenotizen</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Vortragende</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisierende</translation>
    </message>
    <message>
        <source>Note-taker</source>
        <translation>Protokollführung</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
</context>
<context>
    <name>debrief::NewDocumentDialog</name>
    <message>
        <source>New Document</source>
        <translation>Neues Dokument</translation>
    </message>
    <message>
        <source>e.g. Checkout outage of 14 March</source>
        <translation>z. B. Ausfall des Bezahlvorgangs am 14. März</translation>
    </message>
    <message>
        <source>No meetup</source>
        <translation>Kein Meetup</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Meetup:</source>
        <translation>&amp;Meetup:</translation>
    </message>
    <message>
        <source>Postmortem (Google SRE)</source>
        <translation>Postmortem (Google SRE)</translation>
    </message>
    <message>
        <source>Meetup notes</source>
        <translation>Meetup-Notizen</translation>
    </message>
    <message>
        <source>Talk notes</source>
        <translation>Vortragsnotizen</translation>
    </message>
    <message>
        <source>Reading notes</source>
        <translation>Lesenotizen</translation>
    </message>
    <message>
        <source>%1 (your template)</source>
        <translation>%1 (Ihre Vorlage)</translation>
    </message>
    <message>
        <source>Blank document</source>
        <translation>Leeres Dokument</translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
</context>
<context>
    <name>debrief::NewMeetupDialog</name>
    <message>
        <source>New Meetup</source>
        <translation>Neues Meetup</translation>
    </message>
    <message>
        <source>e.g. Failure Modes #12: Retry storms</source>
        <translation>z. B. Failure Modes #12: Retry-Stürme</translation>
    </message>
    <message>
        <source>Where it takes place</source>
        <translation>Wo es stattfindet</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>&amp;Regel:</translation>
    </message>
</context>
<context>
    <name>debrief::NotebookCopier</name>
    <message>
        <source>The notebook %1 is not empty. Copy into a new, empty notebook so nothing in it is mixed up or overwritten.</source>
        <translation>Das Notizbuch %1 ist nicht leer. Kopieren Sie in ein neues, leeres Notizbuch, damit darin nichts vermischt oder überschrieben wird.</translation>
    </message>
    <message>
        <source>The copy of table %1 has %2 rows instead of %3; nothing was copied.</source>
        <translation>Die Kopie der Tabelle %1 hat %2 Zeilen statt %3; es wurde nichts kopiert.</translation>
    </message>
</context>
<context>
    <name>debrief::NotebookExport</name>
    <message>
        <source>There is no meetup %1 in the notebook.</source>
        <translation>Im Notizbuch gibt es kein Meetup %1.</translation>
    </message>
    <message>
        <source>Meetup %1 has no documents to export.</source>
        <translation>Meetup %1 hat keine Dokumente zum Exportieren.</translation>
    </message>
    <message>
        <source>Debrief cannot export to “%1”.</source>
        <translation>Debrief kann nicht nach „%1“ exportieren.</translation>
    </message>
    <message>
        <source>There is no document %1 in the notebook.</source>
        <translation>Im Notizbuch gibt es kein Dokument %1.</translation>
    </message>
    <message>
        <source>Off the record: never exported.</source>
        <translation>Vertraulich: wird nie exportiert.</translation>
    </message>
    <message>
        <source>Under the Chatham House Rule, but nobody is on the roster to anonymise it with.</source>
        <translation>Unter der Chatham-House-Regel, aber niemand steht auf der Teilnehmerliste, mit der es anonymisiert werden könnte.</translation>
    </message>
    <message>
        <source>An identity is still in the anonymised text; open the document&apos;s anonymised export to fix it.</source>
        <translation>Eine Identität steht noch im anonymisierten Text; öffnen Sie den anonymisierten Export des Dokuments, um das zu beheben.</translation>
    </message>
</context>
<context>
    <name>debrief::NotebookLocation</name>
    <message>
        <source>No notebook was given.</source>
        <translation>Es wurde kein Notizbuch angegeben.</translation>
    </message>
    <message>
        <source>“%1” is not a valid postgresql:// address: %2</source>
        <translation>„%1“ ist keine gültige postgresql://-Adresse: %2</translation>
    </message>
    <message>
        <source>Do not put the password in the notebook address: Debrief keeps it in the system keychain (or reads PGPASSWORD).</source>
        <translation>Schreiben Sie das Passwort nicht in die Adresse des Notizbuchs: Debrief bewahrt es im Schlüsselbund des Systems auf (oder liest PGPASSWORD).</translation>
    </message>
    <message>
        <source>The address “%1” names no server.</source>
        <translation>Die Adresse „%1“ nennt keinen Server.</translation>
    </message>
    <message>
        <source>The address “%1” names no database: add /DATABASE after the server.</source>
        <translation>Die Adresse „%1“ nennt keine Datenbank: Ergänzen Sie /DATENBANK nach dem Server.</translation>
    </message>
    <message>
        <source>Unknown sslmode “%1”; use one of: %2.</source>
        <translation>Unbekannter sslmode „%1“; möglich sind: %2.</translation>
    </message>
</context>
<context>
    <name>debrief::NotebookModel</name>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Documents that belong to no meetup</source>
        <translation>Dokumente, die zu keinem Meetup gehören</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Notebook tree: a meetup&apos;s date, then its title</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1
%2 at %3</source>
        <translation>%1
%2 in %3</translation>
    </message>
    <message>
        <source>%1
%2, last changed %3</source>
        <translation>%1
%2, zuletzt geändert %3</translation>
    </message>
</context>
<context>
    <name>debrief::NotebookTransfer</name>
    <message>
        <source>Publish to Team Notebook</source>
        <translation>Im Team-Notizbuch veröffentlichen</translation>
    </message>
    <message>
        <source>Save Offline Copy</source>
        <translation>Offline-Kopie speichern</translation>
    </message>
    <message>
        <source>Debrief notebooks (*.sqlite)</source>
        <translation>Debrief-Notizbücher (*.sqlite)</translation>
    </message>
    <message>
        <source>Notebook Copied</source>
        <translation>Notizbuch kopiert</translation>
    </message>
    <message>
        <source>Work in the copy from now on?</source>
        <translation>Ab jetzt in der Kopie arbeiten?</translation>
    </message>
    <message>
        <source>Open the Copy</source>
        <translation>Kopie öffnen</translation>
    </message>
    <message>
        <source>Stay Here</source>
        <translation>Hier bleiben</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name for the copy.</source>
        <translation>%1 existiert bereits. Wählen Sie einen neuen Dateinamen für die Kopie.</translation>
    </message>
    <message>
        <source>That is the notebook that is open. Choose another place for the copy.</source>
        <translation>Das ist das geöffnete Notizbuch. Wählen Sie einen anderen Ort für die Kopie.</translation>
    </message>
    <message>
        <source>Copied to %1: %2 documents, %3 meetups and %4 action items, every table&apos;s row count checked.</source>
        <translation>Nach %1 kopiert: %2 Dokumente, %3 Meetups und %4 Aufgaben, die Zeilenzahl jeder Tabelle geprüft.</translation>
    </message>
    <message>
        <source>The open document could not be saved, so the copy would miss your latest edits. Try again once it is saved.</source>
        <translation>Das geöffnete Dokument konnte nicht gespeichert werden, daher fehlten der Kopie Ihre letzten Änderungen. Versuchen Sie es erneut, sobald es gespeichert ist.</translation>
    </message>
    <message>
        <source>Changes saved in this notebook while it was being copied are not in the copy; this notebook stays open.</source>
        <translation>Änderungen, die während des Kopierens in diesem Notizbuch gespeichert wurden, sind nicht in der Kopie; dieses Notizbuch bleibt geöffnet.</translation>
    </message>
</context>
<context>
    <name>debrief::NotebookView</name>
    <message>
        <source>Filter meetups and documents</source>
        <translation>Meetups und Dokumente filtern</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>Notizbuch</translation>
    </message>
</context>
<context>
    <name>debrief::OdtExporter</name>
    <message>
        <source>OpenDocument Text (ODT)</source>
        <translation>OpenDocument-Text (ODT)</translation>
    </message>
    <message>
        <source>Cannot create the OpenDocument file</source>
        <translation>Die OpenDocument-Datei kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot write the OpenDocument file: %1</source>
        <translation>Die OpenDocument-Datei kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>debrief::OutlineDock</name>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Headings of the document appear here.</source>
        <translation>Hier erscheinen die Überschriften des Dokuments.</translation>
    </message>
    <message>
        <source>Document outline</source>
        <translation>Gliederung des Dokuments</translation>
    </message>
    <message>
        <source>(untitled heading)</source>
        <translation>(Überschrift ohne Titel)</translation>
    </message>
</context>
<context>
    <name>debrief::OwnerNames</name>
    <message>
        <source>No owner</source>
        <translation>Niemand verantwortlich</translation>
    </message>
</context>
<context>
    <name>debrief::ParticipantRepository</name>
    <message>
        <source>A participant needs a name.</source>
        <translation>Eine teilnehmende Person braucht einen Namen.</translation>
    </message>
    <message>
        <source>The participant</source>
        <translation>Die teilnehmende Person</translation>
    </message>
    <message>
        <source>The participant “%1”</source>
        <translation>Die teilnehmende Person „%1“</translation>
    </message>
</context>
<context>
    <name>debrief::PasswordDialog</name>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Team Notebook Password</source>
        <translation>Passwort des Team-Notizbuchs</translation>
    </message>
    <message>
        <source>The team notebook %1 needs the password of its user.</source>
        <translation>Das Team-Notizbuch %1 braucht das Passwort seines Benutzers.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>No keychain is available, and Debrief never writes passwords to disk.</source>
        <translation>Kein Schlüsselbund verfügbar, und Debrief schreibt Passwörter nie auf die Festplatte.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
</context>
<context>
    <name>debrief::PdfExporter</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
</context>
<context>
    <name>debrief::QuickCaptureDialog</name>
    <message>
        <source>Quick Capture</source>
        <translation>Schnellerfassung</translation>
    </message>
</context>
<context>
    <name>debrief::QuickCaptureEdit</name>
    <message>
        <source>Quick capture: Add jitter to retries @priya due:fri !high</source>
        <translation>Schnellerfassung: Jitter für Retries einbauen @priya due:fri !high</translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation>Schnellerfassung</translation>
    </message>
    <message>
        <source>What quick capture understood</source>
        <translation>Was die Schnellerfassung erkannt hat</translation>
    </message>
    <message>
        <source>@ %1</source>
        <extracomment>Button next to quick capture in live mode: make the current speaker the owner</extracomment>
        <translation>@ %1</translation>
    </message>
    <message>
        <source>Make %1 the owner</source>
        <translation>%1 als verantwortlich festlegen</translation>
    </message>
    <message>
        <source>Type an action and press Enter.</source>
        <translation>Geben Sie eine Aufgabe ein und drücken Sie Enter.</translation>
    </message>
    <message>
        <source>Type an action and press Enter; the owner may be %1.</source>
        <translation>Geben Sie eine Aufgabe ein und drücken Sie Enter; verantwortlich ist möglicherweise %1.</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Aufgabe: %1</translation>
    </message>
    <message>
        <source>Action: (no title yet)</source>
        <translation>Aufgabe: (noch ohne Titel)</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>Owner: %1 (could be %2)</source>
        <translation>Verantwortlich: %1 (könnte %2 sein)</translation>
    </message>
    <message>
        <source>Owner: %1 (not on the roster)</source>
        <translation>Verantwortlich: %1 (nicht in der Teilnehmerliste)</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Fällig: %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Priorität: %1</translation>
    </message>
    <message>
        <source>Ticket: %1</source>
        <translation>Ticket: %1</translation>
    </message>
    <message>
        <source>An action needs a title.</source>
        <translation>Eine Aufgabe braucht einen Titel.</translation>
    </message>
    <message>
        <source>Quick Capture</source>
        <translation>Schnellerfassung</translation>
    </message>
    <message>
        <source>%1 is not on the roster. Add them?</source>
        <translation>%1 steht nicht in der Teilnehmerliste. Hinzufügen?</translation>
    </message>
</context>
<context>
    <name>debrief::QuickCaptureParser</name>
    <message>
        <source>%1 is not an owner I understand — kept in the title</source>
        <translation>%1 ist keine erkennbare verantwortliche Person – bleibt im Titel</translation>
    </message>
    <message>
        <source>%1: an action has one owner — kept in the title</source>
        <translation>%1: Eine Aufgabe hat genau eine verantwortliche Person – bleibt im Titel</translation>
    </message>
    <message>
        <source>%1: an action has one due date — kept in the title</source>
        <translation>%1: Eine Aufgabe hat genau ein Fälligkeitsdatum – bleibt im Titel</translation>
    </message>
    <message>
        <source>no date follows “due:”</source>
        <translation>nach „due:“ folgt kein Datum</translation>
    </message>
    <message>
        <source>%1 kept in the title: %2</source>
        <translation>%1 bleibt im Titel: %2</translation>
    </message>
    <message>
        <source>%1 is not a priority I understand (!low, !normal, !high, !urgent) — kept in the title</source>
        <translation>%1 ist keine erkennbare Priorität (!low, !normal, !high, !urgent) – bleibt im Titel</translation>
    </message>
    <message>
        <source>%1: an action has one priority — kept in the title</source>
        <translation>%1: Eine Aufgabe hat genau eine Priorität – bleibt im Titel</translation>
    </message>
    <message>
        <source>%1: an action has one ticket — kept in the title</source>
        <translation>%1: Eine Aufgabe hat genau ein Ticket – bleibt im Titel</translation>
    </message>
    <message>
        <source>the action has no title</source>
        <translation>die Aufgabe hat keinen Titel</translation>
    </message>
    <message>
        <source>%1 could be %2 — choose one</source>
        <translation>%1 kann %2 meinen – bitte eine Person wählen</translation>
    </message>
</context>
<context>
    <name>debrief::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>No Recent Files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>debrief::RosterCsvReader</name>
    <message>
        <source>The roster is not valid UTF-8 text.</source>
        <translation>Die Teilnehmerliste ist kein gültiger UTF-8-Text.</translation>
    </message>
    <message>
        <source>The roster is empty: it needs a header row with a name column.</source>
        <translation>Die Teilnehmerliste ist leer: Sie braucht eine Kopfzeile mit einer Namensspalte.</translation>
    </message>
    <message>
        <source>The roster has no name column (expected a header such as &quot;name, aliases, affiliation, handles, emails&quot;).</source>
        <translation>Die Teilnehmerliste hat keine Namensspalte (erwartet wird eine Kopfzeile wie &quot;name, aliases, affiliation, handles, emails&quot;).</translation>
    </message>
    <message>
        <source>A quoted field is not closed.</source>
        <translation>Ein Feld in Anführungszeichen ist nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>The row has %1 fields but the header has %2.</source>
        <translation>Die Zeile hat %1 Felder, die Kopfzeile aber %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot; (expected speaker, attendee, organiser or note-taker).</source>
        <translation>Unbekannte Rolle &quot;%1&quot; (erwartet: speaker, attendee, organiser oder note-taker).</translation>
    </message>
    <message>
        <source>The row has no name.</source>
        <translation>Die Zeile enthält keinen Namen.</translation>
    </message>
    <message>
        <source>Cannot read the roster %1: %2</source>
        <translation>Die Teilnehmerliste %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>debrief::RosterDock</name>
    <message>
        <source>Roster</source>
        <translation>Teilnehmerliste</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>&amp;Add Person…</source>
        <translation>&amp;Person hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>En&amp;tfernen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Rule of this meetup</source>
        <translation>Regel dieses Meetups</translation>
    </message>
    <message>
        <source>Under the Chatham House Rule every export of this meetup is anonymised</source>
        <translation>Nach der Chatham-House-Regel wird jeder Export dieses Meetups anonymisiert</translation>
    </message>
    <message>
        <source>Import people from a CSV roster or a Meetup.com attendee export</source>
        <translation>Personen aus einer CSV-Teilnehmerliste oder einem Teilnehmerexport von Meetup.com importieren</translation>
    </message>
    <message>
        <source>Take the selected people off this meetup&apos;s roster</source>
        <translation>Die ausgewählten Personen von der Teilnehmerliste dieses Meetups nehmen</translation>
    </message>
    <message>
        <source>R&amp;ule:</source>
        <translation>Re&amp;gel:</translation>
    </message>
    <message>
        <source>A person needs a name: without one they cannot be anonymised.</source>
        <translation>Eine Person braucht einen Namen: Ohne Namen kann sie nicht anonymisiert werden.</translation>
    </message>
    <message>
        <source>The rule could not be saved.</source>
        <translation>Die Regel konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Import Roster</source>
        <translation>Teilnehmerliste importieren</translation>
    </message>
    <message>
        <source>Roster files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Teilnehmerlisten (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The roster could not be imported.</source>
        <translation>Die Teilnehmerliste konnte nicht importiert werden.</translation>
    </message>
    <message>
        <source>Nobody on this meetup&apos;s roster yet. Add people or import a CSV file.</source>
        <translation>Noch niemand in der Teilnehmerliste dieses Meetups. Fügen Sie Personen hinzu oder importieren Sie eine CSV-Datei.</translation>
    </message>
    <message>
        <source>Select a meetup to see its roster.</source>
        <translation>Wählen Sie ein Meetup, um seine Teilnehmerliste zu sehen.</translation>
    </message>
</context>
<context>
    <name>debrief::RosterImportReport</name>
    <message>
        <source>Roster Import</source>
        <translation>Import der Teilnehmerliste</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n person(s) added</source>
        <translation>
            <numerusform>%1: %n Person hinzugefügt</numerusform>
            <numerusform>%1: %n Personen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already known and merged</source>
        <translation>
            <numerusform>%n bereits bekannt und zusammengeführt</numerusform>
            <numerusform>%n bereits bekannt und zusammengeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read and were left out; nobody on them will be anonymised until you fix the file or add them by hand.</source>
        <translation>
            <numerusform>%n Zeile konnte nicht gelesen werden und wurde ausgelassen; niemand darin wird anonymisiert, bis Sie die Datei korrigieren oder die Personen von Hand hinzufügen.</numerusform>
            <numerusform>%n Zeilen konnten nicht gelesen werden und wurden ausgelassen; niemand darin wird anonymisiert, bis Sie die Datei korrigieren oder die Personen von Hand hinzufügen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>debrief::RosterModel</name>
    <message>
        <source>The roster could not be read.</source>
        <translation>Die Teilnehmerliste konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliasnamen</translation>
    </message>
    <message>
        <source>Handles</source>
        <translation>Handles</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Profile URLs</source>
        <translation>Profil-URLs</translation>
    </message>
    <message>
        <source>%1 could not be saved.</source>
        <translation>%1 konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The role of %1 could not be saved.</source>
        <translation>Die Rolle von %1 konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>%1 could not be added to the roster.</source>
        <translation>%1 konnte nicht in die Teilnehmerliste aufgenommen werden.</translation>
    </message>
    <message>
        <source>%1 could not be removed from the roster.</source>
        <translation>%1 konnte nicht aus der Teilnehmerliste entfernt werden.</translation>
    </message>
</context>
<context>
    <name>debrief::RosterPersonDialog</name>
    <message>
        <source>Add to Roster</source>
        <translation>Zur Teilnehmerliste hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
</context>
<context>
    <name>debrief::RosterPersonForm</name>
    <message>
        <source>Aliases</source>
        <translation>Aliasnamen</translation>
    </message>
    <message>
        <source>Handles</source>
        <translation>Handles</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Profile URLs</source>
        <translation>Profil-URLs</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Company or organisation</source>
        <translation>Unternehmen oder Organisation</translation>
    </message>
    <message>
        <source>Nicknames and other spellings, one per line</source>
        <translation>Spitznamen und andere Schreibweisen, eine pro Zeile</translation>
    </message>
    <message>
        <source>@handles, one per line</source>
        <translation>@Handles, eines pro Zeile</translation>
    </message>
    <message>
        <source>One address per line</source>
        <translation>Eine Adresse pro Zeile</translation>
    </message>
    <message>
        <source>github.com/…, linkedin.com/in/…, one per line</source>
        <translation>github.com/…, linkedin.com/in/…, eine pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>A&amp;ffiliation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation>&amp;Aliasnamen:</translation>
    </message>
    <message>
        <source>&amp;Handles:</source>
        <translation>&amp;Handles:</translation>
    </message>
    <message>
        <source>&amp;E-mails:</source>
        <translation>&amp;E-Mails:</translation>
    </message>
    <message>
        <source>Profile &amp;URLs:</source>
        <translation>Profil-&amp;URLs:</translation>
    </message>
</context>
<context>
    <name>debrief::SearchPanel</name>
    <message>
        <source>Search the text of every document</source>
        <translation>Den Text aller Dokumente durchsuchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Tag-Filter</translation>
    </message>
    <message>
        <source>Show only documents with this tag</source>
        <translation>Nur Dokumente mit diesem Tag anzeigen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No documents match.</source>
        <translation>Keine passenden Dokumente.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::SearchResultsModel</name>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
</context>
<context>
    <name>debrief::SearchService</name>
    <message>
        <source>The notebook could not be opened for searching.</source>
        <translation>Das Notizbuch konnte nicht zum Suchen geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>debrief::SecretStore</name>
    <message>
        <source>The keychain did not answer.</source>
        <translation>Der Schlüsselbund hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>No password is stored for %1.</source>
        <translation>Für %1 ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Debrief asks for the password each time and never stores it.</source>
        <translation>Kein Schlüsselbund verfügbar (%1). Debrief fragt jedes Mal nach dem Passwort und speichert es nie.</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund meldet einen Fehler: %1</translation>
    </message>
</context>
<context>
    <name>debrief::ServerNotebookOpener</name>
    <message>
        <source>The password saved in the keychain was refused by the server.</source>
        <translation>Der Server hat das im Schlüsselbund gespeicherte Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>The server refused that password. Try again.</source>
        <translation>Der Server hat dieses Passwort abgelehnt. Versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>No password is saved for it in the keychain yet.</source>
        <translation>Im Schlüsselbund ist dafür noch kein Passwort gespeichert.</translation>
    </message>
</context>
<context>
    <name>debrief::StatusIndicators</name>
    <message>
        <source>Save state</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>Offene Aufgaben</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Your text is kept in the editor. Debrief tries again with the next edit, when you switch documents and when you quit.</source>
        <translation>Ihr Text bleibt im Editor erhalten. Debrief versucht es erneut bei der nächsten Änderung, beim Wechsel des Dokuments und beim Beenden.</translation>
    </message>
    <message>
        <source>Could not save the document: %1</source>
        <translation>Das Dokument konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Action items unavailable</source>
        <translation>Aufgaben nicht verfügbar</translation>
    </message>
    <message>
        <source>%1 open · %2 overdue</source>
        <extracomment>Status bar: counts of action items, e.g. &quot;5 open · 2 overdue&quot;</extracomment>
        <translation>%1 offen · %2 überfällig</translation>
    </message>
    <message>
        <source>Action items of the whole notebook</source>
        <translation>Aufgaben des gesamten Notizbuchs</translation>
    </message>
    <message>
        <source>Action edits not saved yet</source>
        <translation>Änderungen an Maßnahmen noch nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n action edit(s) waiting for the server</source>
        <translation>
            <numerusform>%n Änderung an Maßnahmen wartet auf den Server</numerusform>
            <numerusform>%n Änderungen an Maßnahmen warten auf den Server</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept here and written as soon as the server answers again</source>
        <translation>Hier aufbewahrt und geschrieben, sobald der Server wieder antwortet</translation>
    </message>
</context>
<context>
    <name>debrief::StorageError</name>
    <message>
        <source>%1 no longer exists in this notebook.</source>
        <translation>%1 gibt es in diesem Notizbuch nicht mehr.</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere after you opened it. Your version was not saved, so nothing was overwritten; your edits are still here.</source>
        <translation>%1 wurde an anderer Stelle geändert, nachdem Sie es geöffnet hatten. Ihre Fassung wurde nicht gespeichert, es wurde also nichts überschrieben; Ihre Änderungen sind noch da.</translation>
    </message>
</context>
<context>
    <name>debrief::TaskListBridge</name>
    <message>
        <source>Task Line Deleted</source>
        <translation>Aufgabenzeile gelöscht</translation>
    </message>
    <message>
        <source>The line of the action “%1” was deleted from the text.</source>
        <translation>Die Zeile der Aufgabe „%1“ wurde aus dem Text gelöscht.</translation>
    </message>
    <message>
        <source>Drop the action, or keep it in the tracker without a line?</source>
        <translation>Die Aufgabe verwerfen oder ohne Zeile im Tracker behalten?</translation>
    </message>
    <message>
        <source>Drop the Action</source>
        <translation>Aufgabe verwerfen</translation>
    </message>
    <message>
        <source>Keep It</source>
        <translation>Behalten</translation>
    </message>
</context>
<context>
    <name>debrief::TeamNotebookDialog</name>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Remove Connection</source>
        <translation>Verbindung &amp;entfernen</translation>
    </message>
    <message>
        <source>Team Notebook</source>
        <translation>Team-Notizbuch</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <source>debrief</source>
        <translation>debrief</translation>
    </message>
    <message>
        <source>Prefer TLS</source>
        <translation>TLS bevorzugen</translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation>TLS erzwingen</translation>
    </message>
    <message>
        <source>Require TLS and verify the server</source>
        <translation>TLS erzwingen und Server prüfen</translation>
    </message>
    <message>
        <source>No TLS (local networks only)</source>
        <translation>Kein TLS (nur lokale Netzwerke)</translation>
    </message>
    <message>
        <source>empty: PGPASSWORD, ~/.pgpass or no password</source>
        <translation>leer: PGPASSWORD, ~/.pgpass oder kein Passwort</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>T&amp;LS:</source>
        <translation>T&amp;LS:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Connected. The server says: %1</source>
        <translation>Verbunden. Der Server meldet: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>The connection was removed, and its password deleted from the keychain.</source>
        <translation>Die Verbindung wurde entfernt und ihr Passwort aus dem Schlüsselbund gelöscht.</translation>
    </message>
</context>
<context>
    <name>debrief::TemplateLibrary</name>
    <message>
        <source>The template %1 cannot be read: %2</source>
        <translation>Die Vorlage %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>There is no template named “%1”. Available templates: %2.</source>
        <translation>Es gibt keine Vorlage namens „%1“. Verfügbare Vorlagen: %2.</translation>
    </message>
    <message>
        <source>The template “%1” has invalid front matter on line %2: %3</source>
        <translation>Die Vorlage „%1“ hat in Zeile %2 ungültigen Front Matter: %3</translation>
    </message>
</context>
<context>
    <name>debrief::TextDocumentBuilder</name>
    <message>
        <source>This format needs the graphical libraries (fonts); run it from Debrief&apos;s window or from the command line with a display or QT_QPA_PLATFORM=offscreen.</source>
        <translation>Dieses Format braucht die grafischen Bibliotheken (Schriften); starten Sie es aus dem Fenster von Debrief oder auf der Kommandozeile mit einem Display oder QT_QPA_PLATFORM=offscreen.</translation>
    </message>
</context>
<context>
    <name>debrief::TextFileCodec</name>
    <message>
        <source>%1 is a binary file (a NUL byte at byte %2, line %3), not Markdown text</source>
        <translation>%1 ist eine Binärdatei (ein NUL-Byte bei Byte %2, Zeile %3), kein Markdown-Text</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8: invalid byte at offset %2 (line %3, column %4); convert it to UTF-8 first</source>
        <translation>%1 ist kein gültiges UTF-8: ungültiges Byte an Position %2 (Zeile %3, Spalte %4); wandeln Sie die Datei zuerst in UTF-8 um</translation>
    </message>
</context>
<context>
    <name>debrief::Utf8FileReader</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text</source>
        <translation>%1 ist kein gültiger UTF-8-Text</translation>
    </message>
</context>
<context>
    <name>debrief::cli</name>
    <message>
        <source>-o %1 would replace the file it is exported from</source>
        <translation>-o %1 würde die Datei ersetzen, aus der exportiert wird</translation>
    </message>
    <message>
        <source>Usage: debrief actions [--notebook PATH] [--overdue] [--owner NAME] [--csv|--ics|--digest]</source>
        <translation>Aufruf: debrief actions [--notebook PATH] [--overdue] [--owner NAME] [--csv|--ics|--digest]</translation>
    </message>
    <message>
        <source>Lists the notebook&apos;s action items; by default as a table.</source>
        <translation>Listet die Aufgaben des Notizbuchs auf, standardmäßig als Tabelle.</translation>
    </message>
    <message>
        <source>only open actions past their due date</source>
        <translation>nur offene Aufgaben, deren Fälligkeitsdatum überschritten ist</translation>
    </message>
    <message>
        <source>only actions owned by NAME (a name, alias, handle or unique first name)</source>
        <translation>nur Aufgaben, für die NAME verantwortlich ist (ein Name, Alias, Handle oder eindeutiger Vorname)</translation>
    </message>
    <message>
        <source>write CSV (RFC 4180, UTF-8)</source>
        <translation>CSV ausgeben (RFC 4180, UTF-8)</translation>
    </message>
    <message>
        <source>write iCalendar (one VTODO per action)</source>
        <translation>iCalendar ausgeben (ein VTODO je Aufgabe)</translation>
    </message>
    <message>
        <source>write a Markdown digest of open actions per owner</source>
        <translation>eine Markdown-Übersicht der offenen Aufgaben je verantwortlicher Person ausgeben</translation>
    </message>
    <message>
        <source>the notebook to read (it must exist)</source>
        <translation>das zu lesende Notizbuch (es muss existieren)</translation>
    </message>
    <message>
        <source>Run &apos;debrief actions --help&apos; for the options.</source>
        <translation>Die Optionen zeigt &apos;debrief actions --help&apos;.</translation>
    </message>
    <message>
        <source>No action items.</source>
        <translation>Keine Aufgaben.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>%1 listed, %2 open, %3 overdue</source>
        <translation>%1 aufgelistet, %2 offen, %3 überfällig</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>choose one of --csv, --ics and --digest</source>
        <translation>wählen Sie nur eine der Optionen --csv, --ics und --digest</translation>
    </message>
    <message>
        <source>--owner needs a name</source>
        <translation>--owner braucht einen Namen</translation>
    </message>
    <message>
        <source>Replaces every roster identity in IN.md with a label, leaves out off-record sections, checks the result for leaks and only then writes OUT.</source>
        <translation>Ersetzt jede Identität aus der Teilnehmerliste in IN.md durch eine Bezeichnung, lässt vertrauliche Abschnitte weg, prüft das Ergebnis auf Lecks und schreibt erst dann OUT.</translation>
    </message>
    <message>
        <source>the roster: CSV or a Meetup.com attendee export</source>
        <translation>die Teilnehmerliste: CSV oder ein Teilnehmerexport von Meetup.com</translation>
    </message>
    <message>
        <source>letters (Speaker A, Participant 1; the default), numbers, roles (a speaker) or remove</source>
        <translation>letters (Speaker A, Participant 1; Standard), numbers, roles (a speaker) oder remove</translation>
    </message>
    <message>
        <source>generic (a company; the default) or numbered (Organisation 1)</source>
        <translation>generic (ein Unternehmen; Standard) oder numbered (Organisation 1)</translation>
    </message>
    <message>
        <source>the file to write; - for standard output</source>
        <translation>die zu schreibende Datei; - für die Standardausgabe</translation>
    </message>
    <message>
        <source>Exit codes: 0 written, 1 a roster identity would have leaked (nothing written), 2 usage or input error.</source>
        <translation>Exit-Codes: 0 geschrieben, 1 eine Identität aus der Teilnehmerliste wäre durchgesickert (nichts geschrieben), 2 Aufruf- oder Eingabefehler.</translation>
    </message>
    <message>
        <source>--roster is required</source>
        <translation>--roster ist erforderlich</translation>
    </message>
    <message>
        <source>-o OUT is required</source>
        <translation>-o OUT ist erforderlich</translation>
    </message>
    <message>
        <source>expected exactly one input file</source>
        <translation>genau eine Eingabedatei erwartet</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;</source>
        <translation>unbekanntes Format &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown label style &apos;%1&apos;</source>
        <translation>unbekannter Bezeichnungsstil &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown affiliation style &apos;%1&apos;</source>
        <translation>unbekannter Stil für Organisationen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&lt;output&gt;</source>
        <translation>&lt;Ausgabe&gt;</translation>
    </message>
    <message>
        <source>a roster identity is still in the output; nothing was written</source>
        <translation>eine Identität aus der Teilnehmerliste steht noch in der Ausgabe; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>Usage: debrief [--notebook PATH] [COMMAND [ARGUMENTS...]]</source>
        <translation>Aufruf: debrief [--notebook PATH] [COMMAND [ARGUMENTS...]]</translation>
    </message>
    <message>
        <source>Blameless postmortems, action items and Chatham House meetup notes.</source>
        <translation>Schuldfreie Postmortems, Aufgaben und Meetup-Notizen nach der Chatham-House-Regel.</translation>
    </message>
    <message>
        <source>Without a command, Debrief opens its window.</source>
        <translation>Ohne Befehl öffnet Debrief sein Fenster.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>the notebook to use (default: $DEBRIEF_NOTEBOOK, then %1)</source>
        <translation>das zu verwendende Notizbuch (Standard: $DEBRIEF_NOTEBOOK, sonst %1)</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>diese Hilfe anzeigen</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>die Version anzeigen</translation>
    </message>
    <message>
        <source>Run &apos;debrief COMMAND --help&apos; for the options of a command.</source>
        <translation>Die Optionen eines Befehls zeigt &apos;debrief COMMAND --help&apos;.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 findings, 2 usage or input error.</source>
        <translation>Exit-Codes: 0 Erfolg, 1 Funde, 2 Aufruf- oder Eingabefehler.</translation>
    </message>
    <message>
        <source>debrief: unknown command &apos;%1&apos;. Run &apos;debrief --help&apos; for the list of commands.</source>
        <translation>debrief: unbekannter Befehl &apos;%1&apos;. Die Liste der Befehle zeigt &apos;debrief --help&apos;.</translation>
    </message>
    <message>
        <source>Usage: debrief scan --roster ROSTER.csv [--strict] [--allow WORD]... FILE...</source>
        <translation>Aufruf: debrief scan --roster ROSTER.csv [--strict] [--allow WORD]... FILE...</translation>
    </message>
    <message>
        <source>Checks files for roster identities (errors) and for name-like words, e-mail addresses, @handles, phone numbers and profile URLs (warnings).</source>
        <translation>Prüft Dateien auf Identitäten aus der Teilnehmerliste (Fehler) sowie auf namensähnliche Wörter, E-Mail-Adressen, @Handles, Telefonnummern und Profil-URLs (Warnungen).</translation>
    </message>
    <message>
        <source>fail on warnings too</source>
        <translation>auch bei Warnungen fehlschlagen</translation>
    </message>
    <message>
        <source>never report WORD as name-like (repeatable)</source>
        <translation>WORD nie als namensähnlich melden (mehrfach möglich)</translation>
    </message>
    <message>
        <source>Each finding is printed as file:line:column: kind: text; kind is identity (an error) or name, email, handle, phone or url (warnings).</source>
        <translation>Jeder Fund wird als Datei:Zeile:Spalte: Art: Text ausgegeben; Art ist identity (ein Fehler) oder name, email, handle, phone oder url (Warnungen).</translation>
    </message>
    <message>
        <source>Exit codes: 0 no identity found, 1 identities found (or warnings with --strict), 2 usage or input error.</source>
        <translation>Exit-Codes: 0 keine Identität gefunden, 1 Identitäten gefunden (oder Warnungen mit --strict), 2 Aufruf- oder Eingabefehler.</translation>
    </message>
    <message>
        <source>no file to scan</source>
        <translation>keine Datei zum Prüfen</translation>
    </message>
    <message>
        <source>List, filter and export action items</source>
        <translation>Aufgaben auflisten, filtern und exportieren</translation>
    </message>
    <message>
        <source>Anonymise a Markdown file (Chatham House)</source>
        <translation>Eine Markdown-Datei anonymisieren (Chatham House)</translation>
    </message>
    <message>
        <source>Check files for roster identities</source>
        <translation>Dateien auf Identitäten aus der Teilnehmerliste prüfen</translation>
    </message>
    <message>
        <source>Usage: debrief new-incident --title TITLE [--template NAME] [--dir DIR | --notebook PATH] [--date YYYY-MM-DD] [--author NAME]</source>
        <translation>Aufruf: debrief new-incident --title TITLE [--template NAME] [--dir DIR | --notebook PATH] [--date YYYY-MM-DD] [--author NAME]</translation>
    </message>
    <message>
        <source>Creates a postmortem (or any document) from a template.</source>
        <translation>Legt ein Postmortem (oder ein beliebiges Dokument) aus einer Vorlage an.</translation>
    </message>
    <message>
        <source>the document&apos;s title (required)</source>
        <translation>der Titel des Dokuments (erforderlich)</translation>
    </message>
    <message>
        <source>the template to use (default: %1)</source>
        <translation>die zu verwendende Vorlage (Standard: %1)</translation>
    </message>
    <message>
        <source>write DIR/YYYY-MM-DD-slug.md instead of adding to the notebook; prints the file&apos;s path</source>
        <translation>DIR/YYYY-MM-DD-slug.md schreiben, statt das Dokument dem Notizbuch hinzuzufügen; gibt den Pfad der Datei aus</translation>
    </message>
    <message>
        <source>the notebook to add the document to; prints its id and title</source>
        <translation>das Notizbuch, dem das Dokument hinzugefügt wird; gibt seine ID und seinen Titel aus</translation>
    </message>
    <message>
        <source>the document&apos;s date (default: today)</source>
        <translation>das Datum des Dokuments (Standard: heute)</translation>
    </message>
    <message>
        <source>Templates: %1 (your own go in %2).</source>
        <translation>Vorlagen: %1 (eigene Vorlagen gehören nach %2).</translation>
    </message>
    <message>
        <source>An existing file is never overwritten: a -2, -3 ... suffix is added instead.</source>
        <translation>Eine vorhandene Datei wird nie überschrieben; stattdessen wird die Endung -2, -3 … angehängt.</translation>
    </message>
    <message>
        <source>Run &apos;debrief new-incident --help&apos; for the options.</source>
        <translation>Die Optionen zeigt &apos;debrief new-incident --help&apos;.</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>too many files named %1-N.md already</source>
        <translation>es gibt bereits zu viele Dateien namens %1-N.md</translation>
    </message>
    <message>
        <source>--title is required</source>
        <translation>--title ist erforderlich</translation>
    </message>
    <message>
        <source>--dir needs a folder</source>
        <translation>--dir braucht einen Ordner</translation>
    </message>
    <message>
        <source>--date must be a date written YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>--date muss ein Datum im Format YYYY-MM-DD sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Create a postmortem from a template</source>
        <translation>Ein Postmortem aus einer Vorlage anlegen</translation>
    </message>
    <message>
        <source>Usage: debrief anonymise --roster ROSTER.csv [--format md|html|pdf|odt] [--label-style STYLE] [--affiliation-style STYLE] IN.md -o OUT</source>
        <translation>Aufruf: debrief anonymise --roster ROSTER.csv [--format md|html|pdf|odt] [--label-style STYLE] [--affiliation-style STYLE] IN.md -o OUT</translation>
    </message>
    <message>
        <source>the output format: md (default), html, pdf or odt</source>
        <translation>das Ausgabeformat: md (Standard), html, pdf oder odt</translation>
    </message>
    <message>
        <source>%1 cannot be written to standard output</source>
        <translation>%1 kann nicht auf die Standardausgabe geschrieben werden</translation>
    </message>
    <message>
        <source>give the source and the destination notebook</source>
        <translation>geben Sie das Quell- und das Zielnotizbuch an</translation>
    </message>
    <message>
        <source>the source and the destination are the same notebook</source>
        <translation>Quelle und Ziel sind dasselbe Notizbuch</translation>
    </message>
    <message>
        <source>Copied %1 to %2:</source>
        <translation>%1 nach %2 kopiert:</translation>
    </message>
    <message>
        <source>Usage: debrief copy-notebook SOURCE DESTINATION</source>
        <translation>Aufruf: debrief copy-notebook SOURCE DESTINATION</translation>
    </message>
    <message>
        <source>Copies a whole notebook into a new, empty one and checks the row counts.</source>
        <translation>Kopiert ein ganzes Notizbuch in ein neues, leeres und prüft die Zeilenzahlen.</translation>
    </message>
    <message>
        <source>Exports notebook documents or Markdown files. Documents under the Chatham House Rule are anonymised and checked for leaks first; nothing is written while a roster identity is left.</source>
        <translation>Exportiert Dokumente des Notizbuchs oder Markdown-Dateien. Dokumente unter der Chatham-House-Regel werden zuerst anonymisiert und auf Lecks geprüft; solange eine Identität aus der Teilnehmerliste übrig ist, wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>md (Jekyll), html, pdf or odt</source>
        <translation>md (Jekyll), html, pdf oder odt</translation>
    </message>
    <message>
        <source>a notebook document (repeatable)</source>
        <translation>ein Dokument des Notizbuchs (mehrfach möglich)</translation>
    </message>
    <message>
        <source>the file to write (one input only; - for standard output, md and html)</source>
        <translation>die zu schreibende Datei (nur eine Eingabe; - für die Standardausgabe, md und html)</translation>
    </message>
    <message>
        <source>write into DIR, named from the title (YYYY-MM-DD-slug.md for md)</source>
        <translation>in DIR schreiben, benannt nach dem Titel (YYYY-MM-DD-slug.md für md)</translation>
    </message>
    <message>
        <source>anonymise even when the document is on the record</source>
        <translation>auch anonymisieren, wenn das Dokument öffentlich ist</translation>
    </message>
    <message>
        <source>roster CSV for anonymising (added to the meetup&apos;s roster)</source>
        <translation>Teilnehmerliste als CSV zum Anonymisieren (wird in die Teilnehmerliste des Meetups übernommen)</translation>
    </message>
    <message>
        <source>letters (default), numbers, roles or remove</source>
        <translation>letters (Standard), numbers, roles oder remove</translation>
    </message>
    <message>
        <source>a4 (default) or letter, for pdf</source>
        <translation>a4 (Standard) oder letter, für pdf</translation>
    </message>
    <message>
        <source>md: do not add layout, title and date to the front matter</source>
        <translation>md: layout, title und date nicht zum Front Matter hinzufügen</translation>
    </message>
    <message>
        <source>the notebook holding --document</source>
        <translation>das Notizbuch, das --document enthält</translation>
    </message>
    <message>
        <source>Exit codes: 0 written, 1 a roster identity would have leaked (that file not written), 2 usage or input error.</source>
        <translation>Exit-Codes: 0 geschrieben, 1 eine Identität aus der Teilnehmerliste wäre durchgesickert (diese Datei nicht geschrieben), 2 Aufruf- oder Eingabefehler.</translation>
    </message>
    <message>
        <source>%1 is off the record and is never exported</source>
        <translation>%1 ist vertraulich und wird nie exportiert</translation>
    </message>
    <message>
        <source>exported: %1 → %2</source>
        <translation>exportiert: %1 → %2</translation>
    </message>
    <message>
        <source>%1 is under the Chatham House Rule but there is no roster to anonymise it with; give --roster ROSTER.csv</source>
        <translation>%1 steht unter der Chatham-House-Regel, aber es gibt keine Teilnehmerliste zum Anonymisieren; geben Sie --roster ROSTER.csv an</translation>
    </message>
    <message>
        <source>%1: a roster identity is still in the output; nothing was written</source>
        <translation>%1: eine Identität aus der Teilnehmerliste steht noch in der Ausgabe; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>the labels could not be remembered for the next export</source>
        <translation>die Bezeichnungen konnten nicht für den nächsten Export gespeichert werden</translation>
    </message>
    <message>
        <source>exported (anonymised): %1 → %2</source>
        <translation>exportiert (anonymisiert): %1 → %2</translation>
    </message>
    <message>
        <source>--format is required</source>
        <translation>--format ist erforderlich</translation>
    </message>
    <message>
        <source>give either -o OUT or --dir DIR</source>
        <translation>geben Sie entweder -o OUT oder --dir DIR an</translation>
    </message>
    <message>
        <source>-o takes one input; use --dir for several</source>
        <translation>-o nimmt nur eine Eingabe; verwenden Sie --dir für mehrere</translation>
    </message>
    <message>
        <source>unknown page size &apos;%1&apos;</source>
        <translation>unbekannte Seitengröße &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>no document %1 in the notebook</source>
        <translation>kein Dokument %1 im Notizbuch</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>Dokument %1</translation>
    </message>
    <message>
        <source>the notebook to import into (created when missing)</source>
        <translation>das Notizbuch, in das importiert wird (wird angelegt, falls es fehlt)</translation>
    </message>
    <message>
        <source>Exit codes: 0 every file imported, 1 some files could not be imported, 2 usage error.</source>
        <translation>Exit-Codes: 0 alle Dateien importiert, 1 einige Dateien konnten nicht importiert werden, 2 Aufruffehler.</translation>
    </message>
    <message numerus="yes">
        <source>imported: %1 (document %2, %n new action(s))</source>
        <translation>
            <numerusform>importiert: %1 (Dokument %2, %n neue Aufgabe)</numerusform>
            <numerusform>importiert: %1 (Dokument %2, %n neue Aufgaben)</numerusform>
        </translation>
    </message>
    <message>
        <source>updated: %1 (document %2, %3 new and %4 changed actions)</source>
        <translation>aktualisiert: %1 (Dokument %2, %3 neue und %4 geänderte Aufgaben)</translation>
    </message>
    <message>
        <source>unchanged: %1 (document %2)</source>
        <translation>unverändert: %1 (Dokument %2)</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>expected at least one file or folder</source>
        <translation>mindestens eine Datei oder ein Ordner erwartet</translation>
    </message>
    <message>
        <source>notebook: %1</source>
        <translation>Notizbuch: %1</translation>
    </message>
    <message>
        <source>Copy a notebook between SQLite and PostgreSQL</source>
        <translation>Ein Notizbuch zwischen SQLite und PostgreSQL kopieren</translation>
    </message>
    <message>
        <source>Export documents to Markdown, HTML, PDF or ODT</source>
        <translation>Dokumente als Markdown, HTML, PDF oder ODT exportieren</translation>
    </message>
    <message>
        <source>Import Markdown files and Jekyll posts</source>
        <translation>Markdown-Dateien und Jekyll-Posts importieren</translation>
    </message>
    <message>
        <source>Set PGPASSWORD, add the password to ~/.pgpass, or save it in the system keychain from Debrief&apos;s Team Notebook dialog.</source>
        <translation>Setzen Sie PGPASSWORD, tragen Sie das Passwort in ~/.pgpass ein oder speichern Sie es über den Team-Notizbuch-Dialog von Debrief im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Each side is an SQLite file or postgresql://user@host:port/database; the server password comes from PGPASSWORD, ~/.pgpass or the system keychain.</source>
        <translation>Jede Seite ist eine SQLite-Datei oder postgresql://user@host:port/database; das Serverpasswort kommt aus PGPASSWORD, ~/.pgpass oder dem Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Usage: debrief export --format md|html|pdf|odt [OPTIONS] (--document ID... | --meetup ID | IN.md...) (-o OUT | --dir DIR)</source>
        <translation>Aufruf: debrief export --format md|html|pdf|odt [OPTIONS] (--document ID... | --meetup ID | IN.md...) (-o OUT | --dir DIR)</translation>
    </message>
    <message>
        <source>every document of a notebook meetup (with --dir)</source>
        <translation>jedes Dokument eines Meetups im Notizbuch (mit --dir)</translation>
    </message>
    <message>
        <source>expected --document ID, --meetup ID or a Markdown file</source>
        <translation>--document ID, --meetup ID oder eine Markdown-Datei erwartet</translation>
    </message>
    <message>
        <source>no meetup %1 in the notebook</source>
        <translation>kein Meetup %1 im Notizbuch</translation>
    </message>
    <message>
        <source>Usage: debrief import [--notebook PATH] [--drop-missing] [--overwrite] PATH...</source>
        <translation>Aufruf: debrief import [--notebook PATH] [--drop-missing] [--overwrite] PATH...</translation>
    </message>
    <message>
        <source>Imports Markdown files, and the *.md files in folders (Jekyll&apos;s _posts included), into the notebook; task lines become action items.</source>
        <translation>Importiert Markdown-Dateien und die *.md-Dateien in Ordnern (auch Jekylls _posts) ins Notizbuch; Aufgabenzeilen werden zu Maßnahmen.</translation>
    </message>
    <message>
        <source>Importing a file again updates the document imported from it (found by the file&apos;s path, or by its content after a move) and never adds a second one. A file that did not change since is reported unchanged and nothing is written. From a changed file, an unticked task line never reopens an action that is done or dropped, and a relative due date (due:fri) keeps the date it was given when first imported. Open actions whose lines are gone from the file are listed and kept open unless --drop-missing is given.</source>
        <translation>Ein erneuter Import einer Datei aktualisiert das aus ihr importierte Dokument (gefunden über den Pfad der Datei oder nach einem Verschieben über ihren Inhalt) und legt nie ein zweites an. Eine seitdem unveränderte Datei wird als unverändert gemeldet, und nichts wird geschrieben. Aus einer geänderten Datei öffnet eine nicht abgehakte Aufgabenzeile nie eine erledigte oder verworfene Maßnahme wieder, und ein relatives Fälligkeitsdatum (due:fri) behält das Datum, das es beim ersten Import erhielt. Offene Maßnahmen, deren Zeilen aus der Datei verschwunden sind, werden aufgelistet und bleiben offen, außer mit --drop-missing.</translation>
    </message>
    <message>
        <source>drop the open actions whose task lines are gone from their file</source>
        <translation>die offenen Maßnahmen verwerfen, deren Aufgabenzeilen aus ihrer Datei verschwunden sind</translation>
    </message>
    <message>
        <source>replace a document&apos;s text with its changed file even when the text was edited in the notebook since the last import (without it, such a file is skipped)</source>
        <translation>den Text eines Dokuments durch seine geänderte Datei ersetzen, auch wenn der Text seit dem letzten Import im Notizbuch bearbeitet wurde (ohne diese Option wird eine solche Datei übersprungen)</translation>
    </message>
    <message>
        <source>run with --overwrite to replace the notebook&apos;s text with the file</source>
        <translation>mit --overwrite ausführen, um den Text im Notizbuch durch die Datei zu ersetzen</translation>
    </message>
    <message>
        <source>moved from %1</source>
        <translation>verschoben von %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message numerus="yes">
        <source>dropped %n action(s) whose line(s) are gone: %1</source>
        <translation>
            <numerusform>%n Maßnahme verworfen, deren Zeile verschwunden ist: %1</numerusform>
            <numerusform>%n Maßnahmen verworfen, deren Zeilen verschwunden sind: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) whose line(s) are gone: %1; kept open — run with --drop-missing to drop them</source>
        <translation>
            <numerusform>%n Maßnahme, deren Zeile verschwunden ist: %1; bleibt offen — mit --drop-missing ausführen, um sie zu verwerfen</numerusform>
            <numerusform>%n Maßnahmen, deren Zeilen verschwunden sind: %1; bleiben offen — mit --drop-missing ausführen, um sie zu verwerfen</numerusform>
        </translation>
    </message>
    <message>
        <source>fills the template&apos;s author (default: your name as set in Debrief)</source>
        <translation>trägt den Autor bzw. die Autorin in die Vorlage ein (Vorgabe: Ihr in Debrief eingestellter Name)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Blameless postmortems and Chatham House meetup notes.</source>
        <translation>Schuldfreie Postmortems und Meetup-Notizen nach der Chatham-House-Regel.</translation>
    </message>
    <message>
        <source>Open the notebook at PATH.</source>
        <translation>Das Notizbuch unter PATH öffnen.</translation>
    </message>
    <message>
        <source>Markdown files to edit in place.</source>
        <translation>Markdown-Dateien, die direkt bearbeitet werden.</translation>
    </message>
</context>
</TS>
