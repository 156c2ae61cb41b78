<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>The action items could not be read: %1</source>
        <translation>Die Aufgaben konnten nicht gelesen werden: %1</translation>
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
</context>
<context>
    <name>debrief::DemoNotebook</name>
    <message>
        <source>The demo notebook could not be created: its text is missing from this build.</source>
        <translation>Das Beispiel-Notizbuch konnte nicht angelegt werden: Seine Texte fehlen in dieser Programmversion.</translation>
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
        <source>The notebook %1 could not be opened.</source>
        <translation>Das Notizbuch %1 konnte nicht geöffnet werden.</translation>
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
        <source>Usage: debrief anonymise --roster ROSTER.csv [--format md] [--label-style STYLE] [--affiliation-style STYLE] IN.md -o OUT</source>
        <translation>Aufruf: debrief anonymise --roster ROSTER.csv [--format md] [--label-style STYLE] [--affiliation-style STYLE] IN.md -o OUT</translation>
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
        <source>the output format (only md for now)</source>
        <translation>das Ausgabeformat (vorerst nur md)</translation>
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
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
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
        <source>--format %1 is not available yet; use --format md</source>
        <translation>--format %1 ist noch nicht verfügbar; verwenden Sie --format md</translation>
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
        <source>fills the template&apos;s author</source>
        <translation>trägt den Autor bzw. die Autorin in die Vorlage ein</translation>
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
</context>
</TS>
