<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Application</name>
    <message>
        <source>Run “ripen --help” for the options.</source>
        <translation>Die Optionen zeigt „ripen --help“.</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to “%1”: %2</source>
        <translation>Das Bildschirmfoto kann nicht nach „%1“ geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the window could not be drawn</source>
        <translation>das Fenster konnte nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>Run “ripen generate --help” for its options.</source>
        <translation>Die Optionen zeigt „ripen generate --help“.</translation>
    </message>
    <message>
        <source>Cannot Show the Deal</source>
        <translation>Der Deal kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>There is no deal with the id %1 in “%2”.</source>
        <translation>In „%2“ gibt es keinen Deal mit der Kennung %1.</translation>
    </message>
    <message>
        <source>Run “ripen export-ics --help” for its options.</source>
        <translation>Die Optionen zeigt „ripen export-ics --help“.</translation>
    </message>
    <message>
        <source>Run “ripen report --help” for its options.</source>
        <translation>Die Optionen zeigt „ripen report --help“.</translation>
    </message>
    <message>
        <source>Run “ripen import --help” for its options.</source>
        <translation>Mit „ripen import --help“ sehen Sie seine Optionen.</translation>
    </message>
    <message>
        <source>Run “ripen export --help” for its options.</source>
        <translation>Mit „ripen export --help“ sehen Sie seine Optionen.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Vor einem Upgrade</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Vor einem Import</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>“%1” is not a file, so Ripen keeps no backups of it.</source>
        <translation>„%1“ ist keine Datei, daher legt Ripen keine Sicherungen davon an.</translation>
    </message>
    <message>
        <source>Could not back up “%1”: the folder “%2” cannot be created.</source>
        <translation>„%1“ konnte nicht gesichert werden: Der Ordner „%2“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not back up “%1” into “%2”: %3</source>
        <translation>„%1“ konnte nicht nach „%2“ gesichert werden: %3</translation>
    </message>
    <message>
        <source>the copy could not be written to the disk.</source>
        <translation>die Kopie konnte nicht auf den Datenträger geschrieben werden.</translation>
    </message>
    <message>
        <source>the copy could not be renamed to “%1”.</source>
        <translation>die Kopie konnte nicht in „%1“ umbenannt werden.</translation>
    </message>
    <message>
        <source>The backup cannot be read: %1.</source>
        <translation>Die Sicherung kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>The backup is not a database file: it is damaged or incomplete.</source>
        <translation>Die Sicherung ist keine Datenbankdatei: Sie ist beschädigt oder unvollständig.</translation>
    </message>
    <message>
        <source>The backup cannot be opened: %1.</source>
        <translation>Die Sicherung kann nicht geöffnet werden: %1.</translation>
    </message>
    <message>
        <source>The backup is damaged: %1.</source>
        <translation>Die Sicherung ist beschädigt: %1.</translation>
    </message>
    <message>
        <source>The backup is not a Ripen database.</source>
        <translation>Die Sicherung ist keine Ripen-Datenbank.</translation>
    </message>
    <message>
        <source>The backup was written by a newer version of Ripen (database version %1; this version understands up to %2).</source>
        <translation>Die Sicherung stammt von einer neueren Ripen-Version (Datenbankversion %1; diese Version versteht bis %2).</translation>
    </message>
    <message>
        <source>The backup is damaged: SQLite&apos;s check says “%1”.</source>
        <translation>Die Sicherung ist beschädigt: Die Prüfung von SQLite meldet „%1“.</translation>
    </message>
    <message>
        <source>Could not restore “%1” from the backup “%2”: %3 The database was not changed.</source>
        <translation>„%1“ konnte nicht aus der Sicherung „%2“ wiederhergestellt werden: %3 Die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database is open in another Ripen window.</source>
        <translation>Die Datenbank ist in einem anderen Ripen-Fenster geöffnet.</translation>
    </message>
    <message>
        <source>“%1” still holds changes that are not in the database file: another program may have it open.</source>
        <translation>„%1“ enthält noch Änderungen, die nicht in der Datenbankdatei stehen: Vielleicht hat ein anderes Programm sie geöffnet.</translation>
    </message>
    <message>
        <source>The copy cannot be written beside it: %1.</source>
        <translation>Die Kopie kann nicht daneben geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>Writing the copy failed: %1.</source>
        <translation>Das Schreiben der Kopie ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>“%1” cannot be removed: %2.</source>
        <translation>„%1“ kann nicht entfernt werden: %2.</translation>
    </message>
    <message>
        <source>Replacing the file failed: %1.</source>
        <translation>Das Ersetzen der Datei ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>it was stopped, as the file was closed.</source>
        <translation>sie wurde abgebrochen, weil die Datei geschlossen wurde.</translation>
    </message>
</context>
<context>
    <name>Cadence</name>
    <message>
        <source>One-off</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>Not now: value touches until re-engaging</source>
        <translation>Nicht jetzt: Kontaktpunkte mit Mehrwert bis zum Wiederansprechen</translation>
    </message>
    <message>
        <source>Ghosted: a value touch every two weeks</source>
        <translation>Abgetaucht: alle zwei Wochen ein Kontaktpunkt mit Mehrwert</translation>
    </message>
    <message>
        <source>Long game: a value touch every month</source>
        <translation>Langer Atem: jeden Monat ein Kontaktpunkt mit Mehrwert</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Sprachnachricht</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Handwritten note</source>
        <translation>Handschriftliche Notiz</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Päckchen</translation>
    </message>
    <message>
        <source>Drop-in visit</source>
        <translation>Spontaner Besuch</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Event invite</source>
        <translation>Einladung zu einer Veranstaltung</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The database file to open (created when it does not exist).</source>
        <translation>Die zu öffnende Datenbankdatei (wird angelegt, wenn es sie nicht gibt).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Use this language (e.g. de) instead of the system language.</source>
        <translation>Diese Sprache (z. B. en) statt der Systemsprache verwenden.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Open the demo database, filled with %1 sample deals the first time.</source>
        <translation>Die Demo-Datenbank öffnen; beim ersten Mal wird sie mit %1 Beispiel-Deals gefüllt.</translation>
    </message>
    <message>
        <source>With --demo: throw the demo database away and create it anew.</source>
        <translation>Mit --demo: die Demo-Datenbank verwerfen und neu anlegen.</translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file and quit, without a display.</source>
        <translation>Ein Bild des Fensters in diese PNG-Datei speichern und beenden, ohne Bildschirm.</translation>
    </message>
    <message>
        <source>file.png</source>
        <translation>datei.png</translation>
    </message>
    <message>
        <source>Start in this view: %1.</source>
        <translation>Mit dieser Ansicht starten: %1.</translation>
    </message>
    <message>
        <source>view</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>With --screenshot: the window size in pixels (default: 1280x800).</source>
        <translation>Mit --screenshot: die Fenstergröße in Pixeln (Vorgabe: 1280x800).</translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT</source>
        <translation>BREITExHÖHE</translation>
    </message>
    <message>
        <source>How many deals to generate (default: %1).</source>
        <translation>Wie viele Deals erzeugt werden (Vorgabe: %1).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Seed of the random generator; the same seed gives the same data (default: 1).</source>
        <translation>Startwert des Zufallsgenerators; derselbe Startwert ergibt dieselben Daten (Vorgabe: 1).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Fills a new or empty database with a believable demo pipeline.</source>
        <translation>Füllt eine neue oder leere Datenbank mit einer glaubwürdigen Demo-Pipeline.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>--lang needs a language code such as de or en.</source>
        <translation>--lang braucht ein Sprachkürzel wie de oder en.</translation>
    </message>
    <message>
        <source>--database needs a file name.</source>
        <translation>--database braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>generate needs --database FILE: the new or empty database to fill with demo data.</source>
        <translation>generate braucht --database DATEI: die neue oder leere Datenbank, die mit Demo-Daten gefüllt werden soll.</translation>
    </message>
    <message>
        <source>--deals must be a whole number from 1 to %1, not “%2”.</source>
        <translation>--deals muss eine ganze Zahl von 1 bis %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to %1, not “%2”.</source>
        <translation>--seed muss eine ganze Zahl von 0 bis %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>Use either --database or --demo, not both.</source>
        <translation>Entweder --database oder --demo angeben, nicht beides.</translation>
    </message>
    <message>
        <source>--reset-demo only works together with --demo.</source>
        <translation>--reset-demo wirkt nur zusammen mit --demo.</translation>
    </message>
    <message>
        <source>Unknown view “%1” for --view. Choose one of: %2.</source>
        <translation>Unbekannte Ansicht „%1“ für --view. Möglich sind: %2.</translation>
    </message>
    <message>
        <source>--screenshot writes a PNG image: give a file name ending in .png, not “%1”.</source>
        <translation>--screenshot schreibt ein PNG-Bild: Geben Sie einen Dateinamen mit der Endung .png an, nicht „%1“.</translation>
    </message>
    <message>
        <source>--size only applies to --screenshot.</source>
        <translation>--size gilt nur für --screenshot.</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT in pixels between %1x%2 and %3x%4, e.g. 1280x800; “%5” is not.</source>
        <translation>--size muss BREITExHÖHE in Pixeln zwischen %1x%2 und %3x%4 sein, z. B. 1280x800; „%5“ ist das nicht.</translation>
    </message>
    <message>
        <source>Unknown command “%1”. The commands are: %2.</source>
        <translation>Unbekannter Befehl „%1“. Verfügbare Befehle: %2.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Show this deal (its id) in the view; without --view, in the prospect timeline.</source>
        <translation>Diesen Deal (seine Kennung) in der Ansicht zeigen; ohne --view im Interessenten-Verlauf.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>--deal needs the id of a deal, a whole number from 1, not “%1”.</source>
        <translation>--deal braucht die Kennung eines Deals, eine ganze Zahl ab 1, nicht „%1“.</translation>
    </message>
    <message>
        <source>The calendar file to write (default: standard output).</source>
        <translation>Die zu schreibende Kalenderdatei (Vorgabe: Standardausgabe).</translation>
    </message>
    <message>
        <source>file.ics</source>
        <translation>datei.ics</translation>
    </message>
    <message>
        <source>Only follow-ups due on or after this day.</source>
        <translation>Nur Wiedervorlagen, die an diesem Tag oder später fällig sind.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Only follow-ups due on or before this day.</source>
        <translation>Nur Wiedervorlagen, die an diesem Tag oder früher fällig sind.</translation>
    </message>
    <message>
        <source>Writes the open follow-ups as an iCalendar file (RFC 5545) that Thunderbird, Evolution, GNOME Calendar and Outlook import: one all-day event per follow-up, on its due day.</source>
        <translation>Schreibt die offenen Wiedervorlagen als iCalendar-Datei (RFC 5545), die Thunderbird, Evolution, GNOME Kalender und Outlook importieren: ein ganztägiger Termin je Wiedervorlage, an ihrem Fälligkeitstag.</translation>
    </message>
    <message>
        <source>export-ics needs --database FILE: the database whose follow-ups to export.</source>
        <translation>export-ics braucht --database DATEI: die Datenbank, deren Wiedervorlagen exportiert werden.</translation>
    </message>
    <message>
        <source>--output needs a file name.</source>
        <translation>--output braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>--%1 must be a day as YYYY-MM-DD, e.g. 2026-12-31, not “%2”.</source>
        <translation>--%1 muss ein Tag als JJJJ-MM-TT sein, z. B. 2026-12-31, nicht „%2“.</translation>
    </message>
    <message>
        <source>--from (%1) is after --to (%2): no day lies between them.</source>
        <translation>--from (%1) liegt nach --to (%2): Dazwischen liegt kein Tag.</translation>
    </message>
    <message>
        <source>How many months the review covers, 1 to %1 (default: 12).</source>
        <translation>Wie viele Monate der Rückblick umfasst, 1 bis %1 (Standard: 12).</translation>
    </message>
    <message>
        <source>The last month of the review (default: the last full month).</source>
        <translation>Der letzte Monat des Rückblicks (Standard: der letzte volle Monat).</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>JJJJ-MM</translation>
    </message>
    <message>
        <source>How to print it: text, json or csv (default: text).</source>
        <translation>Ausgabeformat: text, json oder csv (Standard: text).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Prints the lost-deal review without a display: per month the deals lost, their value, the reasons, how many were re-engaged and won back, and the totals.</source>
        <translation>Gibt den Rückblick auf verlorene Deals ohne Bildschirm aus: je Monat die verlorenen Deals, ihren Wert, die Gründe, wie viele wieder aufgenommen und zurückgewonnen wurden, und die Summen.</translation>
    </message>
    <message>
        <source>The report: lost.</source>
        <translation>Der Bericht: lost.</translation>
    </message>
    <message>
        <source>report needs the report to print: %1.</source>
        <translation>report braucht den Bericht, der ausgegeben werden soll: %1.</translation>
    </message>
    <message>
        <source>Unknown report “%1”. The reports are: %2.</source>
        <translation>Unbekannter Bericht „%1“. Die Berichte sind: %2.</translation>
    </message>
    <message>
        <source>report needs --database FILE: the database to report on.</source>
        <translation>report braucht --database DATEI: die Datenbank, über die berichtet wird.</translation>
    </message>
    <message>
        <source>--months must be a whole number from 1 to %1, not “%2”.</source>
        <translation>--months muss eine ganze Zahl von 1 bis %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>--to must be a month as YYYY-MM, e.g. 2026-10, not “%1”.</source>
        <translation>--to muss ein Monat als JJJJ-MM sein, z. B. 2026-10, nicht „%1“.</translation>
    </message>
    <message>
        <source>--format must be text, json or csv, not “%1”.</source>
        <translation>--format muss text, json oder csv sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>What the file holds: deals or activities (default: deals).</source>
        <translation>Was die Datei enthält: deals oder activities (Standard: deals).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>How its columns are named: %1 (default: recognised from the header).</source>
        <translation>Wie ihre Spalten benannt sind: %1 (Standard: an der Kopfzeile erkannt).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Which column feeds which field, e.g. title=Deal,value=3 (a column by its header or its number).</source>
        <translation>Welche Spalte welches Feld füllt, z. B. title=Deal,value=3 (eine Spalte nach Überschrift oder Nummer).</translation>
    </message>
    <message>
        <source>field=column,...</source>
        <translation>Feld=Spalte,...</translation>
    </message>
    <message>
        <source>How the file writes dates, e.g. M/d/yyyy or d.M.yyyy (default: recognised).</source>
        <translation>Wie die Datei Daten schreibt, z. B. M/d/yyyy oder d.M.yyyy (Standard: erkannt).</translation>
    </message>
    <message>
        <source>The currency of amounts that name none (default: EUR).</source>
        <translation>Die Währung von Beträgen ohne Währung (Standard: EUR).</translation>
    </message>
    <message>
        <source>Check and count, write nothing.</source>
        <translation>Prüfen und zählen, nichts schreiben.</translation>
    </message>
    <message>
        <source>Imports deals from a CSV file (a Pipedrive, HubSpot or Salesforce export, a spreadsheet, or Ripen&apos;s own export). Every row is checked first; a row with a problem is named by line and column and skipped, the others are written in one transaction.</source>
        <translation>Importiert Deals aus einer CSV-Datei (ein Export aus Pipedrive, HubSpot oder Salesforce, eine Tabelle oder Ripens eigener Export). Jede Zeile wird zuerst geprüft; eine Zeile mit einem Problem wird mit Zeile und Spalte genannt und übersprungen, die anderen werden in einer Transaktion geschrieben.</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>Die CSV-Datei.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>import needs the CSV file to read.</source>
        <translation>import braucht die CSV-Datei, die gelesen werden soll.</translation>
    </message>
    <message>
        <source>import needs --database FILE: the database to import into.</source>
        <translation>import braucht --database DATEI: die Datenbank, in die importiert wird.</translation>
    </message>
    <message>
        <source>--kind must be deals or activities, not “%1”.</source>
        <translation>--kind muss deals oder activities sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Unknown preset “%1”. The presets are: %2.</source>
        <translation>Unbekannte Vorlage „%1“. Die Vorlagen sind: %2.</translation>
    </message>
    <message>
        <source>Use either --preset or --map, not both.</source>
        <translation>Verwenden Sie entweder --preset oder --map, nicht beides.</translation>
    </message>
    <message>
        <source>--date-format needs a format with the year, e.g. M/d/yyyy, not “%1”.</source>
        <translation>--date-format braucht ein Format mit Jahr, z. B. M/d/yyyy, nicht „%1“.</translation>
    </message>
    <message>
        <source>--currency needs a three-letter code such as EUR, not “%1”.</source>
        <translation>--currency braucht einen Code aus drei Buchstaben wie EUR, nicht „%1“.</translation>
    </message>
    <message>
        <source>The preset “%1” is for a file of %2; add --kind %2.</source>
        <translation>Die Vorlage „%1“ ist für eine Datei mit %2; ergänzen Sie --kind %2.</translation>
    </message>
    <message>
        <source>The CSV file to write, whole or not at all (default: standard output).</source>
        <translation>Die zu schreibende CSV-Datei, ganz oder gar nicht (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <source>file.csv</source>
        <translation>datei.csv</translation>
    </message>
    <message>
        <source>Ripen keeps your pipeline and follow-ups, for salespeople who win by persistence.

Commands, run without a display:
  generate   Fill a new database with demo data (ripen generate --help)
  export-ics Write the open follow-ups as a calendar file (ripen export-ics --help)
  report     Print the lost-deal review, month by month (ripen report --help)
  import     Bring deals in from a CSV file (ripen import --help)
  export     Write the deals, activities or follow-ups as a CSV file (ripen export --help)</source>
        <translation>Ripen behält Ihre Pipeline und Wiedervorlagen im Blick – für Verkäufer, die durch Beharrlichkeit gewinnen.

Befehle, die ohne Bildschirm laufen:
  generate   Eine neue Datenbank mit Demo-Daten füllen (ripen generate --help)
  export-ics Die offenen Wiedervorlagen als Kalenderdatei schreiben (ripen export-ics --help)
  report     Den Rückblick auf verlorene Deals Monat für Monat ausgeben (ripen report --help)
  import     Deals aus einer CSV-Datei übernehmen (ripen import --help)
  export     Deals, Aktivitäten oder Wiedervorlagen als CSV-Datei schreiben (ripen export --help)</translation>
    </message>
    <message>
        <source>Writes the deals, the activities (touches) or the open follow-ups as a CSV file (UTF-8, comma-separated) that spreadsheets open and “ripen import” reads back with no mapping. Text a spreadsheet would run as a formula gets a leading apostrophe, which the import takes off.</source>
        <translation>Schreibt die Deals, die Aktivitäten (Kontaktpunkte) oder die offenen Wiedervorlagen als CSV-Datei (UTF-8, kommagetrennt), die Tabellenkalkulationen öffnen und „ripen import“ ohne Zuordnung wieder einliest. Text, den eine Tabellenkalkulation als Formel ausführen würde, bekommt einen vorangestellten Apostroph, den der Import wieder entfernt.</translation>
    </message>
    <message>
        <source>What to export: %1.</source>
        <translation>Was exportiert wird: %1.</translation>
    </message>
    <message>
        <source>export needs what to export: %1.</source>
        <translation>export braucht, was exportiert werden soll: %1.</translation>
    </message>
    <message>
        <source>Unknown export “%1”. What can be exported: %2.</source>
        <translation>Unbekannter Export „%1“. Exportiert werden können: %2.</translation>
    </message>
    <message>
        <source>export needs --database FILE: the database to export from.</source>
        <translation>export braucht --database DATEI: die Datenbank, aus der exportiert wird.</translation>
    </message>
    <message>
        <source>Give what is already there what the file says: a deal its value, currency and owner; an activity its moment, outcome, value and note.</source>
        <translation>Gibt Vorhandenem, was die Datei sagt: einem Deal Wert, Währung und Zuständigen; einer Aktivität Zeitpunkt, Ergebnis, Wert und Notiz.</translation>
    </message>
</context>
<context>
    <name>ContactRole</name>
    <message>
        <source>Decision maker</source>
        <translation>Entscheider</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Fürsprecher</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Beeinflusser</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>Gatekeeper</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Anwender</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Could not read the database: %1</source>
        <translation>Die Datenbank konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not write the CSV: %1</source>
        <translation>Die CSV-Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot export to “%1”: %2</source>
        <translation>Export nach „%1“ nicht möglich: %2</translation>
    </message>
    <message>
        <source>Exported %1 deals to “%2”.</source>
        <translation>%1 Deals nach „%2“ exportiert.</translation>
    </message>
    <message>
        <source>Exported %1 activities to “%2”.</source>
        <translation>%1 Aktivitäten nach „%2“ exportiert.</translation>
    </message>
    <message>
        <source>Exported %1 follow-ups to “%2”.</source>
        <translation>%1 Wiedervorlagen nach „%2“ exportiert.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: a quoted field opens here and is not closed before the end of the file.</source>
        <translation>Zeile %1: Hier beginnt ein Feld in Anführungszeichen, das bis zum Ende der Datei nicht geschlossen wird.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the folder “%2” cannot be written to. Choose another place.</source>
        <translation>„%1“ kann nicht angelegt werden: In den Ordner „%2“ kann nicht geschrieben werden. Wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>“%1” is in use by another process (%2, process %3). Close the other Ripen window and try again. The file was not changed.</source>
        <translation>„%1“ wird von einem anderen Prozess verwendet (%2, Prozess %3). Schließen Sie das andere Ripen-Fenster und versuchen Sie es erneut. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a Ripen database.</source>
        <translation>„%1“ ist ein Ordner, keine Ripen-Datenbank.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2. Check its permissions.</source>
        <translation>„%1“ kann nicht gelesen werden: %2. Prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>“%1” is not a database file. Ripen did not change it. Open a Ripen database, or create a new one with File &gt; New.</source>
        <translation>„%1“ ist keine Datenbankdatei. Ripen hat sie nicht verändert. Öffnen Sie eine Ripen-Datenbank oder legen Sie mit Datei &gt; Neu eine neue an.</translation>
    </message>
    <message>
        <source>“%1” is damaged: it is shorter than an SQLite header. Ripen did not change it. Restore it from a backup.</source>
        <translation>„%1“ ist beschädigt: Die Datei ist kürzer als ein SQLite-Dateikopf. Ripen hat sie nicht verändert. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>“%1” is read-only, and Ripen needs to write to it. Make it writable (for example “chmod u+w”), or copy it to a folder of yours and open the copy.</source>
        <translation>„%1“ ist schreibgeschützt, Ripen muss aber hineinschreiben. Machen Sie die Datei beschreibbar (zum Beispiel mit „chmod u+w“) oder kopieren Sie sie in einen eigenen Ordner und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <source>The folder of “%1” is read-only, and SQLite needs to write its journal beside the file. Move the database to a folder you can write to.</source>
        <translation>Der Ordner von „%1“ ist schreibgeschützt, SQLite muss sein Journal aber neben die Datei schreiben. Verschieben Sie die Datenbank in einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>“%1” is a database of another application, not of Ripen. Ripen did not change it. Open a Ripen database, or create a new one with File &gt; New.</source>
        <translation>„%1“ ist die Datenbank einer anderen Anwendung, nicht von Ripen. Ripen hat sie nicht verändert. Öffnen Sie eine Ripen-Datenbank oder legen Sie mit Datei &gt; Neu eine neue an.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Ripen (database version %2; this version understands up to %3). Update Ripen to open it. The file was not changed.</source>
        <translation>„%1“ wurde von einer neueren Ripen-Version geschrieben (Datenbankversion %2; diese Version versteht bis %3). Aktualisieren Sie Ripen, um sie zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Upgrading “%1” to version %2 failed: %3. The database was left as it was.</source>
        <translation>Die Aktualisierung von „%1“ auf Version %2 ist fehlgeschlagen: %3. Die Datenbank blieb unverändert.</translation>
    </message>
    <message>
        <source>Lead in</source>
        <translation>Lead eingegangen</translation>
    </message>
    <message>
        <source>Contact made</source>
        <translation>Kontakt hergestellt</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>Bedarfsanalyse</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Verhandlung</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Did not like our approach</source>
        <translation>Unser Vorgehen kam nicht gut an</translation>
    </message>
    <message>
        <source>Did not see the benefit</source>
        <translation>Nutzen nicht erkannt</translation>
    </message>
    <message>
        <source>Bad timing, other priorities</source>
        <translation>Falscher Zeitpunkt, andere Prioritäten</translation>
    </message>
    <message>
        <source>No budget this year</source>
        <translation>Kein Budget in diesem Jahr</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>Für einen Mitbewerber entschieden</translation>
    </message>
    <message>
        <source>No answer (ghosted)</source>
        <translation>Keine Antwort (abgetaucht)</translation>
    </message>
    <message>
        <source>Reflex “not interested”</source>
        <translation>Reflexartiges „kein Interesse“</translation>
    </message>
    <message>
        <source>“%1” is damaged: SQLite&apos;s check of the whole file found “%2”. Ripen did not change it. Restore it from a backup.</source>
        <translation>„%1“ ist beschädigt: Die Prüfung der ganzen Datei durch SQLite fand „%2“. Ripen hat sie nicht verändert. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1: the disk holding “%2” is full (%3 free). Free some space and try again. The file is as it was; nothing in it is lost.</source>
        <translation>%1: Der Datenträger mit „%2“ ist voll (%3 frei). Geben Sie Platz frei und versuchen Sie es erneut. Die Datei ist unverändert; nichts darin ist verloren.</translation>
    </message>
    <message>
        <source>%1: the disk could not read or write “%2” (SQLite says: %3). Check that the disk or network share is there and working, then try again.</source>
        <translation>%1: Der Datenträger konnte „%2“ nicht lesen oder schreiben (SQLite meldet: %3). Prüfen Sie, ob der Datenträger oder die Netzwerkfreigabe da ist und funktioniert, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1: “%2” is locked by another program that is writing to it. Close that program and try again. The file was not changed.</source>
        <translation>%1: „%2“ ist von einem anderen Programm gesperrt, das gerade hineinschreibt. Schließen Sie dieses Programm und versuchen Sie es erneut. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1: “%2” is damaged (SQLite says: %3). Ripen did not change it. Restore it from a backup.</source>
        <translation>%1: „%2“ ist beschädigt (SQLite meldet: %3). Ripen hat sie nicht verändert. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a database file. Ripen did not change it.</source>
        <translation>%1: „%2“ ist keine Datenbankdatei. Ripen hat sie nicht verändert.</translation>
    </message>
    <message>
        <source>%1: “%2” cannot be written: the file, its folder or its disk is read-only.</source>
        <translation>%1: „%2“ kann nicht geschrieben werden: Die Datei, ihr Ordner oder ihr Datenträger ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>%1: “%2” cannot be opened (SQLite says: %3). Check that its folder exists and that you may write to it.</source>
        <translation>%1: „%2“ kann nicht geöffnet werden (SQLite meldet: %3). Prüfen Sie, ob ihr Ordner existiert und Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>%1: “%2”: %3</source>
        <translation>%1: „%2“: %3</translation>
    </message>
    <message>
        <source>Ripen cannot make its lock file beside “%1”: its folder is read-only. Move the database to a folder you can write to.</source>
        <translation>Ripen kann neben „%1“ keine Sperrdatei anlegen: Ihr Ordner ist schreibgeschützt. Verschieben Sie die Datenbank in einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: its disk is full (%2 free), with no room for the file that keeps a second Ripen out. Free some space and try again; the file was not changed.</source>
        <translation>„%1“ kann nicht geöffnet werden: Ihr Datenträger ist voll (%2 frei), ohne Platz für die Datei, die ein zweites Ripen fernhält. Geben Sie Platz frei und versuchen Sie es erneut; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Ripen cannot make its lock file beside “%1”. Check the folder and try again; the file was not changed.</source>
        <translation>Ripen kann neben „%1“ keine Sperrdatei anlegen. Prüfen Sie den Ordner und versuchen Sie es erneut; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot set up the database</source>
        <translation>Die Datenbank kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>“%1” says it is at database version %2, which Ripen never writes: it is not a Ripen database. Ripen did not change it. Open a Ripen database, or create a new one with File &gt; New.</source>
        <translation>„%1“ gibt die Datenbankversion %2 an, die Ripen nie schreibt: Es ist keine Ripen-Datenbank. Ripen hat sie nicht verändert. Öffnen Sie eine Ripen-Datenbank oder legen Sie mit Datei &gt; Neu eine neue an.</translation>
    </message>
    <message>
        <source>“%1” is damaged: Ripen&apos;s tables %2 are missing. Ripen did not change it. Restore it from a backup.</source>
        <translation>„%1“ ist beschädigt: Die Ripen-Tabellen %2 fehlen. Ripen hat sie nicht verändert. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>“%1” must be upgraded to this version of Ripen (database version %2 to %3), and Ripen keeps a copy of it first, but could not: %4 The file was not changed. Free some space or make the folder writable, and open it again.</source>
        <translation>„%1“ muss auf diese Ripen-Version aktualisiert werden (Datenbankversion %2 auf %3), und Ripen legt vorher eine Kopie an, konnte das aber nicht: %4 Die Datei wurde nicht verändert. Geben Sie Platz frei oder machen Sie den Ordner beschreibbar, und öffnen Sie sie erneut.</translation>
    </message>
    <message>
        <source>Cannot upgrade the database</source>
        <translation>Die Datenbank kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>This build of Ripen lacks migration %1 to open “%2”. The file was not changed.</source>
        <translation>Diesem Ripen-Build fehlt die Migration %1, um „%2“ zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed</source>
        <translation>Das Aktualisieren der Datenbank auf Version %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Ripen shows it as it is, read-only, and writes nothing to it.</source>
        <translation>Ripen zeigt sie so, wie sie ist, schreibgeschützt, und schreibt nichts hinein.</translation>
    </message>
    <message>
        <source>Ripen could not check “%1” for damage before writing to it: %2</source>
        <translation>Ripen konnte „%1“ vor dem Schreiben nicht auf Schäden prüfen: %2</translation>
    </message>
    <message>
        <source>“%1” says it needs SQLite file format %2, which this SQLite does not know (it knows 1 and 2): a newer SQLite wrote it, or the file is damaged. Ripen did not change it. Open it with the program that wrote it, or restore it from a backup if nothing else wrote to it.</source>
        <translation>„%1“ verlangt das SQLite-Dateiformat %2, das dieses SQLite nicht kennt (es kennt 1 und 2): Ein neueres SQLite hat die Datei geschrieben, oder sie ist beschädigt. Ripen hat sie nicht verändert. Öffnen Sie sie mit dem Programm, das sie geschrieben hat, oder stellen Sie sie aus einer Sicherung wieder her, wenn nichts anderes in sie geschrieben hat.</translation>
    </message>
</context>
<context>
    <name>DealCommands</name>
    <message>
        <source>That deal no longer exists.</source>
        <translation>Diesen Deal gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>reorder “%1” in %2</source>
        <translation>„%1“ in %2 umsortieren</translation>
    </message>
    <message>
        <source>move “%1” to %2</source>
        <translation>„%1“ nach %2 verschieben</translation>
    </message>
    <message>
        <source>mark “%1” as won</source>
        <translation>„%1“ als gewonnen markieren</translation>
    </message>
    <message>
        <source>mark “%1” as lost</source>
        <translation>„%1“ als verloren markieren</translation>
    </message>
    <message>
        <source>new deal “%1”</source>
        <translation>neuer Deal „%1“</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>e.g. Fleet telematics rollout</source>
        <translation>z. B. Einführung Flottentelematik</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Unternehmen:</translation>
    </message>
    <message>
        <source>Choose an account, or type the name of a new one</source>
        <translation>Wählen Sie ein Unternehmen oder geben Sie den Namen eines neuen ein</translation>
    </message>
    <message>
        <source>&amp;Primary contact:</source>
        <translation>&amp;Hauptansprechpartner:</translation>
    </message>
    <message>
        <source>Choose a contact of the account, or type the name of a new one</source>
        <translation>Wählen Sie einen Ansprechpartner des Unternehmens oder geben Sie den Namen eines neuen ein</translation>
    </message>
    <message>
        <source>The role of a new contact</source>
        <translation>Die Rolle eines neuen Ansprechpartners</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>e.g. 12,500</source>
        <translation>z. B. 12.500</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
</context>
<context>
    <name>DealStatus</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The demo data “%1” is broken at “%2”: %3.</source>
        <translation>Die Demo-Daten „%1“ sind fehlerhaft bei „%2“: %3.</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>erwartet wird ein Objekt</translation>
    </message>
    <message>
        <source>expected a list of objects (at least one)</source>
        <translation>erwartet wird eine Liste von Objekten (mindestens eines)</translation>
    </message>
    <message>
        <source>expected a text</source>
        <translation>erwartet wird ein Text</translation>
    </message>
    <message>
        <source>expected a list of texts (at least %1)</source>
        <translation>erwartet wird eine Liste von Texten (mindestens %1)</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>„%1“ gehört nicht zu: %2</translation>
    </message>
    <message>
        <source>it is missing</source>
        <translation>der Eintrag fehlt</translation>
    </message>
    <message>
        <source>Cannot read the demo data “%1”: %2.</source>
        <translation>Die Demo-Daten „%1“ können nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The demo data “%1” is not valid JSON: %2 at character %3.</source>
        <translation>Die Demo-Daten „%1“ sind kein gültiges JSON: %2 bei Zeichen %3.</translation>
    </message>
    <message>
        <source>The demo data “%1” does not hold a JSON object.</source>
        <translation>Die Demo-Daten „%1“ enthalten kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>no city is in region “%1”</source>
        <translation>keine Stadt liegt in der Region „%1“</translation>
    </message>
    <message>
        <source>no entry of “%1” is named “%2”</source>
        <translation>kein Eintrag in „%1“ heißt „%2“</translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <source>Cannot remove “%1”: %2</source>
        <translation>„%1“ kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Cannot fill the demo database “%1” with sample deals: %2</source>
        <translation>Die Demo-Datenbank „%1“ kann nicht mit Beispiel-Deals gefüllt werden: %2</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Choose at least one deal to generate.</source>
        <translation>Wählen Sie mindestens einen Deal zum Erzeugen.</translation>
    </message>
    <message>
        <source>The database is busy: %1. Close other programs using it and try again.</source>
        <translation>Die Datenbank ist belegt: %1. Schließen Sie andere Programme, die darauf zugreifen, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Generating the demo data failed: %1. Nothing was written.</source>
        <translation>Das Erzeugen der Demo-Daten ist fehlgeschlagen: %1. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Saving the generated data failed: %1. Nothing was written.</source>
        <translation>Das Speichern der erzeugten Daten ist fehlgeschlagen: %1. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The pipeline needs at least one open stage, a Won stage and a Lost stage. Check Settings &gt; Pipeline.</source>
        <translation>Die Pipeline braucht mindestens eine offene Phase, eine Phase „Gewonnen“ und eine Phase „Verloren“. Prüfen Sie Einstellungen &gt; Pipeline.</translation>
    </message>
    <message>
        <source>The database has no lost reasons to give the lost deals. Add some in Settings &gt; Lost reasons.</source>
        <translation>Die Datenbank hat keine Verlustgründe für die verlorenen Deals. Legen Sie welche unter Einstellungen &gt; Verlustgründe an.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>This database already holds deals (%1). Demo data is only generated into an empty database: choose a new file.</source>
        <translation>Diese Datenbank enthält bereits Deals (%1). Demo-Daten werden nur in eine leere Datenbank erzeugt: Wählen Sie eine neue Datei.</translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a row of %3 that does not exist</source>
        <translation>Zeile %1 von %2 verweist auf eine Zeile von %3, die es nicht gibt</translation>
    </message>
    <message>
        <source>This build of Ripen lacks migration %1.</source>
        <translation>Diesem Ripen-Build fehlt die Migration %1.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver does not use the SQLite library Ripen was built with (%1).</source>
        <translation>Der SQLite-Treiber von Qt verwendet nicht die SQLite-Bibliothek, mit der Ripen gebaut wurde (%1).</translation>
    </message>
</context>
<context>
    <name>EditDealCommand</name>
    <message>
        <source>edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Cannot read the follow-ups of “%1”: %2</source>
        <translation>Die Wiedervorlagen von „%1“ können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1 follow-ups to “%2”.</source>
        <translation>%1 Wiedervorlagen nach „%2“ geschrieben.</translation>
    </message>
</context>
<context>
    <name>ExportCsvCommand</name>
    <message>
        <source>Cannot write the CSV to standard output: %1</source>
        <translation>Die CSV-Datei kann nicht auf die Standardausgabe geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>FailedCommitment</name>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Their time (a first meeting)</source>
        <translation>Ihre Zeit (ein erstes Gespräch)</translation>
    </message>
    <message>
        <source>Exploring their situation (discovery)</source>
        <translation>Ihre Lage zu untersuchen (Bedarfsanalyse)</translation>
    </message>
    <message>
        <source>Considering a solution (proposal)</source>
        <translation>Eine Lösung in Betracht zu ziehen (Angebot)</translation>
    </message>
</context>
<context>
    <name>FollowUpCalendar</name>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 %2: %3 (%4)</source>
        <translation>%1 %2: %3 (%4)</translation>
    </message>
    <message>
        <source>No value planned yet: bring something, not a bare check-in.</source>
        <translation>Noch kein Mehrwert geplant: Bringen Sie etwas mit, kein bloßes Nachhaken.</translation>
    </message>
    <message>
        <source>Bring %1: %2</source>
        <translation>Mitbringen – %1: %2</translation>
    </message>
    <message>
        <source>Re-engaging a lost deal.</source>
        <translation>Ein verlorener Deal wird wieder angesprochen.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>FollowUpCommands</name>
    <message>
        <source>That follow-up no longer exists.</source>
        <translation>Diese Wiedervorlage gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>%1 and 1 later step</source>
        <translation>%1, samt 1 Folgeschritt</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n later steps</source>
        <translation>
            <numerusform>%1, samt %n Folgeschritt</numerusform>
            <numerusform>%1, samt %n Folgeschritten</numerusform>
        </translation>
    </message>
    <message>
        <source>reschedule 1 follow-up to %1</source>
        <translation>1 Wiedervorlage auf %1 verschieben</translation>
    </message>
    <message numerus="yes">
        <source>reschedule %n follow-ups to %1</source>
        <translation>
            <numerusform>%n Wiedervorlage auf %1 verschieben</numerusform>
            <numerusform>%n Wiedervorlagen auf %1 verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>reschedule 1 follow-up</source>
        <translation>1 Wiedervorlage verschieben</translation>
    </message>
    <message numerus="yes">
        <source>reschedule %n follow-ups</source>
        <translation>
            <numerusform>%n Wiedervorlage verschieben</numerusform>
            <numerusform>%n Wiedervorlagen verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>skip 1 follow-up</source>
        <translation>1 Wiedervorlage überspringen</translation>
    </message>
    <message numerus="yes">
        <source>skip %n follow-ups</source>
        <translation>
            <numerusform>%n Wiedervorlage überspringen</numerusform>
            <numerusform>%n Wiedervorlagen überspringen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpReminder</name>
    <message>
        <source>no value planned</source>
        <translation>kein Mehrwert geplant</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Follow-up due: %1</source>
        <translation>Wiedervorlage fällig: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups due today</source>
        <translation>
            <numerusform>%n Wiedervorlage heute fällig</numerusform>
            <numerusform>%n Wiedervorlagen heute fällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>“%1” already holds data (accounts: %2, deals: %3). generate only fills a new or empty database, so nothing was changed. Give a new file name.</source>
        <translation>„%1“ enthält bereits Daten (Unternehmen: %2, Deals: %3). generate füllt nur eine neue oder leere Datenbank, daher wurde nichts verändert. Geben Sie einen neuen Dateinamen an.</translation>
    </message>
    <message>
        <source>Cannot generate demo data in “%1”: %2</source>
        <translation>In „%1“ können keine Demo-Daten erzeugt werden: %2</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>touches</source>
        <translation>Kontaktpunkte</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>stage changes</source>
        <translation>Phasenwechsel</translation>
    </message>
    <message>
        <source>Generated demo data in “%1” in %2 s (seed %3):</source>
        <translation>Demo-Daten in „%1“ in %2 s erzeugt (Startwert %3):</translation>
    </message>
    <message>
        <source>Writing deals: %1 of %2 (%3%)</source>
        <translation>Deals werden geschrieben: %1 von %2 (%3 %)</translation>
    </message>
    <message>
        <source>Writing deals: %1 of %2 (%3%), saving the file…</source>
        <translation>Deals werden geschrieben: %1 von %2 (%3 %), die Datei wird gespeichert …</translation>
    </message>
    <message>
        <source>losses</source>
        <translation>Verluste</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” holds no rows to import.</source>
        <translation>„%1“ enthält keine Zeilen zum Importieren.</translation>
    </message>
    <message>
        <source>No column of “%1” gives the deals&apos; titles: name it with --map title=COLUMN.</source>
        <translation>Keine Spalte von „%1“ liefert die Titel der Deals: nennen Sie sie mit --map title=SPALTE.</translation>
    </message>
    <message>
        <source>Every date in “%1” reads in more than one way (%2): choose with --date-format.</source>
        <translation>Jedes Datum in „%1“ lässt sich auf mehr als eine Weise lesen (%2): wählen Sie mit --date-format.</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>No column of “%1” gives the activities&apos; dates: name it with --map occurred=COLUMN.</source>
        <translation>Keine Spalte von „%1“ enthält das Datum der Aktivitäten: nennen Sie sie mit --map occurred=SPALTE.</translation>
    </message>
    <message>
        <source>No column of “%1” names the activities&apos; deals or accounts: name one with --map deal=COLUMN or --map account=COLUMN.</source>
        <translation>Keine Spalte von „%1“ nennt Deal oder Firma der Aktivitäten: nennen Sie eine mit --map deal=SPALTE oder --map account=SPALTE.</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>Pipedrive deals export</source>
        <translation>Pipedrive-Deal-Export</translation>
    </message>
    <message>
        <source>HubSpot deals export</source>
        <translation>HubSpot-Deal-Export</translation>
    </message>
    <message>
        <source>Salesforce opportunity report</source>
        <translation>Salesforce-Opportunity-Bericht</translation>
    </message>
    <message>
        <source>Spreadsheet (or Ripen&apos;s own export)</source>
        <translation>Tabelle (oder Ripens eigener Export)</translation>
    </message>
    <message>
        <source>Pipedrive activities export</source>
        <translation>Pipedrive-Aktivitäten-Export</translation>
    </message>
    <message>
        <source>Spreadsheet of activities (or Ripen&apos;s own export)</source>
        <translation>Tabelle mit Aktivitäten (oder Ripens eigener Export)</translation>
    </message>
    <message>
        <source>“%1” in --map is not field=column.</source>
        <translation>„%1“ in --map hat nicht die Form Feld=Spalte.</translation>
    </message>
    <message>
        <source>--map names the field “%1”, which is not one of: %2.</source>
        <translation>--map nennt das Feld „%1“, das keines von diesen ist: %2.</translation>
    </message>
    <message>
        <source>--map gives “%1” the column “%2”, which the file does not have.</source>
        <translation>--map gibt „%1“ die Spalte „%2“, die es in der Datei nicht gibt.</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>line %1, column “%2”: %3</source>
        <translation>Zeile %1, Spalte „%2“: %3</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 Felder, wo die Kopfzeile %2 hat</translation>
    </message>
    <message>
        <source>the deal has no title</source>
        <translation>der Deal hat keinen Titel</translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as EUR</source>
        <translation>„%1“ ist kein Währungscode wie EUR</translation>
    </message>
    <message>
        <source>“%1” is below zero</source>
        <translation>„%1“ ist kleiner als null</translation>
    </message>
    <message>
        <source>“%1” is not an amount</source>
        <translation>„%1“ ist kein Betrag</translation>
    </message>
    <message>
        <source>“%1” is not a date in the form %2</source>
        <translation>„%1“ ist kein Datum in der Form %2</translation>
    </message>
    <message>
        <source>a won deal needs the day it was won (a won-on or close date)</source>
        <translation>ein gewonnener Deal braucht den Tag, an dem er gewonnen wurde (ein Gewonnen- oder Abschlussdatum)</translation>
    </message>
    <message>
        <source>a lost deal needs the day it was lost (a lost-on or close date)</source>
        <translation>ein verlorener Deal braucht den Tag, an dem er verloren wurde (ein Verloren- oder Abschlussdatum)</translation>
    </message>
    <message>
        <source>the activity names neither its deal nor its account</source>
        <translation>die Aktivität nennt weder ihren Deal noch ihre Firma</translation>
    </message>
    <message>
        <source>the activity has no date</source>
        <translation>die Aktivität hat kein Datum</translation>
    </message>
    <message>
        <source>“%1” says neither done nor planned</source>
        <translation>„%1“ sagt weder erledigt noch geplant</translation>
    </message>
    <message>
        <source>the activity has no type</source>
        <translation>die Aktivität hat keinen Typ</translation>
    </message>
    <message>
        <source>“%1” is no channel Ripen knows (call, email, meeting, LinkedIn, visit, letter, package, referral, event…)</source>
        <translation>„%1“ ist kein Kanal, den Ripen kennt (Anruf, E-Mail, Termin, LinkedIn, Besuch, Brief, Paket, Empfehlung, Veranstaltung …)</translation>
    </message>
    <message>
        <source>“%1” is no outcome Ripen knows (no answer, conversation, no, not now, meeting booked, yes)</source>
        <translation>„%1“ ist kein Ergebnis, das Ripen kennt (keine Antwort, Gespräch, Nein, Nicht jetzt, Termin vereinbart, Ja)</translation>
    </message>
    <message>
        <source>“%1” is no value Ripen knows (none, insight, white paper, invitation, referral, idea)</source>
        <translation>„%1“ ist kein Mehrwert, den Ripen kennt (keiner, Erkenntnis, Whitepaper, Einladung, Empfehlung, Idee)</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Rows read: %1</source>
        <translation>Gelesene Zeilen: %1</translation>
    </message>
    <message>
        <source>Would be imported: %1</source>
        <translation>Würden importiert: %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importiert: %1</translation>
    </message>
    <message>
        <source>Already present: %1</source>
        <translation>Bereits vorhanden: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Aktualisiert: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>Touches: %1</source>
        <translation>Kontakte: %1</translation>
    </message>
    <message>
        <source>Follow-ups: %1</source>
        <translation>Wiedervorlagen: %1</translation>
    </message>
    <message>
        <source>Open deals without a created date, given today: %1</source>
        <translation>Offene Deals ohne Anlagedatum, mit heute angelegt: %1</translation>
    </message>
    <message>
        <source>Deals without an account, under “%1”: %2</source>
        <translation>Deals ohne Unternehmen, unter „%1“: %2</translation>
    </message>
    <message>
        <source>Lost deals without a reason, given “%1”: %2</source>
        <translation>Verlorene Deals ohne Grund, mit „%1“: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>names, then how many are not named</comment>
        <translation>
            <numerusform>%1 und noch %n</numerusform>
            <numerusform>%1 und noch %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts created</source>
        <translation>Angelegte Unternehmen</translation>
    </message>
    <message>
        <source>Contacts created</source>
        <translation>Angelegte Ansprechpartner</translation>
    </message>
    <message>
        <source>Stages created</source>
        <translation>Angelegte Phasen</translation>
    </message>
    <message>
        <source>Lost reasons created</source>
        <translation>Angelegte Verlustgründe</translation>
    </message>
    <message>
        <source>Deals created to hold activities</source>
        <translation>Für Aktivitäten angelegte Deals</translation>
    </message>
</context>
<context>
    <name>ImportStep</name>
    <message>
        <source>Import “%1”</source>
        <translation>Import „%1“</translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>No account</source>
        <translation>Kein Unternehmen</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>The pipeline has no open stage to import deals into.</source>
        <translation>Die Pipeline hat keine offene Phase, in die Deals importiert werden können.</translation>
    </message>
    <message>
        <source>Line %1 (“%2”) could not be imported: %3</source>
        <translation>Zeile %1 („%2“) konnte nicht importiert werden: %3</translation>
    </message>
    <message>
        <source>%1: imported activities</source>
        <comment>account name</comment>
        <translation>%1: importierte Aktivitäten</translation>
    </message>
    <message>
        <source>Line %1 could not be imported: %2</source>
        <translation>Zeile %1 konnte nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>line %1: there is no deal “%2”; name its account too, or import the deals first</source>
        <translation>Zeile %1: Es gibt keinen Deal „%2“; nennen Sie auch seine Firma oder importieren Sie zuerst die Deals</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>That import is not in this database.</source>
        <translation>Diesen Import gibt es in dieser Datenbank nicht.</translation>
    </message>
    <message>
        <source>The import of “%1” was taken back already.</source>
        <translation>Der Import von „%1“ wurde bereits zurückgenommen.</translation>
    </message>
</context>
<context>
    <name>LogTouchDialog</name>
    <message>
        <source>Log Touch</source>
        <translation>Kontakt erfassen</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Ansprechpartner:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>&amp;Value carried:</source>
        <translation>&amp;Mehrwert:</translation>
    </message>
    <message>
        <source>What this touch brought them: an insight, a paper, an invitation, an introduction, an idea. Nothing makes it a bare check-in.</source>
        <translation>Was dieser Kontakt ihnen gebracht hat: eine Erkenntnis, ein Papier, eine Einladung, eine Vorstellung, eine Idee. Nichts macht ihn zum bloßen Nachhaken.</translation>
    </message>
    <message>
        <source>What e&amp;xactly:</source>
        <translation>Was &amp;genau:</translation>
    </message>
    <message>
        <source>e.g. Benchmark of delivery times in their region</source>
        <translation>z. B. Vergleich der Lieferzeiten in ihrer Region</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Plan the next follow-up</source>
        <translation>Nächste Wiedervorlage &amp;planen</translation>
    </message>
    <message>
        <source>D&amp;ue on:</source>
        <translation>F&amp;ällig am:</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>Ka&amp;nal:</translation>
    </message>
    <message>
        <source>&amp;Bring:</source>
        <translation>Mit&amp;bringen:</translation>
    </message>
    <message>
        <source>what exactly</source>
        <translation>was genau</translation>
    </message>
    <message>
        <source>“Not now”: come back later, with value in between</source>
        <translation>„Nicht jetzt“: später wieder ansprechen, mit Mehrwert dazwischen</translation>
    </message>
    <message>
        <source>Come &amp;back on:</source>
        <translation>&amp;Wieder ansprechen am:</translation>
    </message>
    <message>
        <source>Plan &amp;these value touches before then:</source>
        <translation>Diese Kontaktpunkte mit Mehrwert &amp;vorher planen:</translation>
    </message>
</context>
<context>
    <name>LostCommands</name>
    <message>
        <source>That deal no longer exists.</source>
        <translation>Diesen Deal gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>re-engage “%1” into %2</source>
        <translation>„%1“ in %2 wieder aufnehmen</translation>
    </message>
    <message>
        <source>plan a value touch for “%1”</source>
        <translation>einen Mehrwert-Kontakt für „%1“ planen</translation>
    </message>
    <message>
        <source>snooze “%1” to %2</source>
        <translation>„%1“ auf %2 verschieben</translation>
    </message>
    <message>
        <source>First move after the “no”: bring something useful, ask nothing.</source>
        <translation>Erster Schritt nach dem „Nein“: etwas Nützliches bringen, nichts verlangen.</translation>
    </message>
    <message>
        <source>No ripe lost deal is waiting for a first move.</source>
        <translation>Kein reifer verlorener Deal wartet auf einen ersten Schritt.</translation>
    </message>
    <message>
        <source>first move: 1 value touch</source>
        <translation>erster Schritt: 1 Mehrwert-Kontakt</translation>
    </message>
    <message>
        <source>first move: %1 value touches</source>
        <translation>erster Schritt: %1 Mehrwert-Kontakte</translation>
    </message>
</context>
<context>
    <name>LostReview</name>
    <message>
        <source>Reason not recorded</source>
        <translation>Grund nicht erfasst</translation>
    </message>
    <message>
        <source>A review covers 1 to %1 months up to a valid month.</source>
        <translation>Ein Rückblick umfasst 1 bis %1 Monate bis zu einem gültigen Monat.</translation>
    </message>
    <message>
        <source>Could not read the lost deals: %1</source>
        <translation>Die verlorenen Deals konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not count the lost deals: %1</source>
        <translation>Die verlorenen Deals konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>The days of the won deals to count are not a valid range.</source>
        <translation>Die Tage der zu zählenden gewonnenen Deals sind kein gültiger Zeitraum.</translation>
    </message>
    <message>
        <source>Could not read the won deals: %1</source>
        <translation>Die gewonnenen Deals konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading the lost deals was cancelled.</source>
        <translation>Das Lesen der verlorenen Deals wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
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
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>Create a new, empty pipeline database</source>
        <translation>Eine neue, leere Pipeline-Datenbank anlegen</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open an existing pipeline database</source>
        <translation>Eine vorhandene Pipeline-Datenbank öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Ripen</source>
        <translation>Ripen beenden</translation>
    </message>
    <message>
        <source>&amp;About Ripen</source>
        <translation>Ü&amp;ber Ripen</translation>
    </message>
    <message>
        <source>Version and license of Ripen</source>
        <translation>Version und Lizenz von Ripen</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Version and license of the Qt toolkit</source>
        <translation>Version und Lizenz des Qt-Toolkits</translation>
    </message>
    <message>
        <source>Write the open follow-ups as a calendar file for Thunderbird, Evolution, GNOME Calendar or Outlook</source>
        <translation>Die offenen Wiedervorlagen als Kalenderdatei für Thunderbird, Evolution, GNOME Kalender oder Outlook schreiben</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Deals as CSV…</source>
        <translation>&amp;Deals als CSV…</translation>
    </message>
    <message>
        <source>Write every deal as a CSV file for a spreadsheet, another tool, or to import again</source>
        <translation>Alle Deals als CSV-Datei schreiben, für eine Tabellenkalkulation, ein anderes Programm oder zum erneuten Import</translation>
    </message>
    <message>
        <source>&amp;Activities as CSV…</source>
        <translation>&amp;Aktivitäten als CSV…</translation>
    </message>
    <message>
        <source>Write every logged touch as a CSV file</source>
        <translation>Alle erfassten Kontaktpunkte als CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Follow-&amp;ups as CSV…</source>
        <translation>&amp;Wiedervorlagen als CSV…</translation>
    </message>
    <message>
        <source>Write the open follow-ups as a CSV file</source>
        <translation>Die offenen Wiedervorlagen als CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Bring deals over from a CSV file exported by Pipedrive, HubSpot, Salesforce or a spreadsheet</source>
        <translation>Deals aus einer CSV-Datei übernehmen, die Pipedrive, HubSpot, Salesforce oder eine Tabellenkalkulation exportiert hat</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Follow-ups as &amp;Calendar…</source>
        <translation>Wiedervorlagen als &amp;Kalender…</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>Import-&amp;Verlauf…</translation>
    </message>
    <message>
        <source>See every import of this database, and take one back as a whole</source>
        <translation>Alle Importe dieser Datenbank ansehen und einen als Ganzes zurücknehmen</translation>
    </message>
    <message>
        <source>Restore &amp;Backup…</source>
        <translation>&amp;Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Go back to a copy Ripen kept of this database: daily, and before every upgrade, import and restore</source>
        <translation>Zu einer Kopie zurückkehren, die Ripen von dieser Datenbank angelegt hat: täglich und vor jedem Upgrade, Import und jeder Wiederherstellung</translation>
    </message>
</context>
<context>
    <name>NoMeaning</name>
    <message>
        <source>Did not like how we engaged</source>
        <translation>Unser Vorgehen kam nicht gut an</translation>
    </message>
    <message>
        <source>Did not see the benefit</source>
        <translation>Nutzen nicht erkannt</translation>
    </message>
    <message>
        <source>Bad timing, other priorities</source>
        <translation>Falscher Zeitpunkt, andere Prioritäten</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>Für einen Mitbewerber entschieden</translation>
    </message>
    <message>
        <source>No answer at all (ghosting)</source>
        <translation>Gar keine Antwort (abgetaucht)</translation>
    </message>
    <message>
        <source>Reflex &quot;not interested&quot;</source>
        <translation>Reflexartiges „kein Interesse“</translation>
    </message>
</context>
<context>
    <name>NotNowCadence</name>
    <message>
        <source>Share an insight: a trend or a number from their industry that matters to them</source>
        <translation>Teilen Sie eine Erkenntnis: einen Trend oder eine Zahl aus ihrer Branche, die für sie zählt</translation>
    </message>
    <message>
        <source>Invite them to a webinar or an event worth their time</source>
        <translation>Laden Sie sie zu einem Webinar oder einer Veranstaltung ein, die ihre Zeit wert ist</translation>
    </message>
    <message>
        <source>Bring an idea about their business: a reason to talk on the date they named</source>
        <translation>Bringen Sie eine Idee für ihr Geschäft mit: einen Grund, am genannten Datum zu sprechen</translation>
    </message>
</context>
<context>
    <name>NuisanceGuard</name>
    <message numerus="yes">
        <source>%n bare check-ins in a row: bring something of value this time (an insight, an idea, an invitation) or stop and rethink the approach</source>
        <translation>
            <numerusform>%n-mal bloßes Nachhaken in Folge: bringen Sie diesmal etwas von Wert mit (eine Erkenntnis, eine Idee, eine Einladung) oder halten Sie inne und überdenken Sie den Ansatz</numerusform>
            <numerusform>%n-mal bloßes Nachhaken in Folge: bringen Sie diesmal etwas von Wert mit (eine Erkenntnis, eine Idee, eine Einladung) oder halten Sie inne und überdenken Sie den Ansatz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You already reached out to this contact today: leave %n or more days between touches</source>
        <translation>
            <numerusform>Sie haben sich heute schon bei diesem Ansprechpartner gemeldet: lassen Sie mindestens %n Tag zwischen Kontaktpunkten</numerusform>
            <numerusform>Sie haben sich heute schon bei diesem Ansprechpartner gemeldet: lassen Sie mindestens %n Tage zwischen Kontaktpunkten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You last reached out to this contact yesterday: leave %n or more days between touches</source>
        <translation>
            <numerusform>Sie haben sich gestern zuletzt bei diesem Ansprechpartner gemeldet: lassen Sie mindestens %n Tag zwischen Kontaktpunkten</numerusform>
            <numerusform>Sie haben sich gestern zuletzt bei diesem Ansprechpartner gemeldet: lassen Sie mindestens %n Tage zwischen Kontaktpunkten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You last reached out to this contact %1 days ago: leave %n or more days between touches</source>
        <translation>
            <numerusform>Sie haben sich vor %1 Tagen zuletzt bei diesem Ansprechpartner gemeldet: lassen Sie mindestens %n Tag zwischen Kontaktpunkten</numerusform>
            <numerusform>Sie haben sich vor %1 Tagen zuletzt bei diesem Ansprechpartner gemeldet: lassen Sie mindestens %n Tage zwischen Kontaktpunkten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unanswered attempts in a row on %1, which has never answered: try %2 instead</source>
        <translation>
            <numerusform>%n unbeantworteter Versuch in Folge über %1, wo nie eine Antwort kam: versuchen Sie stattdessen %2</numerusform>
            <numerusform>%n unbeantwortete Versuche in Folge über %1, wo nie eine Antwort kam: versuchen Sie stattdessen %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You already reached out to this contact on %1: leave %n or more days between touches</source>
        <translation>
            <numerusform>Sie haben sich am %1 schon bei diesem Ansprechpartner gemeldet: lassen Sie mindestens %n Tag zwischen Kontaktpunkten</numerusform>
            <numerusform>Sie haben sich am %1 schon bei diesem Ansprechpartner gemeldet: lassen Sie mindestens %n Tage zwischen Kontaktpunkten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only a day after you reached out to this contact on %1: leave %n or more days between touches</source>
        <translation>
            <numerusform>Nur einen Tag, nachdem Sie sich am %1 bei diesem Ansprechpartner gemeldet haben: lassen Sie mindestens %n Tag zwischen Kontaktpunkten</numerusform>
            <numerusform>Nur einen Tag, nachdem Sie sich am %1 bei diesem Ansprechpartner gemeldet haben: lassen Sie mindestens %n Tage zwischen Kontaktpunkten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only a day before you reached out to this contact on %1: leave %n or more days between touches</source>
        <translation>
            <numerusform>Nur einen Tag, bevor Sie sich am %1 bei diesem Ansprechpartner gemeldet haben: lassen Sie mindestens %n Tag zwischen Kontaktpunkten</numerusform>
            <numerusform>Nur einen Tag, bevor Sie sich am %1 bei diesem Ansprechpartner gemeldet haben: lassen Sie mindestens %n Tage zwischen Kontaktpunkten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 days after you reached out to this contact on %2: leave %n or more days between touches</source>
        <translation>
            <numerusform>Nur %1 Tage, nachdem Sie sich am %2 bei diesem Ansprechpartner gemeldet haben: lassen Sie mindestens %n Tag zwischen Kontaktpunkten</numerusform>
            <numerusform>Nur %1 Tage, nachdem Sie sich am %2 bei diesem Ansprechpartner gemeldet haben: lassen Sie mindestens %n Tage zwischen Kontaktpunkten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 days before you reached out to this contact on %2: leave %n or more days between touches</source>
        <translation>
            <numerusform>Nur %1 Tage, bevor Sie sich am %2 bei diesem Ansprechpartner gemeldet haben: lassen Sie mindestens %n Tag zwischen Kontaktpunkten</numerusform>
            <numerusform>Nur %1 Tage, bevor Sie sich am %2 bei diesem Ansprechpartner gemeldet haben: lassen Sie mindestens %n Tage zwischen Kontaktpunkten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A touch to this contact is already planned for %1: leave %n or more days between touches</source>
        <translation>
            <numerusform>Für den %1 ist schon ein Kontaktpunkt mit diesem Ansprechpartner geplant: lassen Sie mindestens %n Tag zwischen Kontaktpunkten</numerusform>
            <numerusform>Für den %1 ist schon ein Kontaktpunkt mit diesem Ansprechpartner geplant: lassen Sie mindestens %n Tage zwischen Kontaktpunkten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only a day after the touch to this contact planned for %1: leave %n or more days between touches</source>
        <translation>
            <numerusform>Nur einen Tag nach dem Kontaktpunkt mit diesem Ansprechpartner, der für den %1 geplant ist: lassen Sie mindestens %n Tag zwischen Kontaktpunkten</numerusform>
            <numerusform>Nur einen Tag nach dem Kontaktpunkt mit diesem Ansprechpartner, der für den %1 geplant ist: lassen Sie mindestens %n Tage zwischen Kontaktpunkten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only a day before the touch to this contact planned for %1: leave %n or more days between touches</source>
        <translation>
            <numerusform>Nur einen Tag vor dem Kontaktpunkt mit diesem Ansprechpartner, der für den %1 geplant ist: lassen Sie mindestens %n Tag zwischen Kontaktpunkten</numerusform>
            <numerusform>Nur einen Tag vor dem Kontaktpunkt mit diesem Ansprechpartner, der für den %1 geplant ist: lassen Sie mindestens %n Tage zwischen Kontaktpunkten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 days after the touch to this contact planned for %2: leave %n or more days between touches</source>
        <translation>
            <numerusform>Nur %1 Tage nach dem Kontaktpunkt mit diesem Ansprechpartner, der für den %2 geplant ist: lassen Sie mindestens %n Tag zwischen Kontaktpunkten</numerusform>
            <numerusform>Nur %1 Tage nach dem Kontaktpunkt mit diesem Ansprechpartner, der für den %2 geplant ist: lassen Sie mindestens %n Tage zwischen Kontaktpunkten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 days before the touch to this contact planned for %2: leave %n or more days between touches</source>
        <translation>
            <numerusform>Nur %1 Tage vor dem Kontaktpunkt mit diesem Ansprechpartner, der für den %2 geplant ist: lassen Sie mindestens %n Tag zwischen Kontaktpunkten</numerusform>
            <numerusform>Nur %1 Tage vor dem Kontaktpunkt mit diesem Ansprechpartner, der für den %2 geplant ist: lassen Sie mindestens %n Tage zwischen Kontaktpunkten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersistenceMeters</name>
    <message numerus="yes">
        <source>%n attempts without an answer: access often takes longer, keep going and switch channels</source>
        <translation>
            <numerusform>%n Versuch ohne Antwort: Zugang dauert oft länger, bleiben Sie dran und wechseln Sie den Kanal</numerusform>
            <numerusform>%n Versuche ohne Antwort: Zugang dauert oft länger, bleiben Sie dran und wechseln Sie den Kanal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempts, all on one channel (%1): try %2 or %3</source>
        <translation>
            <numerusform>%n Versuch, alle auf einem Kanal (%1): versuchen Sie %2 oder %3</numerusform>
            <numerusform>%n Versuche, alle auf einem Kanal (%1): versuchen Sie %2 oder %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 attempts: access usually takes %1 or more, keep going</source>
        <translation>
            <numerusform>%n von %1 Versuchen: Zugang braucht meist %1 oder mehr, bleiben Sie dran</numerusform>
            <numerusform>%n von %1 Versuchen: Zugang braucht meist %1 oder mehr, bleiben Sie dran</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reached them on attempt %n: now make every touch worth their time</source>
        <translation>
            <numerusform>Beim %n. Versuch erreicht: jetzt muss jeder Kontaktpunkt ihre Zeit wert sein</numerusform>
            <numerusform>Beim %n. Versuch erreicht: jetzt muss jeder Kontaktpunkt ihre Zeit wert sein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n “no”s heard: most yeses come after four, ask again with something new</source>
        <translation>
            <numerusform>%n „Nein“ gehört: die meisten Zusagen kommen nach vier, fragen Sie mit etwas Neuem wieder</numerusform>
            <numerusform>%n „Nein“ gehört: die meisten Zusagen kommen nach vier, fragen Sie mit etwas Neuem wieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 “no”s so far: most yeses come after %1, a “no” means “not now”</source>
        <translation>
            <numerusform>%n von %1 „Nein“ bisher: die meisten Zusagen kommen nach %1, ein „Nein“ heißt „nicht jetzt“</numerusform>
            <numerusform>%n von %1 „Nein“ bisher: die meisten Zusagen kommen nach %1, ein „Nein“ heißt „nicht jetzt“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 channels: a good mix, switch again whenever one stays silent</source>
        <translation>
            <numerusform>%n von %1 Kanälen: eine gute Mischung, wechseln Sie wieder, wenn einer stumm bleibt</numerusform>
            <numerusform>%n von %1 Kanälen: eine gute Mischung, wechseln Sie wieder, wenn einer stumm bleibt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 channels: add %2</source>
        <translation>
            <numerusform>%n von %1 Kanälen: nehmen Sie %2 dazu</numerusform>
            <numerusform>%n von %1 Kanälen: nehmen Sie %2 dazu</numerusform>
        </translation>
    </message>
    <message>
        <source>No touches yet: make the first one carry value</source>
        <translation>Noch keine Kontaktpunkte: bringen Sie schon beim ersten etwas von Wert mit</translation>
    </message>
    <message>
        <source>%1% of touches carried value: keep bringing something every time</source>
        <translation>%1 % der Kontaktpunkte brachten Mehrwert: bringen Sie weiter jedes Mal etwas mit</translation>
    </message>
    <message>
        <source>%1% of touches carried value: bring an insight or an idea next time</source>
        <translation>%1 % der Kontaktpunkte brachten Mehrwert: bringen Sie nächstes Mal eine Erkenntnis oder eine Idee mit</translation>
    </message>
    <message>
        <source>No meaningful touch yet: reach them or send something of value this week</source>
        <translation>Noch kein sinnvoller Kontaktpunkt: erreichen Sie sie oder schicken Sie diese Woche etwas von Wert</translation>
    </message>
    <message numerus="yes">
        <source>%n days since a meaningful touch: send something of value this week</source>
        <translation>
            <numerusform>%n Tag seit dem letzten sinnvollen Kontaktpunkt: schicken Sie diese Woche etwas von Wert</numerusform>
            <numerusform>%n Tage seit dem letzten sinnvollen Kontaktpunkt: schicken Sie diese Woche etwas von Wert</numerusform>
        </translation>
    </message>
    <message>
        <source>A meaningful touch today: good, keep one every %1 days or sooner</source>
        <translation>Heute ein sinnvoller Kontaktpunkt: gut, halten Sie mindestens alle %1 Tage einen</translation>
    </message>
    <message>
        <source>A meaningful touch yesterday: good, keep one every %1 days or sooner</source>
        <translation>Gestern ein sinnvoller Kontaktpunkt: gut, halten Sie mindestens alle %1 Tage einen</translation>
    </message>
    <message numerus="yes">
        <source>%n days since a meaningful touch: good, keep one every %1 days or sooner</source>
        <translation>
            <numerusform>%n Tag seit dem letzten sinnvollen Kontaktpunkt: gut, halten Sie mindestens alle %1 Tage einen</numerusform>
            <numerusform>%n Tage seit dem letzten sinnvollen Kontaktpunkt: gut, halten Sie mindestens alle %1 Tage einen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Lost deals in “%1”, %2 to %3</source>
        <translation>Verlorene Deals in „%1“, %2 bis %3</translation>
    </message>
    <message>
        <source>%1: %2 lost (%3), %4 re-engaged, %5 won back</source>
        <translation>%1: %2 verloren (%3), %4 wieder aufgenommen, %5 zurückgewonnen</translation>
    </message>
    <message>
        <source>; by reason: %1</source>
        <translation>; nach Grund: %1</translation>
    </message>
    <message>
        <source>Months: %1. Lost: %2, worth %3.</source>
        <translation>Monate: %1. Verloren: %2, im Wert von %3.</translation>
    </message>
    <message>
        <source>Pursued since the loss: %1. Re-engaged: %2. Won back: %3, worth %4.</source>
        <translation>Seit dem Verlust weiterverfolgt: %1. Wieder aufgenommen: %2. Zurückgewonnen: %3, im Wert von %4.</translation>
    </message>
    <message>
        <source>Cannot read the lost deals of “%1”: %2</source>
        <translation>Die verlorenen Deals von „%1“ können nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Ripen::AgendaCardDelegate</name>
    <message>
        <source>No value planned</source>
        <translation>Kein Mehrwert geplant</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Re-engage</source>
        <translation>Wiederansprechen</translation>
    </message>
</context>
<context>
    <name>Ripen::AgendaCardList</name>
    <message>
        <source>Nothing here matches the filter.</source>
        <translation>Nichts hier passt zum Filter.</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Nichts überfällig.</translation>
    </message>
    <message>
        <source>Nothing planned.
Drag a card here.</source>
        <translation>Nichts geplant.
Ziehen Sie eine Karte hierher.</translation>
    </message>
</context>
<context>
    <name>Ripen::AgendaColumn</name>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>before today</source>
        <translation>vor heute</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a folded weekend: Sat–Sun</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>the days of a folded weekend</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>%1, %2: 1 follow-up</source>
        <translation>%1, %2: 1 Wiedervorlage</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n follow-ups</source>
        <translation>
            <numerusform>%1, %2: %n Wiedervorlage</numerusform>
            <numerusform>%1, %2: %n Wiedervorlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Ripen::AgendaColumnModel</name>
    <message>
        <source>Re-engage</source>
        <translation>Wiederansprechen</translation>
    </message>
    <message>
        <source>Ghosted</source>
        <translation>Abgetaucht</translation>
    </message>
    <message>
        <source>Long game</source>
        <translation>Langer Atem</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1, %2, %3: %4</source>
        <translation>%1, %2, %3: %4</translation>
    </message>
    <message>
        <source>no value planned</source>
        <translation>kein Mehrwert geplant</translation>
    </message>
    <message>
        <source>%1 of %2 before %3</source>
        <translation>%1 von %2 bis %3</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 before %2</source>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>Ripen::AgendaView</name>
    <message>
        <source>Only &amp;value-less</source>
        <translation>Nur &amp;ohne Mehrwert</translation>
    </message>
    <message>
        <source>Drop here: pick a date… (Ctrl+Shift+D)</source>
        <translation>Hier ablegen: Datum wählen… (Strg+Umschalt+D)</translation>
    </message>
    <message>
        <source>Filter by deal, account or contact (Ctrl+F)</source>
        <translation>Filtern: Deal, Unternehmen, Ansprechpartner (Strg+F)</translation>
    </message>
    <message>
        <source>Filter follow-ups</source>
        <translation>Wiedervorlagen filtern</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Only the touches that bring nothing yet: give them a value before they go out</source>
        <translation>Nur die Kontaktpunkte, die noch nichts mitbringen: Planen Sie Mehrwert ein, bevor sie rausgehen</translation>
    </message>
    <message>
        <source>&amp;7 Days</source>
        <translation>&amp;7 Tage</translation>
    </message>
    <message>
        <source>&amp;14 Days</source>
        <translation>&amp;14 Tage</translation>
    </message>
    <message>
        <source>Show &amp;Weekends</source>
        <translation>&amp;Wochenenden zeigen</translation>
    </message>
    <message>
        <source>Show Saturday and Sunday as days of their own; else they share one narrow column</source>
        <translation>Samstag und Sonntag als eigene Tage zeigen; sonst teilen sie sich eine schmale Spalte</translation>
    </message>
    <message>
        <source>Days shown</source>
        <translation>Angezeigte Tage</translation>
    </message>
    <message>
        <source>Mark &amp;Done…</source>
        <translation>Als &amp;erledigt markieren…</translation>
    </message>
    <message>
        <source>Log the touch this follow-up planned, with the value it carried</source>
        <translation>Den Kontakt erfassen, den diese Wiedervorlage geplant hat, mit dem Mehrwert, den er brachte</translation>
    </message>
    <message>
        <source>&amp;Skip…</source>
        <translation>Ü&amp;berspringen…</translation>
    </message>
    <message>
        <source>Cancel the selected follow-ups, saying why (undoable)</source>
        <translation>Die ausgewählten Wiedervorlagen mit Begründung absagen (lässt sich rückgängig machen)</translation>
    </message>
    <message>
        <source>Open &amp;Timeline</source>
        <translation>&amp;Verlauf öffnen</translation>
    </message>
    <message>
        <source>Show every touch of the selected follow-up&apos;s deal</source>
        <translation>Jeden Kontaktpunkt des Deals der ausgewählten Wiedervorlage zeigen</translation>
    </message>
    <message>
        <source>A Day &amp;Earlier</source>
        <translation>Einen Tag &amp;früher</translation>
    </message>
    <message>
        <source>Move the selected follow-ups one day earlier, not before today</source>
        <translation>Die ausgewählten Wiedervorlagen um einen Tag vorziehen, nicht vor heute</translation>
    </message>
    <message>
        <source>A Day &amp;Later</source>
        <translation>Einen Tag &amp;später</translation>
    </message>
    <message>
        <source>Move the selected follow-ups one day later</source>
        <translation>Die ausgewählten Wiedervorlagen um einen Tag nach hinten verschieben</translation>
    </message>
    <message>
        <source>A &amp;Week Earlier</source>
        <translation>Eine &amp;Woche früher</translation>
    </message>
    <message>
        <source>Move the selected follow-ups one week earlier, not before today</source>
        <translation>Die ausgewählten Wiedervorlagen um eine Woche vorziehen, nicht vor heute</translation>
    </message>
    <message>
        <source>A Wee&amp;k Later</source>
        <translation>Eine Woche s&amp;päter</translation>
    </message>
    <message>
        <source>Move the selected follow-ups one week later</source>
        <translation>Die ausgewählten Wiedervorlagen um eine Woche nach hinten verschieben</translation>
    </message>
    <message>
        <source>Res&amp;chedule To…</source>
        <translation>Verschieben &amp;auf…</translation>
    </message>
    <message>
        <source>Move the selected follow-ups to a day you pick on a calendar</source>
        <translation>Die ausgewählten Wiedervorlagen auf einen Tag verschieben, den Sie im Kalender wählen</translation>
    </message>
    <message>
        <source>&amp;Find Follow-ups</source>
        <translation>Wiedervorlagen s&amp;uchen</translation>
    </message>
    <message>
        <source>Filter the agenda</source>
        <translation>Die Wiedervorlagen filtern</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Wiedervorlagen</translation>
    </message>
    <message>
        <source>Your planned touches by day: drag them to reschedule</source>
        <translation>Ihre geplanten Kontaktpunkte Tag für Tag: zum Verschieben einfach ziehen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>14 days, weekends</source>
        <translation>14 Tage, mit Wochenenden</translation>
    </message>
    <message>
        <source>7 days, weekends</source>
        <translation>7 Tage, mit Wochenenden</translation>
    </message>
    <message>
        <source>14 days</source>
        <translation>14 Tage</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>Could not reschedule</source>
        <translation>Verschieben nicht möglich</translation>
    </message>
    <message>
        <source>A follow-up cannot be planned in the past (%1).</source>
        <translation>Eine Wiedervorlage lässt sich nicht in der Vergangenheit planen (%1).</translation>
    </message>
    <message>
        <source>Reschedule To</source>
        <translation>Verschieben auf</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>“%1”: %2 → %3</source>
        <translation>„%1“: %2 → %3</translation>
    </message>
    <message>
        <source>Move the Cadence Along?</source>
        <translation>Die Sequenz mitverschieben?</translation>
    </message>
    <message>
        <source>The follow-up belongs to a cadence. Move its later steps along too, keeping their spacing and none on or after its come-back date?

%1</source>
        <translation>Die Wiedervorlage gehört zu einer Sequenz. Ihre Folgeschritte mitverschieben, mit gleichen Abständen und keinem am oder nach dem Datum für die Rückkehr?

%1</translation>
    </message>
    <message>
        <source>Move Them Too</source>
        <translation>Mitverschieben</translation>
    </message>
    <message>
        <source>Only This One</source>
        <translation>Nur diese</translation>
    </message>
    <message>
        <source>Too Close to Another Touch</source>
        <translation>Zu nah an einem anderen Kontaktpunkt</translation>
    </message>
    <message>
        <source>%1

Reschedule anyway?</source>
        <translation>%1

Trotzdem verschieben?</translation>
    </message>
    <message>
        <source>Reschedule Anyway</source>
        <translation>Trotzdem verschieben</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Skip Follow-ups</source>
        <translation>Wiedervorlagen überspringen</translation>
    </message>
    <message>
        <source>Why is this follow-up skipped?</source>
        <translation>Warum wird diese Wiedervorlage übersprungen?</translation>
    </message>
    <message numerus="yes">
        <source>Why are these %n follow-ups skipped?</source>
        <translation>
            <numerusform>Warum wird diese %n Wiedervorlage übersprungen?</numerusform>
            <numerusform>Warum werden diese %n Wiedervorlagen übersprungen?</numerusform>
        </translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation>Nicht mehr nötig</translation>
    </message>
    <message>
        <source>They asked us to wait</source>
        <translation>Kunde hat um Aufschub gebeten</translation>
    </message>
    <message>
        <source>Covered by another touch</source>
        <translation>Durch einen anderen Kontaktpunkt abgedeckt</translation>
    </message>
    <message>
        <source>Contact has left the company</source>
        <translation>Ansprechpartner hat das Unternehmen verlassen</translation>
    </message>
    <message>
        <source>Could not skip</source>
        <translation>Überspringen nicht möglich</translation>
    </message>
</context>
<context>
    <name>Ripen::BoardView</name>
    <message>
        <source>Needs &amp;attention</source>
        <translation>Braucht Auf&amp;merksamkeit</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Neuer Deal</translation>
    </message>
    <message>
        <source>Drop here: won (Ctrl+Shift+W)</source>
        <translation>Hier ablegen: gewonnen (Strg+Umschalt+W)</translation>
    </message>
    <message>
        <source>Drop here: lost, for now (Ctrl+Shift+L)</source>
        <translation>Hier ablegen: vorerst verloren (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <source>Filter by deal, account or contact (Ctrl+F)</source>
        <translation>Filtern: Deal, Unternehmen, Ansprechpartner (Strg+F)</translation>
    </message>
    <message>
        <source>Filter deals</source>
        <translation>Deals filtern</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <source>Only deals that are overdue, have no next step, are rotting or get check-ins only</source>
        <translation>Nur Deals, die überfällig sind, keinen nächsten Schritt haben, eingeschlafen sind oder nur Nachhaken bekommen</translation>
    </message>
    <message>
        <source>&amp;New Deal…</source>
        <translation>&amp;Neuer Deal…</translation>
    </message>
    <message>
        <source>Create a deal in the current stage</source>
        <translation>Einen Deal in der aktuellen Phase anlegen</translation>
    </message>
    <message>
        <source>&amp;Edit Deal…</source>
        <translation>Deal &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected deal</source>
        <translation>Den ausgewählten Deal bearbeiten</translation>
    </message>
    <message>
        <source>Move to &amp;Previous Stage</source>
        <translation>In die vo&amp;rige Phase</translation>
    </message>
    <message>
        <source>Move the selected deal one stage back</source>
        <translation>Den ausgewählten Deal eine Phase zurückschieben</translation>
    </message>
    <message>
        <source>Move to Ne&amp;xt Stage</source>
        <translation>In die nä&amp;chste Phase</translation>
    </message>
    <message>
        <source>Move the selected deal one stage on</source>
        <translation>Den ausgewählten Deal eine Phase weiterschieben</translation>
    </message>
    <message>
        <source>Mark as &amp;Won…</source>
        <translation>Als &amp;gewonnen markieren…</translation>
    </message>
    <message>
        <source>Record the selected deal as won</source>
        <translation>Den ausgewählten Deal als gewonnen erfassen</translation>
    </message>
    <message>
        <source>Mark as &amp;Lost…</source>
        <translation>Als ver&amp;loren markieren…</translation>
    </message>
    <message>
        <source>Record why the selected deal was lost and when to come back</source>
        <translation>Erfassen, warum der ausgewählte Deal verloren ging und wann Sie wiederkommen</translation>
    </message>
    <message>
        <source>Open &amp;Timeline</source>
        <translation>&amp;Verlauf öffnen</translation>
    </message>
    <message>
        <source>Show every touch of the selected deal</source>
        <translation>Jeden Kontaktpunkt des ausgewählten Deals zeigen</translation>
    </message>
    <message>
        <source>&amp;Find Deals</source>
        <translation>Deals &amp;suchen</translation>
    </message>
    <message>
        <source>Filter the board</source>
        <translation>Das Board filtern</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Could not move the deal</source>
        <translation>Der Deal konnte nicht verschoben werden</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move the selected deal one card up in its stage</source>
        <translation>Den ausgewählten Deal in seiner Phase eine Karte nach oben schieben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move the selected deal one card down in its stage</source>
        <translation>Den ausgewählten Deal in seiner Phase eine Karte nach unten schieben</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Board</translation>
    </message>
    <message>
        <source>Your deals as cards in stage columns</source>
        <translation>Ihre Deals als Karten in Spalten je Phase</translation>
    </message>
    <message>
        <source>&amp;Log Touch…</source>
        <translation>Kontakt &amp;erfassen…</translation>
    </message>
    <message>
        <source>Log a call, email, note or visit on the selected deal, with the value it carried</source>
        <translation>Einen Anruf, eine E-Mail, Notiz oder einen Besuch zum gewählten Deal erfassen, mit dem Mehrwert, den er brachte</translation>
    </message>
    <message>
        <source>Preparing the search…</source>
        <translation>Suche wird vorbereitet…</translation>
    </message>
</context>
<context>
    <name>Ripen::CardListView</name>
    <message>
        <source>No deals here yet.
Drag a card here, or press Ctrl+Shift+N.</source>
        <translation>Noch keine Deals hier.
Ziehen Sie eine Karte hierher oder drücken Sie Strg+Umschalt+N.</translation>
    </message>
    <message>
        <source>No deal here matches the filter.</source>
        <translation>Kein Deal hier passt zum Filter.</translation>
    </message>
</context>
<context>
    <name>Ripen::DealActions</name>
    <message>
        <source>Could not create the deal</source>
        <translation>Der Deal konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Could not save the deal</source>
        <translation>Der Deal konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not mark the deal as won</source>
        <translation>Der Deal konnte nicht als gewonnen markiert werden</translation>
    </message>
    <message>
        <source>Could not mark the deal as lost</source>
        <translation>Der Deal konnte nicht als verloren markiert werden</translation>
    </message>
    <message>
        <source>Could not log the touch</source>
        <translation>Der Kontakt konnte nicht erfasst werden</translation>
    </message>
    <message>
        <source>Could not change the touch</source>
        <translation>Der Kontakt konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>Could not delete the touch</source>
        <translation>Der Kontakt konnte nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>Ripen::DealCardDelegate</name>
    <message>
        <source>No next step</source>
        <translation>Kein Schritt geplant</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Überfällig seit %1</translation>
    </message>
    <message>
        <source>Next step today</source>
        <translation>Nächster Schritt heute</translation>
    </message>
    <message>
        <source>Next step %1</source>
        <translation>Geplant: %1</translation>
    </message>
    <message>
        <source>1 touch</source>
        <translation>1 Kontaktpunkt</translation>
    </message>
    <message>
        <source>%1 touches</source>
        <translation>%1 Kontaktpunkte</translation>
    </message>
    <message>
        <source>No touches yet</source>
        <translation>Keine Kontaktpunkte</translation>
    </message>
    <message>
        <source>%1 · none carried value</source>
        <translation>Ohne Mehrwert · %1</translation>
    </message>
    <message>
        <source>%1 · value today</source>
        <translation>Mehrwert heute · %1</translation>
    </message>
    <message>
        <source>Check-ins only</source>
        <translation>Nur Nachhaken</translation>
    </message>
    <message>
        <source>Rotting</source>
        <translation>Eingeschlafen</translation>
    </message>
    <message>
        <source>Rotting: no meaningful touch for longer than this stage allows, and nothing planned.</source>
        <translation>Eingeschlafen: länger kein sinnvoller Kontaktpunkt, als diese Phase erlaubt, und nichts geplant.</translation>
    </message>
    <message>
        <source>The last %1 touches were bare check-ins. Stop and bring something of value next time.</source>
        <translation>Die letzten %1 Kontaktpunkte waren bloßes Nachhaken. Halten Sie inne und bringen Sie beim nächsten Mal etwas von Wert mit.</translation>
    </message>
    <message>
        <source>%1 · value %2 d</source>
        <comment>days since the last touch that carried value</comment>
        <translation>Mehrwert vor %2 T. · %1</translation>
    </message>
    <message>
        <source>No value yet</source>
        <translation>Noch kein Mehrwert</translation>
    </message>
    <message>
        <source>Value today</source>
        <translation>Mehrwert heute</translation>
    </message>
    <message>
        <source>Value %1 d ago</source>
        <comment>days since the last touch that carried value</comment>
        <translation>Mehrwert vor %1 T.</translation>
    </message>
</context>
<context>
    <name>Ripen::DealDialog</name>
    <message>
        <source>New deal</source>
        <translation>Neuer Deal</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Create deal</source>
        <translation>Deal &amp;anlegen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Title: a deal needs a title.</source>
        <translation>Titel: Ein Deal braucht einen Titel.</translation>
    </message>
    <message>
        <source>Account: choose an account or type the name of a new one.</source>
        <translation>Unternehmen: Wählen Sie ein Unternehmen oder geben Sie den Namen eines neuen ein.</translation>
    </message>
    <message>
        <source>Value: “%1” is not an amount. Type a number such as 12500 or 12,500.50.</source>
        <translation>Wert: „%1“ ist kein Betrag. Geben Sie eine Zahl wie 12500 oder 12.500,50 ein.</translation>
    </message>
    <message>
        <source>Currency: “%1” is not a currency code; use three letters such as EUR.</source>
        <translation>Währung: „%1“ ist kein Währungscode; verwenden Sie drei Buchstaben wie EUR.</translation>
    </message>
    <message>
        <source>Stage: the pipeline has no open stage. Add one in Settings &gt; Pipeline.</source>
        <translation>Phase: Die Pipeline hat keine offene Phase. Legen Sie eine unter Einstellungen &gt; Pipeline an.</translation>
    </message>
</context>
<context>
    <name>Ripen::ImportCheckPage</name>
    <message>
        <source>&amp;Update deals already present (value, currency, owner)</source>
        <translation>Bereits vorhandene Deals &amp;aktualisieren (Wert, Währung, Zuständigkeit)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Ripen reads and tries every row without writing anything, and shows what the import will do.</source>
        <translation>Ripen liest und erprobt jede Zeile, ohne etwas zu schreiben, und zeigt, was der Import tun wird.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>for amounts that name no currency</source>
        <translation>für Beträge ohne Währungsangabe</translation>
    </message>
    <message>
        <source>Date &amp;format:</source>
        <translation>&amp;Datumsformat:</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>&amp;Standardwährung:</translation>
    </message>
    <message>
        <source>Or go Back to change how the file is read or its columns, or Cancel and fix the file first: nothing has been written yet.</source>
        <translation>Oder gehen Sie mit „Zurück“ zurück, um das Lesen der Datei oder ihre Spalten zu ändern, oder wählen Sie „Abbrechen“ und korrigieren Sie zuerst die Datei: Noch wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>year-month-day</source>
        <translation>Jahr-Monat-Tag</translation>
    </message>
    <message>
        <source>month/day/year (United States)</source>
        <translation>Monat/Tag/Jahr (USA)</translation>
    </message>
    <message>
        <source>day.month.year (Germany, Switzerland…)</source>
        <translation>Tag.Monat.Jahr (Deutschland, Schweiz …)</translation>
    </message>
    <message>
        <source>day/month/year (United Kingdom, France…)</source>
        <translation>Tag/Monat/Jahr (Großbritannien, Frankreich …)</translation>
    </message>
    <message>
        <source>%1: “%2” is %3</source>
        <comment>format: sample date is the day it means</comment>
        <translation>%1: „%2“ ist %3</translation>
    </message>
    <message>
        <source>Choose the format the file was written in…</source>
        <translation>Wählen Sie das Format, in dem die Datei geschrieben ist…</translation>
    </message>
    <message>
        <source>Every date in the file fits more than one format: “%1” could be either day. The one you choose decides which day each date is.</source>
        <translation>Jedes Datum in der Datei passt zu mehr als einem Format: „%1“ kann der eine wie der andere Tag sein. Ihre Wahl entscheidet, welcher Tag jedes Datum ist.</translation>
    </message>
    <message>
        <source>Choose the date format before going on.</source>
        <translation>Wählen Sie das Datumsformat, bevor Sie weitergehen.</translation>
    </message>
    <message>
        <source>The columns chosen hold no dates.</source>
        <translation>Die gewählten Spalten enthalten kein Datum.</translation>
    </message>
    <message>
        <source>Found from the file&apos;s dates.</source>
        <translation>Aus den Datumsangaben der Datei ermittelt.</translation>
    </message>
    <message>
        <source>Default currency: type a three-letter code such as EUR or USD.</source>
        <translation>Standardwährung: Geben Sie einen Code aus drei Buchstaben wie EUR oder USD ein.</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&amp;Problems (%1): these rows are skipped</source>
        <translation>&amp;Probleme (%1): Diese Zeilen werden übersprungen</translation>
    </message>
    <message>
        <source>Import the 1 &amp;valid row and skip the rest</source>
        <translation>Die 1 &amp;gültige Zeile importieren und den Rest überspringen</translation>
    </message>
    <message numerus="yes">
        <source>Import the %n &amp;valid rows and skip the rest</source>
        <translation>
            <numerusform>Die %n &amp;gültige Zeile importieren und den Rest überspringen</numerusform>
            <numerusform>Die %n &amp;gültigen Zeilen importieren und den Rest überspringen</numerusform>
        </translation>
    </message>
    <message>
        <source>No row of the file can be imported. Go Back to change how the file is read or its columns, or Cancel and fix the file.</source>
        <translation>Keine Zeile der Datei lässt sich importieren. Gehen Sie mit „Zurück“ zurück, um das Lesen der Datei oder ihre Spalten zu ändern, oder wählen Sie „Abbrechen“ und korrigieren Sie die Datei.</translation>
    </message>
    <message>
        <source>Every deal of the file is in Ripen already. Tick “Update deals already present” to bring their value, currency and owner up to date.</source>
        <translation>Jeder Deal der Datei ist bereits in Ripen. Setzen Sie den Haken bei „Bereits vorhandene Deals aktualisieren“, um Wert, Währung und Zuständigkeit auf den neuesten Stand zu bringen.</translation>
    </message>
    <message>
        <source>Every activity of the file is in Ripen already: there is nothing to import.</source>
        <translation>Jede Aktivität der Datei ist schon in Ripen: Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>Activities already in Ripen (the same ID, or the same deal, type and time) are not imported twice.</source>
        <translation>Aktivitäten, die Ripen schon hat (dieselbe ID oder derselbe Deal, Typ und Zeitpunkt), werden nicht doppelt importiert.</translation>
    </message>
    <message>
        <source>&amp;Update activities already present (time, outcome, value, note)</source>
        <translation>Vorhandene Aktivitäten &amp;aktualisieren (Zeitpunkt, Ergebnis, Wert, Notiz)</translation>
    </message>
</context>
<context>
    <name>Ripen::ImportColumnsPage</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Which column of the file each field of a deal comes from. One column may feed two fields: HubSpot&apos;s “Deal Stage” gives both the stage and whether the deal was won.</source>
        <translation>Aus welcher Spalte der Datei jedes Feld eines Deals kommt. Eine Spalte kann zwei Felder füllen: „Deal Stage“ von HubSpot liefert die Phase und zugleich, ob der Deal gewonnen wurde.</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>&amp;Title (required)</source>
        <translation>&amp;Titel (Pflichtfeld)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Unternehmen</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>&amp;Ansprechpartner</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Phase</translation>
    </message>
    <message>
        <source>Stat&amp;us (open, won, lost)</source>
        <translation>&amp;Status (offen, gewonnen, verloren)</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>W&amp;ert</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>Wä&amp;hrung</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>Zuständi&amp;g</translation>
    </message>
    <message>
        <source>Cr&amp;eated on</source>
        <translation>Ange&amp;legt am</translation>
    </message>
    <message>
        <source>Close &amp;date (won or lost)</source>
        <translation>Abschluss&amp;datum (gewonnen oder verloren)</translation>
    </message>
    <message>
        <source>Won on</source>
        <translation>Gewonnen am</translation>
    </message>
    <message>
        <source>&amp;Lost on</source>
        <translation>Verl&amp;oren am</translation>
    </message>
    <message>
        <source>Lost &amp;reason</source>
        <translation>Verlustg&amp;rund</translation>
    </message>
    <message>
        <source>Co&amp;mpetitor</source>
        <translation>&amp;Mitbewerber</translation>
    </message>
    <message>
        <source>Ne&amp;xt follow-up</source>
        <translation>&amp;Nächste Wiedervorlage</translation>
    </message>
    <message>
        <source>&amp;ID in the other tool</source>
        <translation>&amp;ID im anderen Programm</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Spalte der Datei</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(nicht in der Datei)</translation>
    </message>
    <message>
        <source>None (guess from the header)</source>
        <translation>Keine (aus der Kopfzeile erraten)</translation>
    </message>
    <message>
        <source>Ripen recognised a %1 from its header.</source>
        <translation>Ripen hat die Datei an ihrer Kopfzeile erkannt: %1.</translation>
    </message>
    <message>
        <source>No preset matches the header: the columns were guessed from their names.</source>
        <translation>Keine Vorlage passt zur Kopfzeile: Die Spalten wurden anhand ihrer Namen erraten.</translation>
    </message>
    <message>
        <source>Every column of the file is imported.</source>
        <translation>Jede Spalte der Datei wird importiert.</translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>Nicht importiert: %1.</translation>
    </message>
    <message>
        <source>Choose the column that holds the deals&apos; titles: a deal cannot be imported without one.</source>
        <translation>Wählen Sie die Spalte mit den Titeln der Deals: Ohne Titel kann ein Deal nicht importiert werden.</translation>
    </message>
    <message>
        <source>Choose the column that holds the activities&apos; dates (When): an activity cannot be imported without one.</source>
        <translation>Wählen Sie die Spalte mit dem Datum der Aktivitäten (Wann): Ohne Datum kann eine Aktivität nicht importiert werden.</translation>
    </message>
    <message>
        <source>Choose the column that names each activity&apos;s deal (its title, or its ID in the other tool) or its account: every activity goes onto a deal.</source>
        <translation>Wählen Sie die Spalte, die den Deal jeder Aktivität nennt (seinen Titel oder seine ID im anderen Programm), oder ihr Unternehmen: Jede Aktivität kommt zu einem Deal.</translation>
    </message>
    <message>
        <source>&amp;Deal (its title)</source>
        <translation>&amp;Deal (sein Titel)</translation>
    </message>
    <message>
        <source>Deal&apos;s &amp;ID in the other tool</source>
        <translation>Deal-&amp;ID im anderen Programm</translation>
    </message>
    <message>
        <source>Stat&amp;us (done or planned)</source>
        <translation>&amp;Status (erledigt oder geplant)</translation>
    </message>
    <message>
        <source>&amp;When (required)</source>
        <translation>Wa&amp;nn (Pflichtfeld)</translation>
    </message>
    <message>
        <source>Ou&amp;tcome</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Value given (insight, idea…)</source>
        <translation>&amp;Mehrwert (Erkenntnis, Idee …)</translation>
    </message>
    <message>
        <source>Value not&amp;e</source>
        <translation>Mehrwert-N&amp;otiz</translation>
    </message>
    <message>
        <source>Activit&amp;y&apos;s ID in the other tool</source>
        <translation>ID der Aktivi&amp;tät im anderen Programm</translation>
    </message>
    <message>
        <source>Which column of the file each field of an activity comes from. Each activity goes onto its deal: the one with its deal&apos;s ID, else its deal&apos;s title, else its account&apos;s deal.</source>
        <translation>Aus welcher Spalte der Datei jedes Feld einer Aktivität kommt. Jede Aktivität kommt zu ihrem Deal: dem mit der ID ihres Deals, sonst dem mit dem Titel ihres Deals, sonst dem Deal ihres Unternehmens.</translation>
    </message>
</context>
<context>
    <name>Ripen::ImportFilePage</name>
    <message>
        <source>Choose the File</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>The path of a .csv file</source>
        <translation>Der Pfad einer .csv-Datei</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Activities (calls, emails, meetings)</source>
        <translation>Aktivitäten (Anrufe, E-Mails, Termine)</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>CSV-&amp;Datei:</translation>
    </message>
    <message>
        <source>The file &amp;holds:</source>
        <translation>Die Datei &amp;enthält:</translation>
    </message>
    <message>
        <source>Choose a CSV File</source>
        <translation>CSV-Datei wählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation>Es gibt keine Datei „%1“.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>„%1“ ist leer.</translation>
    </message>
    <message>
        <source>Bring your deals, and then their calls, emails and meetings, over from Pipedrive, HubSpot, Salesforce or a spreadsheet: choose the CSV file you exported from it. Nothing is written until the last step.</source>
        <translation>Holen Sie Ihre Deals und danach ihre Anrufe, E-Mails und Termine aus Pipedrive, HubSpot, Salesforce oder einer Tabellenkalkulation: Wählen Sie die CSV-Datei, die Sie dort exportiert haben. Bis zum letzten Schritt wird nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>Ripen::ImportHistoryDialog</name>
    <message>
        <source>Import History</source>
        <translation>Import-Verlauf</translation>
    </message>
    <message>
        <source>Every import of this database. Taking one back removes what it brought in and gives deals it updated their values back.</source>
        <translation>Alle Importe dieser Datenbank. Zurücknehmen entfernt, was ein Import gebracht hat, und gibt Deals, die er aktualisiert hat, ihre Werte zurück.</translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation>Importiert am</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Nothing was imported into this database yet: File &gt; Import… brings in a CSV file.</source>
        <translation>In diese Datenbank wurde noch nichts importiert: Datei &gt; Importieren… liest eine CSV-Datei ein.</translation>
    </message>
    <message>
        <source>&amp;Take Back…</source>
        <translation>&amp;Zurücknehmen…</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Taken back on %1</source>
        <translation>Zurückgenommen am %1</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Cannot Take the Import Back</source>
        <translation>Import kann nicht zurückgenommen werden</translation>
    </message>
    <message>
        <source>1 deal</source>
        <translation>1 Deal</translation>
    </message>
    <message numerus="yes">
        <source>%n deals</source>
        <translation>
            <numerusform>%n Deals</numerusform>
            <numerusform>%n Deals</numerusform>
        </translation>
    </message>
    <message>
        <source>1 touch</source>
        <translation>1 Kontakt</translation>
    </message>
    <message numerus="yes">
        <source>%n touches</source>
        <translation>
            <numerusform>%n Kontakte</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>1 follow-up</source>
        <translation>1 Wiedervorlage</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups</source>
        <translation>
            <numerusform>%n Wiedervorlagen</numerusform>
            <numerusform>%n Wiedervorlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 account</source>
        <translation>1 Unternehmen</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts</source>
        <translation>
            <numerusform>%n Unternehmen</numerusform>
            <numerusform>%n Unternehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 Ansprechpartner</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n Ansprechpartner</numerusform>
            <numerusform>%n Ansprechpartner</numerusform>
        </translation>
    </message>
    <message>
        <source>1 stage</source>
        <translation>1 Phase</translation>
    </message>
    <message numerus="yes">
        <source>%n stages</source>
        <translation>
            <numerusform>%n Phasen</numerusform>
            <numerusform>%n Phasen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 lost reason</source>
        <translation>1 Verlustgrund</translation>
    </message>
    <message numerus="yes">
        <source>%n lost reasons</source>
        <translation>
            <numerusform>%n Verlustgründe</numerusform>
            <numerusform>%n Verlustgründe</numerusform>
        </translation>
    </message>
    <message>
        <source>The import of “%1” left nothing that is still there to remove.</source>
        <translation>Vom Import „%1“ ist nichts mehr da, was zu entfernen wäre.</translation>
    </message>
    <message>
        <source>Taking back the import of “%1” removes %2.</source>
        <translation>Das Zurücknehmen des Imports „%1“ entfernt %2.</translation>
    </message>
    <message>
        <source>1 deal it updated gets its value, currency and owner back.</source>
        <translation>1 von ihm aktualisierter Deal bekommt Wert, Währung und Zuständigkeit zurück.</translation>
    </message>
    <message numerus="yes">
        <source>%n deals it updated get their value, currency and owner back.</source>
        <translation>
            <numerusform>%n von ihm aktualisierte Deals bekommen Wert, Währung und Zuständigkeit zurück.</numerusform>
            <numerusform>%n von ihm aktualisierte Deals bekommen Wert, Währung und Zuständigkeit zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 touch or follow-up logged on its deals since the import goes with them.</source>
        <translation>1 seit dem Import zu seinen Deals erfasster Kontakt oder Wiedervorlage wird mit entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>%n touches and follow-ups logged on its deals since the import go with them.</source>
        <translation>
            <numerusform>%n seit dem Import zu seinen Deals erfasste Kontakte und Wiedervorlagen werden mit entfernt.</numerusform>
            <numerusform>%n seit dem Import zu seinen Deals erfasste Kontakte und Wiedervorlagen werden mit entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Take Back the Import?</source>
        <translation>Import zurücknehmen?</translation>
    </message>
    <message>
        <source>&amp;Take Back</source>
        <translation>&amp;Zurücknehmen</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>1 touch or follow-up it updated gets back what it held.</source>
        <translation>1 von ihm aktualisierter Kontakt oder Wiedervorlage erhält zurück, was er hatte.</translation>
    </message>
    <message numerus="yes">
        <source>%n touches and follow-ups it updated get back what they held.</source>
        <translation>
            <numerusform>%n von ihm aktualisierter Kontakt oder Wiedervorlage erhält zurück, was er hatte.</numerusform>
            <numerusform>%n von ihm aktualisierte Kontakte und Wiedervorlagen erhalten zurück, was sie hatten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ripen::ImportReadingPage</name>
    <message>
        <source>First row is a &amp;header (the columns&apos; names)</source>
        <translation>Erste Zeile ist eine &amp;Kopfzeile (die Namen der Spalten)</translation>
    </message>
    <message>
        <source>Reading the File</source>
        <translation>Datei lesen</translation>
    </message>
    <message>
        <source>Ripen found how the file is written. If the preview looks wrong (everything in one column, odd characters instead of accents), change how it is read.</source>
        <translation>Ripen hat erkannt, wie die Datei geschrieben ist. Wenn die Vorschau falsch aussieht (alles in einer Spalte, seltsame Zeichen statt Umlauten und Akzenten), ändern Sie, wie sie gelesen wird.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>Ko&amp;dierung:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Preview (the numbers are the file&apos;s lines):</source>
        <translation>&amp;Vorschau (die Zahlen sind die Zeilen der Datei):</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European, Latin-1)</source>
        <translation>Windows-1252 (Westeuropäisch, Latin-1)</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>%1 (erkannt)</translation>
    </message>
    <message>
        <source>The first %1 of %2 rows.</source>
        <translation>Die ersten %1 von %2 Zeilen.</translation>
    </message>
    <message>
        <source>1 row.</source>
        <translation>1 Zeile.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows.</source>
        <translation>
            <numerusform>%n Zeile.</numerusform>
            <numerusform>%n Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 empty line below the table will be skipped.</source>
        <translation>1 leere Zeile unter der Tabelle wird übersprungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n empty lines below the table will be skipped.</source>
        <translation>
            <numerusform>%n leere Zeile unter der Tabelle wird übersprungen.</numerusform>
            <numerusform>%n leere Zeilen unter der Tabelle werden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 line below the table (totals, notes) will be skipped: %1.</source>
        <translation>1 Zeile unter der Tabelle (Summen, Anmerkungen) wird übersprungen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n lines below the table (totals, notes) will be skipped: %1.</source>
        <translation>
            <numerusform>%n Zeile unter der Tabelle (Summen, Anmerkungen) wird übersprungen: %1.</numerusform>
            <numerusform>%n Zeilen unter der Tabelle (Summen, Anmerkungen) werden übersprungen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read this way, the file holds no rows to import.</source>
        <translation>So gelesen, enthält die Datei keine Zeilen zum Importieren.</translation>
    </message>
</context>
<context>
    <name>Ripen::ImportRunPage</name>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The deals are written in one step: a cancelled or failed import leaves the database as it was.</source>
        <translation>Die Deals werden in einem Schritt geschrieben: Ein abgebrochener oder fehlgeschlagener Import lässt die Datenbank unverändert.</translation>
    </message>
    <message>
        <source>Importing 1 deal from “%1”…</source>
        <translation>1 Deal wird aus „%1“ importiert…</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n deals from “%1”…</source>
        <translation>
            <numerusform>%n Deal wird aus „%1“ importiert…</numerusform>
            <numerusform>%n Deals werden aus „%1“ importiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Saving, and putting the deals on the board…</source>
        <translation>Wird gespeichert, die Deals kommen aufs Board…</translation>
    </message>
    <message>
        <source>The import is done: the deals are on the board.</source>
        <translation>Der Import ist fertig: Die Deals sind auf dem Board.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Der Import wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 The database was left as it was.</source>
        <translation>%1 Die Datenbank blieb unverändert.</translation>
    </message>
    <message>
        <source>The import failed.</source>
        <translation>Der Import ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1
The database was left as it was: nothing was written.</source>
        <translation>%1
Die Datenbank blieb unverändert: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Saving, and putting the touches and follow-ups on their deals…</source>
        <translation>Speichern, und die Kontakte und Wiedervorlagen kommen zu ihren Deals …</translation>
    </message>
    <message>
        <source>The import is done: the touches and follow-ups are on their deals.</source>
        <translation>Der Import ist fertig: Die Kontakte und Wiedervorlagen sind bei ihren Deals.</translation>
    </message>
    <message>
        <source>The activities are written in one step: a cancelled or failed import leaves the database as it was.</source>
        <translation>Die Aktivitäten werden in einem Schritt geschrieben: Ein abgebrochener oder fehlgeschlagener Import lässt die Datenbank, wie sie war.</translation>
    </message>
    <message>
        <source>Importing 1 activity from “%1”…</source>
        <translation>1 Aktivität wird aus „%1“ importiert …</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n activities from “%1”…</source>
        <translation>
            <numerusform>%n Aktivitäten werden aus „%1“ importiert …</numerusform>
            <numerusform>%n Aktivitäten werden aus „%1“ importiert …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ripen::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>Ripen::LogTouchDialog</name>
    <message>
        <source>Edit Touch</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>Log Touch</source>
        <translation>Kontakt erfassen</translation>
    </message>
    <message>
        <source>On “%1”</source>
        <translation>Zu „%1“</translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Niemand Bestimmtes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>contact (role)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Say in “What exactly” which %1 this touch brought, or choose “%2” under “Value carried”.</source>
        <translation>Geben Sie unter „Was genau“ an, welchen Mehrwert (%1) dieser Kontakt brachte, oder wählen Sie „%2“ unter „Mehrwert“.</translation>
    </message>
    <message>
        <source>“When” needs a date and time.</source>
        <translation>„Wann“ braucht Datum und Uhrzeit.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Log Touch</source>
        <translation>Kontakt &amp;erfassen</translation>
    </message>
    <message>
        <source>&amp;Save Anyway</source>
        <translation>Trotzdem &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Log Anyway</source>
        <translation>Trotzdem &amp;erfassen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Bring</source>
        <translation>Mitbringen</translation>
    </message>
    <message>
        <source>What exactly</source>
        <translation>Was genau</translation>
    </message>
    <message>
        <source>Value touches planned before coming back</source>
        <translation>Kontaktpunkte mit Mehrwert, geplant vor dem Wiederansprechen</translation>
    </message>
    <message>
        <source>The date is too close for value touches in between: it is itself the next step.</source>
        <translation>Das Datum liegt zu nah für Kontaktpunkte dazwischen: Es ist selbst der nächste Schritt.</translation>
    </message>
    <message>
        <source>“No” means “not now”: each step brings something on another channel, none is a bare check-in.</source>
        <translation>„Nein“ heißt „nicht jetzt“: Jeder Schritt bringt etwas auf einem anderen Kanal, keiner ist bloßes Nachhaken.</translation>
    </message>
</context>
<context>
    <name>Ripen::LostDealsModel</name>
    <message>
        <source>Ripe now</source>
        <translation>Jetzt reif</translation>
    </message>
    <message>
        <source>Ripe tomorrow</source>
        <translation>Morgen reif</translation>
    </message>
    <message>
        <source>Ripe in %1 days</source>
        <translation>Reif in %1 Tagen</translation>
    </message>
    <message>
        <source>Being pursued</source>
        <translation>Wird verfolgt</translation>
    </message>
    <message>
        <source>Re-engaged</source>
        <translation>Wieder aufgenommen</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>Zurückgewonnen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Touches logged since the “no”: %1; planned: %2</source>
        <translation>Kontakte seit dem „Nein“: %1; geplant: %2</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Lost on</source>
        <translation>Verloren am</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Commitment that failed</source>
        <translation>Ausgebliebene Zusage</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Wettbewerber</translation>
    </message>
    <message>
        <source>Re-engage on</source>
        <translation>Wiederansprechen am</translation>
    </message>
    <message>
        <source>Touches since</source>
        <translation>Kontakte seitdem</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Could not read the rest of the lost deals.</source>
        <translation>Der Rest der verlorenen Deals konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Ripen::LostDealsView</name>
    <message>
        <source>Search deals and accounts</source>
        <translation>Deals und Unternehmen durchsuchen</translation>
    </message>
    <message>
        <source>Search lost deals</source>
        <translation>Verlorene Deals durchsuchen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Any strategy</source>
        <translation>Jede Strategie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Jeder Stand</translation>
    </message>
    <message>
        <source>Ripe later</source>
        <translation>Später reif</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monaten</translation>
    </message>
    <message>
        <source>Lost in the last</source>
        <translation>Verloren in den letzten</translation>
    </message>
    <message>
        <source>Lost deals to re-engage</source>
        <translation>Verlorene Deals zum Wiederansprechen</translation>
    </message>
    <message>
        <source>&amp;Re-engage…</source>
        <translation>&amp;Wiederansprechen…</translation>
    </message>
    <message>
        <source>Reopen the deal into a stage of your choice and plan its first value touch</source>
        <translation>Den Deal in einer Phase Ihrer Wahl wieder öffnen und den ersten Mehrwert-Kontakt planen</translation>
    </message>
    <message>
        <source>&amp;Plan Value Touch…</source>
        <translation>Mehrwert-Kontakt &amp;planen…</translation>
    </message>
    <message>
        <source>Plan a value touch; the deal stays lost for now</source>
        <translation>Einen Mehrwert-Kontakt planen; der Deal bleibt vorerst verloren</translation>
    </message>
    <message>
        <source>Come back to the deal on another day</source>
        <translation>An einem anderen Tag auf den Deal zurückkommen</translation>
    </message>
    <message>
        <source>Plan one value touch for every ripe deal nobody has touched since the “no”, spread over the next working days</source>
        <translation>Einen Mehrwert-Kontakt für jeden reifen Deal planen, den seit dem „Nein“ niemand berührt hat, verteilt auf die nächsten Arbeitstage</translation>
    </message>
    <message>
        <source>Open &amp;Timeline</source>
        <translation>&amp;Verlauf öffnen</translation>
    </message>
    <message>
        <source>Show the deal&apos;s timeline</source>
        <translation>Den Verlauf des Deals zeigen</translation>
    </message>
    <message>
        <source>&amp;Lost Deals</source>
        <translation>Ver&amp;lorene Deals</translation>
    </message>
    <message>
        <source>Deals lost in the last twelve months and which are ripe again</source>
        <translation>In den letzten zwölf Monaten verlorene Deals und welche wieder reif sind</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation>Jeder Grund</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Re-engage</source>
        <translation>Wiederansprechen</translation>
    </message>
    <message>
        <source>Plan Value Touch</source>
        <translation>Mehrwert-Kontakt planen</translation>
    </message>
    <message>
        <source>Snooze Until</source>
        <translation>Zurückstellen bis</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>First Move</source>
        <translation>Erster Schritt</translation>
    </message>
    <message>
        <source>No ripe lost deal is waiting for a first move.</source>
        <translation>Kein reifer verlorener Deal wartet auf einen ersten Schritt.</translation>
    </message>
    <message>
        <source>Plan a value touch (an email bringing an insight) for each of the %1 ripe deals nobody has touched since the “no”, spread over the %2 working days from %3? You can change each one in the agenda, and undo the whole step.</source>
        <translation>Für jeden der %1 reifen Deals, die seit dem „Nein“ niemand berührt hat, einen Mehrwert-Kontakt planen (eine E-Mail mit einer Erkenntnis), verteilt auf %2 Arbeitstage ab %3? Sie können jeden einzeln in den Wiedervorlagen ändern und den ganzen Schritt rückgängig machen.</translation>
    </message>
    <message>
        <source>Plan %1 Touches</source>
        <translation>%1 Kontakte planen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Re-engage “%1”</source>
        <translation>„%1“ wiederansprechen</translation>
    </message>
    <message>
        <source>Plan a Value Touch for “%1”</source>
        <translation>Mehrwert-Kontakt für „%1“ planen</translation>
    </message>
    <message>
        <source>Into &amp;stage:</source>
        <translation>In &amp;Phase:</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>&amp;Fällig am:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;Value it brings:</source>
        <translation>Mehr&amp;wert, den er bringt:</translation>
    </message>
    <message>
        <source>What will they get from it?</source>
        <translation>Was haben sie davon?</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>S&amp;uchen:</translation>
    </message>
    <message>
        <source>Snoo&amp;ze…</source>
        <translation>&amp;Zurückstellen…</translation>
    </message>
    <message>
        <source>F&amp;irst Move</source>
        <translation>&amp;Erster Schritt</translation>
    </message>
    <message>
        <source>&amp;Find Lost Deals</source>
        <translation>Verlorene Deals &amp;suchen</translation>
    </message>
    <message>
        <source>Search the lost deals</source>
        <translation>Die verlorenen Deals durchsuchen</translation>
    </message>
    <message>
        <source>To Re-en&amp;gage</source>
        <translation>Wiederansprechen (&amp;G)</translation>
    </message>
    <message>
        <source>Monthly Revie&amp;w</source>
        <translation>Monatsrückblick (&amp;W)</translation>
    </message>
    <message>
        <source>F&amp;irst Move (%1)</source>
        <translation>&amp;Erster Schritt (%1)</translation>
    </message>
</context>
<context>
    <name>Ripen::LostDialog</name>
    <message>
        <source>&amp;Plan the first value touch now</source>
        <translation>Ersten Kontaktpunkt mit Mehrwert jetzt &amp;planen</translation>
    </message>
    <message>
        <source>Mark “%1” as lost</source>
        <translation>„%1“ als verloren markieren</translation>
    </message>
    <message>
        <source>A “no” means “not now”. Record what it meant and when to come back to “%1”.</source>
        <translation>Ein „Nein“ heißt „nicht jetzt“. Halten Sie fest, was es bedeutete und wann Sie auf „%1“ zurückkommen.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Commitment that &amp;failed:</source>
        <translation>&amp;Ausgebliebene Zusage:</translation>
    </message>
    <message>
        <source>Who they chose instead, if anyone</source>
        <translation>Für wen sie sich stattdessen entschieden haben, falls überhaupt</translation>
    </message>
    <message>
        <source>&amp;Competitor:</source>
        <translation>&amp;Mitbewerber:</translation>
    </message>
    <message>
        <source>What they said, in their words</source>
        <translation>Was sie gesagt haben, in ihren Worten</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Lost &amp;on:</source>
        <translation>&amp;Verloren am:</translation>
    </message>
    <message>
        <source>Re-&amp;engage on:</source>
        <translation>Wieder an&amp;sprechen am:</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>&amp;Fällig am:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;Value it brings:</source>
        <translation>Mehr&amp;wert, den er bringt:</translation>
    </message>
    <message>
        <source>e.g. the 2027 cost benchmark for their industry</source>
        <translation>z. B. der Kostenvergleich 2027 für ihre Branche</translation>
    </message>
    <message>
        <source>&amp;What exactly:</source>
        <translation>Was g&amp;enau:</translation>
    </message>
    <message>
        <source>Mark as &amp;lost</source>
        <translation>Als ver&amp;loren markieren</translation>
    </message>
    <message>
        <source>Strategy: %1</source>
        <translation>Strategie: %1</translation>
    </message>
    <message>
        <source>Reason: choose what the “no” meant. Add reasons in Settings &gt; Pipeline.</source>
        <translation>Grund: Wählen Sie, was das „Nein“ bedeutete. Gründe legen Sie unter Einstellungen &gt; Pipeline an.</translation>
    </message>
    <message>
        <source>Re-engage on: the date to come back must be on or after the day the deal was lost.</source>
        <translation>Wieder ansprechen am: Das Datum für die Rückkehr darf nicht vor dem Tag liegen, an dem der Deal verloren ging.</translation>
    </message>
    <message>
        <source>What exactly: say what the first touch will bring, or untick “Plan the first value touch now”.</source>
        <translation>Was genau: Sagen Sie, was der erste Kontaktpunkt bringen wird, oder entfernen Sie den Haken bei „Ersten Kontaktpunkt mit Mehrwert jetzt planen“.</translation>
    </message>
    <message>
        <source>Due on: the first touch comes after the deal was lost.</source>
        <translation>Fällig am: Der erste Kontaktpunkt kommt nach dem Verlust des Deals.</translation>
    </message>
</context>
<context>
    <name>Ripen::LostReviewPanel</name>
    <message>
        <source>Export Review as &amp;PDF…</source>
        <translation>Rückblick als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Charts as PNG…</source>
        <translation>&amp;Diagramme als PNG exportieren…</translation>
    </message>
    <message>
        <source>Write this month&apos;s review, its charts and the ripe deals as a PDF</source>
        <translation>Den Rückblick dieses Monats, seine Diagramme und die reifen Deals als PDF schreiben</translation>
    </message>
    <message>
        <source>Write the four charts as PNG images</source>
        <translation>Die vier Diagramme als PNG-Bilder schreiben</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Monat:</translation>
    </message>
    <message>
        <source>The last month of the twelve the review covers</source>
        <translation>Der letzte der zwölf Monate, die der Rückblick umfasst</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export C&amp;harts…</source>
        <translation>Dia&amp;gramme exportieren…</translation>
    </message>
    <message>
        <source>Lost in 12 months</source>
        <translation>Verloren in 12 Monaten</translation>
    </message>
    <message>
        <source>Pursued since the loss</source>
        <translation>Seit dem Verlust weiterverfolgt</translation>
    </message>
    <message>
        <source>Re-engaged</source>
        <translation>Wieder aufgenommen</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>Zurückgewonnen</translation>
    </message>
    <message>
        <source>12 months: %1 to %2</source>
        <translation>12 Monate: %1 bis %2</translation>
    </message>
    <message>
        <source>Open a database to see the review of its lost deals.</source>
        <translation>Öffnen Sie eine Datenbank, um den Rückblick auf ihre verlorenen Deals zu sehen.</translation>
    </message>
    <message>
        <source>No deal lost in the 12 months up to %1. When a prospect says no, mark the deal lost with a reason and a date to come back: it will show here.</source>
        <translation>In den 12 Monaten bis %1 ging kein Deal verloren. Wenn ein Interessent Nein sagt, markieren Sie den Deal als verloren, mit einem Grund und einem Datum zum Wiederansprechen: Dann erscheint er hier.</translation>
    </message>
    <message>
        <source>–</source>
        <comment>no share: nothing was lost</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a share in percent</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2 losses touched since</source>
        <translation>%1 von %2 Verlusten seitdem kontaktiert</translation>
    </message>
    <message>
        <source>reopened into the pipeline since the loss</source>
        <translation>seit dem Verlust wieder in die Pipeline geholt</translation>
    </message>
    <message>
        <source>Deals lost per month, by reason</source>
        <translation>Verlorene Deals je Monat, nach Grund</translation>
    </message>
    <message>
        <source>%1, %2: %3 lost</source>
        <translation>%1, %2: %3 verloren</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Verluste</translation>
    </message>
    <message>
        <source>Re-engaged and won back, by month of the loss</source>
        <translation>Wieder aufgenommen und zurückgewonnen, nach Monat des Verlusts</translation>
    </message>
    <message>
        <source>Lost in %1: %2 re-engaged since</source>
        <translation>Verloren im %1: %2 seitdem wieder aufgenommen</translation>
    </message>
    <message>
        <source>Lost in %1: %2 won back since</source>
        <translation>Verloren im %1: %2 seitdem zurückgewonnen</translation>
    </message>
    <message>
        <source>“No”s heard before each win</source>
        <translation>„Nein“s vor jedem Abschluss</translation>
    </message>
    <message>
        <source>Attempts before each win</source>
        <translation>Versuche vor jedem Abschluss</translation>
    </message>
    <message>
        <source>Deals won: %1</source>
        <translation>Gewonnene Deals: %1</translation>
    </message>
    <message>
        <source>%1 deals won after %2 “no”s</source>
        <translation>%1 Deals gewonnen nach %2 „Nein“s</translation>
    </message>
    <message>
        <source>%1 deals won after %2 attempts</source>
        <translation>%1 Deals gewonnen nach %2 Versuchen</translation>
    </message>
    <message>
        <source>“No”s and “not now”s before the win</source>
        <translation>„Nein“ und „Nicht jetzt“ vor dem Abschluss</translation>
    </message>
    <message>
        <source>Touches up to the win</source>
        <translation>Kontakte bis zum Abschluss</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>Gewonnene Deals</translation>
    </message>
    <message>
        <source>4 “no”s: where most give up</source>
        <translation>4 „Nein“s: hier geben die meisten auf</translation>
    </message>
    <message>
        <source>9 attempts: where access usually comes</source>
        <translation>9 Versuche: meist kommt hier der Zugang</translation>
    </message>
    <message>
        <source>Could not write “%1”: there is no chart to export.</source>
        <translation>„%1“ konnte nicht geschrieben werden: Es gibt kein Diagramm zu exportieren.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not write “%1”: the image could not be encoded.</source>
        <translation>„%1“ konnte nicht geschrieben werden: Das Bild konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <source>Export Charts as PNG</source>
        <translation>Diagramme als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export Charts</source>
        <translation>Diagramme exportieren</translation>
    </message>
    <message>
        <source>Export Review as PDF</source>
        <translation>Rückblick als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the review…</source>
        <translation>Der Rückblick wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>no database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Lost deals review, %1</source>
        <translation>Rückblick auf verlorene Deals, %1</translation>
    </message>
    <message>
        <source>the PDF could not be started.</source>
        <translation>Das PDF konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Lost on</source>
        <translation>Verloren am</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Re-engage on</source>
        <translation>Wiederansprechen am</translation>
    </message>
    <message>
        <source>a new page could not be started.</source>
        <translation>Eine neue Seite konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Lost deals review: %1</source>
        <translation>Rückblick auf verlorene Deals: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · written on %3</source>
        <translation>%1 · %2 · geschrieben am %3</translation>
    </message>
    <message>
        <source>Ripe to re-engage on %1 (%2)</source>
        <translation>Reif zum Wiederansprechen am %1 (%2)</translation>
    </message>
    <message>
        <source>No lost deal is ripe to re-engage today.</source>
        <translation>Heute ist kein verlorener Deal reif zum Wiederansprechen.</translation>
    </message>
    <message>
        <source>Ripen · %1 · %2</source>
        <translation>Ripen · %1 · %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>cancelled.</source>
        <translation>abgebrochen.</translation>
    </message>
    <message>
        <source>the PDF could not be finished.</source>
        <translation>Das PDF konnte nicht abgeschlossen werden.</translation>
    </message>
</context>
<context>
    <name>Ripen::MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Take back the last change</source>
        <translation>Die letzte Änderung zurücknehmen</translation>
    </message>
    <message>
        <source>Make the change that was taken back again</source>
        <translation>Die zurückgenommene Änderung erneut ausführen</translation>
    </message>
    <message>
        <source>“%1” is already open.</source>
        <translation>„%1“ ist bereits geöffnet.</translation>
    </message>
    <message>
        <source>Cannot Create Database</source>
        <translation>Datenbank kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>Ripen databases (*.sqlite);;All files (*)</source>
        <translation>Ripen-Datenbanken (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new name for the new database, or open the existing one with File &gt; Open.</source>
        <translation>„%1“ existiert bereits. Wählen Sie einen neuen Namen für die neue Datenbank oder öffnen Sie die vorhandene mit Datei &gt; Öffnen.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>&amp;%1 %2 [%3]</source>
        <comment>recent file: number, file name, folder</comment>
        <translation>&amp;%1 %2 [%3]</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>No database open. Create one with File &gt; New or open one with File &gt; Open.</source>
        <translation>Keine Datenbank geöffnet. Legen Sie mit Datei &gt; Neu eine an oder öffnen Sie eine mit Datei &gt; Öffnen.</translation>
    </message>
    <message>
        <source>The database you are working in</source>
        <translation>Die Datenbank, in der Sie arbeiten</translation>
    </message>
    <message>
        <source>Open deals: %1 · Won: %2 · Lost: %3</source>
        <translation>Offene Deals: %1 · Gewonnen: %2 · Verloren: %3</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ripen %1&lt;/h3&gt;&lt;p&gt;A pipeline and follow-up tool for salespeople who win by persistence.&lt;/p&gt;&lt;p&gt;A “no” means “not now”: Ripen keeps every lost deal with the reason and a date to look at it again, plans touches that bring the prospect something, and tells you when a prospect is ripe again.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ripen %1&lt;/h3&gt;&lt;p&gt;Ein Werkzeug für Pipeline und Wiedervorlagen, für Verkäufer, die durch Beharrlichkeit gewinnen.&lt;/p&gt;&lt;p&gt;Ein „Nein“ heißt „nicht jetzt“: Ripen behält jeden verlorenen Deal mit dem Grund und einem Datum, ihn wieder anzusehen, plant Kontaktpunkte, die dem Interessenten etwas bringen, und sagt Ihnen, wann ein Interessent wieder reif ist.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Ripen</source>
        <translation>Über Ripen</translation>
    </message>
    <message>
        <source>&amp;Deal</source>
        <translation>Dea&amp;l</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Pipeline…</source>
        <translation>&amp;Pipeline…</translation>
    </message>
    <message>
        <source>Stages, rot days and lost reasons</source>
        <translation>Phasen, Tage bis zum Einschlafen und Verlustgründe</translation>
    </message>
    <message>
        <source>Could Not Undo or Redo</source>
        <translation>Rückgängig machen oder Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>Export Follow-ups</source>
        <translation>Wiedervorlagen exportieren</translation>
    </message>
    <message>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation>Kalenderdateien (*.ics);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot Export Follow-ups</source>
        <translation>Wiedervorlagen können nicht exportiert werden</translation>
    </message>
    <message>
        <source>Wrote %1 follow-ups to “%2”.</source>
        <translation>%1 Wiedervorlagen nach „%2“ geschrieben.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>view name (badge)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2 due today</source>
        <comment>file name — follow-ups due</comment>
        <translation>%1 – %2 heute fällig</translation>
    </message>
    <message>
        <source>Export Deals</source>
        <translation>Deals exportieren</translation>
    </message>
    <message>
        <source>Export Activities</source>
        <translation>Aktivitäten exportieren</translation>
    </message>
    <message>
        <source>Export Follow-ups as CSV</source>
        <translation>Wiedervorlagen als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Imported 1 deal.</source>
        <translation>1 Deal importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n deals.</source>
        <translation>
            <numerusform>%n Deal importiert.</numerusform>
            <numerusform>%n Deals importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported 1 activity.</source>
        <translation>1 Aktivität importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n activities.</source>
        <translation>
            <numerusform>%n Aktivitäten importiert.</numerusform>
            <numerusform>%n Aktivitäten importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Restore the Backup</source>
        <translation>Die Sicherung kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Ripen keeps the database as it is now as a backup before it restores one, and could not: %1 Nothing was restored.</source>
        <translation>Ripen sichert die Datenbank im jetzigen Zustand, bevor es eine Sicherung wiederherstellt, und konnte das nicht: %1 Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>The restored database does not open: %1</source>
        <translation>Die wiederhergestellte Datenbank lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>The database was put back as it was before the restore.</source>
        <translation>Die Datenbank wurde auf den Stand vor der Wiederherstellung zurückgesetzt.</translation>
    </message>
    <message>
        <source>Restored the backup “%1”. The database as it was before is kept as the backup “%2”.</source>
        <translation>Die Sicherung „%1“ wurde wiederhergestellt. Die Datenbank im vorherigen Zustand ist als Sicherung „%2“ erhalten.</translation>
    </message>
    <message>
        <source>Backed up the database to “%1”.</source>
        <translation>Die Datenbank wurde nach „%1“ gesichert.</translation>
    </message>
    <message>
        <source>No backup today</source>
        <translation>Heute keine Sicherung</translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message numerus="yes">
        <source>The newest good backup is of %1, with %n deals.</source>
        <translation>
            <numerusform>Die neueste intakte Sicherung ist vom %1, mit %n Deal.</numerusform>
            <numerusform>Die neueste intakte Sicherung ist vom %1, mit %n Deals.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is damaged: shown read-only.</source>
        <translation>Die Datei ist beschädigt: schreibgeschützt angezeigt.</translation>
    </message>
    <message>
        <source>Ripen has no good backup of it: restore a copy of your own.</source>
        <translation>Ripen hat keine intakte Sicherung davon: Stellen Sie eine eigene Kopie wieder her.</translation>
    </message>
    <message>
        <source>Looking for the newest good backup…</source>
        <translation>Ripen sucht die neueste gute Sicherung…</translation>
    </message>
</context>
<context>
    <name>Ripen::OpenFollowUpsBox</name>
    <message>
        <source>Open follow-&amp;ups</source>
        <translation>&amp;Offene Wiedervorlagen</translation>
    </message>
    <message>
        <source>Unticked follow-ups are cancelled with the deal; undo brings them back.</source>
        <translation>Wiedervorlagen ohne Haken werden mit dem Deal abgesagt; Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Offene Wiedervorlagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>value kind: what exactly</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no value planned</source>
        <translation>kein Mehrwert geplant</translation>
    </message>
</context>
<context>
    <name>Ripen::Pipeline</name>
    <message>
        <source>An account needs a name.</source>
        <translation>Ein Unternehmen braucht einen Namen.</translation>
    </message>
    <message>
        <source>The parent account of “%1” no longer exists.</source>
        <translation>Das übergeordnete Unternehmen von „%1“ gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>An account cannot be its own parent.</source>
        <translation>Ein Unternehmen kann sich nicht selbst übergeordnet sein.</translation>
    </message>
    <message>
        <source>The account “%1” no longer exists.</source>
        <translation>Das Unternehmen „%1“ gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>Ein Ansprechpartner braucht einen Namen.</translation>
    </message>
    <message>
        <source>The contact “%1” needs an existing account.</source>
        <translation>Der Ansprechpartner „%1“ braucht ein vorhandenes Unternehmen.</translation>
    </message>
    <message>
        <source>The contact “%1” no longer exists.</source>
        <translation>Den Ansprechpartner „%1“ gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>A deal needs a title.</source>
        <translation>Ein Deal braucht einen Titel.</translation>
    </message>
    <message>
        <source>The primary contact of “%1” must belong to its account.</source>
        <translation>Der Hauptansprechpartner von „%1“ muss zu dessen Unternehmen gehören.</translation>
    </message>
    <message>
        <source>The value of “%1” cannot be negative.</source>
        <translation>Der Wert von „%1“ kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code (three capital letters such as EUR).</source>
        <translation>„%1“ ist kein Währungscode (drei Großbuchstaben wie EUR).</translation>
    </message>
    <message>
        <source>A new deal must start in an open stage.</source>
        <translation>Ein neuer Deal muss in einer offenen Phase beginnen.</translation>
    </message>
    <message>
        <source>Could not save the deal “%1”: %2</source>
        <translation>Der Deal „%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The deal “%1” no longer exists.</source>
        <translation>Den Deal „%1“ gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The deal to insert before is no longer in that stage.</source>
        <translation>Der Deal, vor dem eingefügt werden sollte, ist nicht mehr in dieser Phase.</translation>
    </message>
    <message>
        <source>Could not reorder the stage: %1</source>
        <translation>Die Phase konnte nicht umsortiert werden: %1</translation>
    </message>
    <message>
        <source>Could not find a place for the deal in its stage.</source>
        <translation>Für den Deal wurde in seiner Phase kein Platz gefunden.</translation>
    </message>
    <message>
        <source>Could not record the stage change: %1</source>
        <translation>Der Phasenwechsel konnte nicht festgehalten werden: %1</translation>
    </message>
    <message>
        <source>That deal no longer exists.</source>
        <translation>Diesen Deal gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>“%1” is closed; reopen it before moving it.</source>
        <translation>„%1“ ist abgeschlossen; öffnen Sie den Deal wieder, bevor Sie ihn verschieben.</translation>
    </message>
    <message>
        <source>That stage no longer exists.</source>
        <translation>Diese Phase gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Mark “%1” as won or lost instead of moving it to “%2”.</source>
        <translation>Markieren Sie „%1“ als gewonnen oder verloren, statt ihn nach „%2“ zu verschieben.</translation>
    </message>
    <message>
        <source>“%1” is already closed.</source>
        <translation>„%1“ ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>The won date of “%1” must be a valid date no later than today.</source>
        <translation>Das Gewinndatum von „%1“ muss ein gültiges Datum sein, das nicht nach heute liegt.</translation>
    </message>
    <message>
        <source>The won value of “%1” must be zero or more, in a valid currency.</source>
        <translation>Der gewonnene Wert von „%1“ muss null oder mehr betragen, in einer gültigen Währung.</translation>
    </message>
    <message>
        <source>The pipeline has no Won stage. Add one in Settings &gt; Pipeline.</source>
        <translation>Die Pipeline hat keine Phase „Gewonnen“. Legen Sie eine unter Einstellungen &gt; Pipeline an.</translation>
    </message>
    <message>
        <source>Choose why “%1” was lost: every “no” needs a reason.</source>
        <translation>Wählen Sie, warum „%1“ verloren ging: Jedes „Nein“ braucht einen Grund.</translation>
    </message>
    <message>
        <source>The lost date of “%1” must be a valid date no later than today.</source>
        <translation>Das Verlustdatum von „%1“ muss ein gültiges Datum sein, das nicht nach heute liegt.</translation>
    </message>
    <message>
        <source>“No” means “not now”: give “%1” a re-engage date on or after the day it was lost.</source>
        <translation>„Nein“ heißt „nicht jetzt“: Geben Sie „%1“ ein Datum zum Wiederansprechen, das nicht vor dem Verlusttag liegt.</translation>
    </message>
    <message>
        <source>The pipeline has no Lost stage. Add one in Settings &gt; Pipeline.</source>
        <translation>Die Pipeline hat keine Phase „Verloren“. Legen Sie eine unter Einstellungen &gt; Pipeline an.</translation>
    </message>
    <message>
        <source>“%1” is already open.</source>
        <translation>„%1“ ist bereits offen.</translation>
    </message>
    <message>
        <source>Reopen “%1” into an open stage.</source>
        <translation>Öffnen Sie „%1“ in einer offenen Phase wieder.</translation>
    </message>
    <message>
        <source>The stage “%1” was in no longer exists.</source>
        <translation>Die Phase, in der „%1“ war, gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Could not restore “%1”: %2</source>
        <translation>„%1“ konnte nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>A touch needs an existing deal.</source>
        <translation>Ein Kontaktpunkt braucht einen vorhandenen Deal.</translation>
    </message>
    <message>
        <source>The contact of this touch no longer exists.</source>
        <translation>Den Ansprechpartner dieses Kontaktpunkts gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>A touch needs the date and time it happened.</source>
        <translation>Ein Kontaktpunkt braucht Datum und Uhrzeit, zu denen er stattfand.</translation>
    </message>
    <message>
        <source>Say what value this touch carried (the insight, paper, invite…), or mark it as a bare check-in.</source>
        <translation>Sagen Sie, welchen Mehrwert dieser Kontaktpunkt brachte (die Erkenntnis, das Papier, die Einladung …), oder markieren Sie ihn als bloßes Nachhaken.</translation>
    </message>
    <message>
        <source>The follow-up this touch completes belongs to another deal.</source>
        <translation>Die Wiedervorlage, die dieser Kontaktpunkt erledigt, gehört zu einem anderen Deal.</translation>
    </message>
    <message>
        <source>That follow-up is already done.</source>
        <translation>Diese Wiedervorlage ist bereits erledigt.</translation>
    </message>
    <message>
        <source>Could not log the touch on “%1”: %2</source>
        <translation>Der Kontaktpunkt zu „%1“ konnte nicht erfasst werden: %2</translation>
    </message>
    <message>
        <source>Could not complete the follow-up: %1</source>
        <translation>Die Wiedervorlage konnte nicht erledigt werden: %1</translation>
    </message>
    <message>
        <source>A follow-up needs a due date.</source>
        <translation>Eine Wiedervorlage braucht ein Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>The contact of this follow-up no longer exists.</source>
        <translation>Den Ansprechpartner dieser Wiedervorlage gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>A follow-up needs an existing deal.</source>
        <translation>Eine Wiedervorlage braucht einen vorhandenen Deal.</translation>
    </message>
    <message>
        <source>That follow-up no longer exists.</source>
        <translation>Diese Wiedervorlage gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That follow-up is already done and cannot be moved.</source>
        <translation>Diese Wiedervorlage ist bereits erledigt und kann nicht verschoben werden.</translation>
    </message>
    <message>
        <source>A follow-up needs a valid due date.</source>
        <translation>Eine Wiedervorlage braucht ein gültiges Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>That follow-up is already done; its touch stays in the timeline.</source>
        <translation>Diese Wiedervorlage ist bereits erledigt; ihr Kontaktpunkt bleibt im Verlauf.</translation>
    </message>
    <message>
        <source>A follow-up is completed by a touch on the same deal.</source>
        <translation>Eine Wiedervorlage wird durch einen Kontaktpunkt zum selben Deal erledigt.</translation>
    </message>
    <message>
        <source>A stage needs a name.</source>
        <translation>Eine Phase braucht einen Namen.</translation>
    </message>
    <message>
        <source>The rot days of “%1” cannot be negative.</source>
        <translation>Die Tage bis „%1“ einschläft, können nicht negativ sein.</translation>
    </message>
    <message>
        <source>Could not add the stage “%1”: %2</source>
        <translation>Die Phase „%1“ konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Could not add the stage “%1”.</source>
        <translation>Die Phase „%1“ konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>The stage “%1” no longer exists.</source>
        <translation>Die Phase „%1“ gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The new order must name every open stage exactly once.</source>
        <translation>Die neue Reihenfolge muss jede offene Phase genau einmal nennen.</translation>
    </message>
    <message>
        <source>Could not reorder the stages.</source>
        <translation>Die Phasen konnten nicht umsortiert werden.</translation>
    </message>
    <message>
        <source>Could not reorder the stages: %1</source>
        <translation>Die Phasen konnten nicht umsortiert werden: %1</translation>
    </message>
    <message>
        <source>“%1” is where won or lost deals go; it cannot be removed.</source>
        <translation>In „%1“ landen gewonnene oder verlorene Deals; diese Phase kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>“%1” is the last open stage; a pipeline needs at least one.</source>
        <translation>„%1“ ist die letzte offene Phase; eine Pipeline braucht mindestens eine.</translation>
    </message>
    <message>
        <source>“%1” still holds deals (%2): choose another open stage to move them to.</source>
        <translation>„%1“ enthält noch Deals (%2): Wählen Sie eine andere offene Phase, in die sie verschoben werden.</translation>
    </message>
    <message>
        <source>Could not move the deals out of “%1”: %2</source>
        <translation>Die Deals konnten nicht aus „%1“ verschoben werden: %2</translation>
    </message>
    <message>
        <source>Could not remove the stage “%1”: %2</source>
        <translation>Die Phase „%1“ konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>A lost reason needs a label.</source>
        <translation>Ein Verlustgrund braucht eine Bezeichnung.</translation>
    </message>
    <message>
        <source>The re-engage delay of “%1” must be between 0 and 3650 days.</source>
        <translation>Die Frist bis zum Wiederansprechen bei „%1“ muss zwischen 0 und 3650 Tagen liegen.</translation>
    </message>
    <message>
        <source>The lost reason “%1” no longer exists.</source>
        <translation>Den Verlustgrund „%1“ gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That lost reason no longer exists.</source>
        <translation>Diesen Verlustgrund gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>“%1” is the last lost reason; every “no” needs one to choose from.</source>
        <translation>„%1“ ist der letzte Verlustgrund; für jedes „Nein“ muss einer zur Wahl stehen.</translation>
    </message>
    <message>
        <source>The deal “%1” needs an account: choose one or type a new name.</source>
        <translation>Der Deal „%1“ braucht ein Unternehmen: Wählen Sie eines oder geben Sie einen neuen Namen ein.</translation>
    </message>
    <message>
        <source>Could not create the account “%1”: %2</source>
        <translation>Das Unternehmen „%1“ konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Could not create the contact “%1”: %2</source>
        <translation>Der Ansprechpartner „%1“ konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>what failed: why</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not save the account “%1”</source>
        <translation>Das Unternehmen „%1“ konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not save the contact “%1”</source>
        <translation>Der Ansprechpartner „%1“ konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not plan the follow-up on “%1”</source>
        <translation>Die Wiedervorlage zu „%1“ konnte nicht geplant werden</translation>
    </message>
    <message>
        <source>Could not move the follow-up</source>
        <translation>Die Wiedervorlage konnte nicht verschoben werden</translation>
    </message>
    <message>
        <source>Could not cancel the follow-up</source>
        <translation>Die Wiedervorlage konnte nicht abgesagt werden</translation>
    </message>
    <message>
        <source>Could not complete the follow-up</source>
        <translation>Die Wiedervorlage konnte nicht erledigt werden</translation>
    </message>
    <message>
        <source>Could not save the stage “%1”</source>
        <translation>Die Phase „%1“ konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not add the lost reason “%1”</source>
        <translation>Der Verlustgrund „%1“ konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Could not save the lost reason “%1”</source>
        <translation>Der Verlustgrund „%1“ konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not remove the lost reason “%1”</source>
        <translation>Der Verlustgrund „%1“ konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>Could not move “%1”</source>
        <translation>„%1“ konnte nicht verschoben werden</translation>
    </message>
    <message>
        <source>Could not mark “%1” as won</source>
        <translation>„%1“ konnte nicht als gewonnen markiert werden</translation>
    </message>
    <message>
        <source>Could not plan the first value touch: %1</source>
        <translation>Der erste Kontaktpunkt mit Mehrwert konnte nicht geplant werden: %1</translation>
    </message>
    <message>
        <source>Could not mark “%1” as lost</source>
        <translation>„%1“ konnte nicht als verloren markiert werden</translation>
    </message>
    <message>
        <source>Could not reopen “%1”</source>
        <translation>„%1“ konnte nicht wieder geöffnet werden</translation>
    </message>
    <message>
        <source>“%1” cannot go back to “%2”: that stage has been removed in Settings &gt; Pipeline.</source>
        <translation>„%1“ kann nicht zurück nach „%2“: Diese Phase wurde unter Einstellungen &gt; Pipeline entfernt.</translation>
    </message>
    <message>
        <source>“%1” has touches or follow-ups since it was created; undoing its creation would throw them away.</source>
        <translation>„%1“ hat seit dem Anlegen Kontakte oder Wiedervorlagen; das Anlegen rückgängig zu machen, würde sie verwerfen.</translation>
    </message>
    <message>
        <source>Could not take back the new deal “%1”: %2</source>
        <translation>Der neue Deal „%1“ konnte nicht zurückgenommen werden: %2</translation>
    </message>
    <message>
        <source>The deal “%1” exists already.</source>
        <translation>Den Deal „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>“%1” cannot come back: its stage has been removed in Settings &gt; Pipeline.</source>
        <translation>„%1“ kann nicht zurückkommen: Seine Phase wurde unter Einstellungen &gt; Pipeline entfernt.</translation>
    </message>
    <message>
        <source>Could not bring back the deal “%1”: %2</source>
        <translation>Der Deal „%1“ konnte nicht zurückgeholt werden: %2</translation>
    </message>
    <message>
        <source>The stages have changed since “%1” was removed.</source>
        <translation>Die Phasen haben sich geändert, seit „%1“ entfernt wurde.</translation>
    </message>
    <message>
        <source>Could not restore the stage “%1”: %2</source>
        <translation>Die Phase „%1“ konnte nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>Could not restore the stage “%1”.</source>
        <translation>Die Phase „%1“ konnte nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Could not move “%1” back to “%2”: %3</source>
        <translation>„%1“ konnte nicht nach „%2“ zurückgeschoben werden: %3</translation>
    </message>
    <message>
        <source>Could not restore the lost reason “%1”</source>
        <translation>Der Verlustgrund „%1“ konnte nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>That touch no longer exists.</source>
        <translation>Diesen Kontakt gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Could not change the touch</source>
        <translation>Der Kontakt konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>Could not delete the touch</source>
        <translation>Der Kontakt konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Only a touch that was logged before can be written back.</source>
        <translation>Nur ein Kontakt, der schon erfasst war, kann zurückgeschrieben werden.</translation>
    </message>
    <message>
        <source>The deal of this touch no longer exists.</source>
        <translation>Den Deal dieses Kontakts gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The follow-up this touch completed has changed since.</source>
        <translation>Die Wiedervorlage, die dieser Kontakt erledigt hat, wurde inzwischen geändert.</translation>
    </message>
    <message>
        <source>Could not write the touch back</source>
        <translation>Der Kontakt konnte nicht zurückgeschrieben werden</translation>
    </message>
    <message>
        <source>The follow-up planned with this touch has changed since.</source>
        <translation>Die mit diesem Kontakt geplante Wiedervorlage wurde inzwischen geändert.</translation>
    </message>
    <message>
        <source>Could not plan the follow-ups</source>
        <translation>Die Wiedervorlagen konnten nicht geplant werden</translation>
    </message>
    <message>
        <source>A planned follow-up has been done or removed since.</source>
        <translation>Eine geplante Wiedervorlage wurde inzwischen erledigt oder entfernt.</translation>
    </message>
    <message>
        <source>Could not cancel the follow-ups</source>
        <translation>Die Wiedervorlagen konnten nicht abgesagt werden</translation>
    </message>
    <message>
        <source>The days between touches to one contact must be between 0 and %1, not %2.</source>
        <translation>Die Tage zwischen Kontakten mit einer Person müssen zwischen 0 und %1 liegen, nicht %2.</translation>
    </message>
    <message>
        <source>Could not save the days between touches</source>
        <translation>Die Tage zwischen Kontakten konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>A follow-up due on %1 has been done or skipped since.</source>
        <translation>Eine am %1 fällige Wiedervorlage wurde inzwischen erledigt oder übersprungen.</translation>
    </message>
    <message>
        <source>A follow-up due on %1 belongs to another deal.</source>
        <translation>Eine am %1 fällige Wiedervorlage gehört zu einem anderen Deal.</translation>
    </message>
    <message>
        <source>The deal was won.</source>
        <translation>Der Deal wurde gewonnen.</translation>
    </message>
    <message>
        <source>The deal was lost.</source>
        <translation>Der Deal ging verloren.</translation>
    </message>
    <message>
        <source>Skipped.</source>
        <translation>Übersprungen.</translation>
    </message>
    <message>
        <source>Could not move the follow-ups</source>
        <translation>Die Wiedervorlagen konnten nicht verschoben werden</translation>
    </message>
    <message>
        <source>Say why the follow-up is skipped: the reason stays with it.</source>
        <translation>Sagen Sie, warum die Wiedervorlage übersprungen wird: Der Grund bleibt bei ihr gespeichert.</translation>
    </message>
    <message>
        <source>Could not skip the follow-ups</source>
        <translation>Die Wiedervorlagen konnten nicht übersprungen werden</translation>
    </message>
    <message>
        <source>A skipped follow-up has been removed or opened again since.</source>
        <translation>Eine übersprungene Wiedervorlage wurde inzwischen entfernt oder wieder geöffnet.</translation>
    </message>
    <message>
        <source>Could not open the follow-ups again</source>
        <translation>Die Wiedervorlagen konnten nicht wieder geöffnet werden</translation>
    </message>
    <message>
        <source>Could not record the loss: %1</source>
        <translation>Der Verlust konnte nicht festgehalten werden: %1</translation>
    </message>
    <message>
        <source>Only a lost deal can be re-engaged; “%1” is not lost.</source>
        <translation>Nur ein verlorener Deal kann wieder aufgenommen werden; „%1“ ist nicht verloren.</translation>
    </message>
    <message>
        <source>Re-engage “%1” into an open stage.</source>
        <translation>Nehmen Sie „%1“ in einer offenen Phase wieder auf.</translation>
    </message>
    <message>
        <source>Could not re-engage “%1”</source>
        <translation>„%1“ konnte nicht wieder aufgenommen werden</translation>
    </message>
    <message>
        <source>Only a lost deal has a re-engage date; “%1” is not lost.</source>
        <translation>Nur ein verlorener Deal hat ein Datum zur Wiederaufnahme; „%1“ ist nicht verloren.</translation>
    </message>
    <message>
        <source>Give “%1” a re-engage date on or after the day it was lost (%2).</source>
        <translation>Geben Sie „%1“ ein Datum zur Wiederaufnahme am oder nach dem Tag des Verlusts (%2).</translation>
    </message>
    <message>
        <source>Could not change when to re-engage “%1”</source>
        <translation>Das Datum zur Wiederaufnahme von „%1“ konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>Could not import “%1”: %2. Nothing was imported.</source>
        <translation>„%1“ konnte nicht importiert werden: %2. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Could not take the import back: %1. Nothing was changed.</source>
        <translation>Der Import konnte nicht zurückgenommen werden: %1. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1.</source>
        <translation>Es wurde nichts geändert: %1.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1.</source>
        <translation>Es wurde nichts importiert: %1.</translation>
    </message>
</context>
<context>
    <name>Ripen::PipelineSettingsDialog</name>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Rots after (days)</source>
        <translation>Schläft ein nach (Tagen)</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Verlustgrund</translation>
    </message>
    <message>
        <source>What the “no” meant</source>
        <translation>Was das „Nein“ bedeutete</translation>
    </message>
    <message>
        <source>Re-engage after (days)</source>
        <translation>Wieder ansprechen nach (Tagen)</translation>
    </message>
    <message>
        <source>&amp;Add Stage</source>
        <translation>Phase &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Stage…</source>
        <translation>Phase &amp;entfernen…</translation>
    </message>
    <message>
        <source>Move &amp;Left</source>
        <translation>Nach &amp;links</translation>
    </message>
    <message>
        <source>Move Ri&amp;ght</source>
        <translation>Nach &amp;rechts</translation>
    </message>
    <message>
        <source>Add &amp;Reason</source>
        <translation>Grund hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Remove Re&amp;ason</source>
        <translation>Grund en&amp;tfernen</translation>
    </message>
    <message>
        <source>&amp;Move Deals and Remove</source>
        <translation>Deals &amp;verschieben und entfernen</translation>
    </message>
    <message>
        <source>Pipeline Settings</source>
        <translation>Pipeline-Einstellungen</translation>
    </message>
    <message>
        <source>Open stages are the board&apos;s columns, left to right. A deal “rots” when this many days pass without a meaningful touch and nothing is planned. Won and Lost are always last.</source>
        <translation>Offene Phasen sind die Spalten des Boards, von links nach rechts. Ein Deal „schläft ein“, wenn so viele Tage ohne sinnvollen Kontaktpunkt vergehen und nichts geplant ist. Gewonnen und Verloren kommen immer zuletzt.</translation>
    </message>
    <message>
        <source>&amp;Stages</source>
        <translation>&amp;Phasen</translation>
    </message>
    <message>
        <source>Every lost deal gets one of these reasons. What the “no” meant decides how to re-engage; the delay pre-fills the date to come back.</source>
        <translation>Jeder verlorene Deal bekommt einen dieser Gründe. Was das „Nein“ bedeutete, entscheidet, wie Sie wieder ansprechen; die Frist füllt das Datum für die Rückkehr vor.</translation>
    </message>
    <message>
        <source>Lost &amp;Reasons</source>
        <translation>Verlust&amp;gründe</translation>
    </message>
    <message>
        <source>What “%1” meant</source>
        <translation>Was „%1“ bedeutete</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Neue Phase</translation>
    </message>
    <message>
        <source>Select the stage to remove first.</source>
        <translation>Wählen Sie zuerst die Phase aus, die entfernt werden soll.</translation>
    </message>
    <message>
        <source>“%1” holds %2 deals. Move them to:</source>
        <translation>„%1“ enthält %2 Deals. Verschieben nach:</translation>
    </message>
    <message>
        <source>New reason</source>
        <translation>Neuer Grund</translation>
    </message>
    <message>
        <source>Select the lost reason to remove first.</source>
        <translation>Wählen Sie zuerst den Verlustgrund aus, der entfernt werden soll.</translation>
    </message>
    <message>
        <source>Persistent, not annoying: before a touch is logged, Ripen warns when the same contact heard from you fewer days ago than this. 0 never warns.</source>
        <translation>Beharrlich, nicht lästig: Bevor ein Kontakt erfasst wird, warnt Ripen, wenn dieselbe Person vor weniger Tagen als hier von Ihnen gehört hat. 0 warnt nie.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Days between touches to one contact, at least:</source>
        <translation>&amp;Tage zwischen Kontakten mit einer Person, mindestens:</translation>
    </message>
    <message>
        <source>&amp;Persistence</source>
        <translation>&amp;Beharrlichkeit</translation>
    </message>
</context>
<context>
    <name>Ripen::RestoreBackupDialog</name>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Ripen keeps a copy of “%1” on each day you change it, and before every upgrade, import and restore, in “%2”. Restoring one replaces the database; the database as it is now is kept as a copy first.</source>
        <translation>Ripen legt in „%2“ an jedem Tag, an dem Sie „%1“ ändern, und vor jedem Upgrade, Import und jeder Wiederherstellung eine Kopie an. Eine Wiederherstellung ersetzt die Datenbank; die Datenbank im jetzigen Zustand wird vorher als Kopie aufbewahrt.</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Angelegt am</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>There are no backups of this database yet: Ripen takes the first one before the first change of the day.</source>
        <translation>Von dieser Datenbank gibt es noch keine Sicherungen: Ripen legt die erste vor der ersten Änderung des Tages an.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Intakt</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>From a newer Ripen</source>
        <translation>Von einem neueren Ripen</translation>
    </message>
    <message>
        <source>1 deal</source>
        <translation>1 Deal</translation>
    </message>
    <message numerus="yes">
        <source>%n deals</source>
        <translation>
            <numerusform>%n Deal</numerusform>
            <numerusform>%n Deals</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace “%1” with the backup of %2 (%3), which holds %4?</source>
        <translation>„%1“ durch die Sicherung vom %2 (%3) ersetzen, die %4 enthält?</translation>
    </message>
    <message>
        <source>The database as it is now is kept as a backup first, so you can go back to it the same way. Edit &gt; Undo starts afresh with the restored file.</source>
        <translation>Die Datenbank im jetzigen Zustand wird vorher gesichert, sodass Sie auf demselben Weg zu ihr zurückkehren können. Bearbeiten &gt; Rückgängig beginnt mit der wiederhergestellten Datei von vorn.</translation>
    </message>
    <message>
        <source>Restore the Backup?</source>
        <translation>Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
</context>
<context>
    <name>Ripen::SqlError</name>
    <message>
        <source>the disk is full (%1). Free some space and try again; nothing that was saved is lost</source>
        <translation>der Datenträger ist voll (%1). Geben Sie Platz frei und versuchen Sie es erneut; nichts Gespeichertes ist verloren</translation>
    </message>
    <message>
        <source>the disk could not be read or written (%1). Check that the disk or network share is there and working, then try again</source>
        <translation>der Datenträger konnte nicht gelesen oder beschrieben werden (%1). Prüfen Sie, ob der Datenträger oder die Netzwerkfreigabe da ist und funktioniert, und versuchen Sie es dann erneut</translation>
    </message>
    <message>
        <source>another program is writing to the file (%1). Try again in a moment, or close that program</source>
        <translation>ein anderes Programm schreibt gerade in die Datei (%1). Versuchen Sie es gleich noch einmal oder schließen Sie dieses Programm</translation>
    </message>
    <message>
        <source>the file is damaged (%1). Restore it from a backup (File &gt; Restore Backup…)</source>
        <translation>die Datei ist beschädigt (%1). Stellen Sie sie aus einer Sicherung wieder her (Datei &gt; Sicherung wiederherstellen…)</translation>
    </message>
    <message>
        <source>the file cannot be written (%1): it, its folder or its disk is read-only</source>
        <translation>die Datei kann nicht geschrieben werden (%1): Sie, ihr Ordner oder ihr Datenträger ist schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>Ripen::StageColumnModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>Ripen::StageColumnView</name>
    <message>
        <source>1 deal</source>
        <translation>1 Deal</translation>
    </message>
    <message>
        <source>%1 deals</source>
        <translation>%1 Deals</translation>
    </message>
    <message>
        <source>No deals</source>
        <translation>Keine Deals</translation>
    </message>
    <message>
        <source>%1 worth %2</source>
        <translation>%1 im Wert von %2</translation>
    </message>
</context>
<context>
    <name>Ripen::StageListModel</name>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>stage kind: open, won or lost</comment>
        <translation>Art</translation>
    </message>
    <message>
        <source>Rots after (days)</source>
        <translation>Schläft ein nach (Tagen)</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
</context>
<context>
    <name>Ripen::TimelineDelegate</name>
    <message>
        <source>%1 — %2</source>
        <comment>deal title — what happened</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source> with %1</source>
        <translation> mit %1</translation>
    </message>
    <message>
        <source> with %1 (%2)</source>
        <translation> mit %1 (%2)</translation>
    </message>
    <message>
        <source>%1%2: %3</source>
        <translation>%1%2: %3</translation>
    </message>
    <message>
        <source>Bare check-in: brought nothing new</source>
        <translation>Bloßes Nachhaken: nichts Neues gebracht</translation>
    </message>
    <message>
        <source>Brought %1: %2</source>
        <translation>Brachte %1: %2</translation>
    </message>
    <message>
        <source>Planned: %1%2</source>
        <translation>Geplant: %1%2</translation>
    </message>
    <message>
        <source>To bring %1: %2</source>
        <translation>Mitbringen – %1: %2</translation>
    </message>
    <message>
        <source>Nothing of value planned yet: think of what to bring</source>
        <translation>Noch kein Mehrwert geplant: Überlegen Sie, was Sie mitbringen</translation>
    </message>
    <message>
        <source>Deal created in %1</source>
        <translation>Deal angelegt in %1</translation>
    </message>
    <message>
        <source>Moved from %1 to %2</source>
        <translation>Von %1 nach %2 verschoben</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Reopened in %1</source>
        <translation>Wieder geöffnet in %1</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation>Verloren: %1</translation>
    </message>
    <message>
        <source>come back on %1</source>
        <translation>wieder ansprechen am %1</translation>
    </message>
</context>
<context>
    <name>Ripen::TimelineModel</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>failed at: %1</source>
        <translation>gescheitert bei: %1</translation>
    </message>
    <message>
        <source>chose %1</source>
        <translation>entschied sich für %1</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source> (brought %1: %2)</source>
        <translation> (brachte %1: %2)</translation>
    </message>
    <message>
        <source> (bare check-in)</source>
        <translation> (bloßes Nachhaken)</translation>
    </message>
    <message>
        <source>%1: created in %2</source>
        <translation>%1: angelegt in %2</translation>
    </message>
    <message>
        <source>%1: moved from %2 to %3</source>
        <translation>%1: von %2 nach %3 verschoben</translation>
    </message>
    <message>
        <source>%1: won</source>
        <translation>%1: gewonnen</translation>
    </message>
    <message>
        <source>%1: lost</source>
        <translation>%1: verloren</translation>
    </message>
    <message>
        <source>%1: reopened in %2</source>
        <translation>%1: wieder geöffnet in %2</translation>
    </message>
    <message>
        <source>%1, planned: %2</source>
        <translation>%1, geplant: %2</translation>
    </message>
</context>
<context>
    <name>Ripen::TimelineView</name>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>“No”s and “not now”s</source>
        <translation>„Nein“ und „Nicht jetzt“</translation>
    </message>
    <message>
        <source>Stage changes</source>
        <translation>Phasenwechsel</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Every channel</source>
        <translation>Jeder Kanal</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>An&amp;sprechpartner:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Choose a deal above, or press Enter on a card on the board, to see its timeline.</source>
        <translation>Wählen Sie oben einen Deal oder drücken Sie auf einer Karte im Board die Eingabetaste, um seinen Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Log Touch…</source>
        <translation>Kontakt &amp;erfassen…</translation>
    </message>
    <message>
        <source>Log a call, email, note or visit on this deal, with the value it carried</source>
        <translation>Einen Anruf, eine E-Mail, Notiz oder einen Besuch zu diesem Deal erfassen, mit dem Mehrwert, den er brachte</translation>
    </message>
    <message>
        <source>Prospect &amp;Timeline</source>
        <translation>Interessenten-&amp;Verlauf</translation>
    </message>
    <message>
        <source>Every touch with one prospect, in order</source>
        <translation>Jeder Kontaktpunkt mit einem Interessenten, der Reihe nach</translation>
    </message>
    <message>
        <source>Find a deal by title, account or contact…</source>
        <translation>Deal nach Titel, Unternehmen oder Ansprechpartner suchen…</translation>
    </message>
    <message>
        <source>&amp;Deal:</source>
        <translation>&amp;Deal:</translation>
    </message>
    <message>
        <source>Whole &amp;Account</source>
        <translation>Ganzes &amp;Unternehmen</translation>
    </message>
    <message>
        <source>Show the touches and changes of every deal at this account</source>
        <translation>Die Kontakte und Änderungen aller Deals dieses Unternehmens zeigen</translation>
    </message>
    <message>
        <source>Persistence</source>
        <translation>Beharrlichkeit</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>People at the account</source>
        <translation>Personen im Unternehmen</translation>
    </message>
    <message>
        <source>Other deals</source>
        <translation>Weitere Deals</translation>
    </message>
    <message>
        <source>Other deals at the account</source>
        <translation>Weitere Deals des Unternehmens</translation>
    </message>
    <message>
        <source>No deal chosen</source>
        <translation>Kein Deal gewählt</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>Won: no next step needed</source>
        <translation>Gewonnen: kein nächster Schritt nötig</translation>
    </message>
    <message>
        <source>Lost: no step planned before coming back</source>
        <translation>Verloren: kein Schritt vor dem Wiederansprechen geplant</translation>
    </message>
    <message>
        <source>⚠ No next step planned: a deal without one drifts. Plan a follow-up.</source>
        <translation>⚠ Kein nächster Schritt geplant: Ein Deal ohne treibt ab. Planen Sie eine Wiedervorlage.</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>überfällig seit %1</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>%1, bringing %2</source>
        <translation>%1, mit %2</translation>
    </message>
    <message>
        <source>Next step: %1 (%2)</source>
        <translation>Nächster Schritt: %1 (%2)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>“No”s heard</source>
        <translation>Gehörte „Nein“</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Value share</source>
        <translation>Anteil mit Mehrwert</translation>
    </message>
    <message>
        <source>Days since a meaningful touch</source>
        <translation>Tage seit einem sinnvollen Kontakt</translation>
    </message>
    <message>
        <source>%1% of %2%</source>
        <translation>%1 % von %2 %</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
    <message>
        <source>%1 (at most %2)</source>
        <translation>%1 (höchstens %2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>People at %1</source>
        <translation>Personen bei %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>one touch, on %1</source>
        <translation>ein Kontakt, am %1</translation>
    </message>
    <message>
        <source>%1 touches, the last on %2</source>
        <translation>%1 Kontakte, der letzte am %2</translation>
    </message>
    <message>
        <source>not contacted yet</source>
        <translation>noch nicht kontaktiert</translation>
    </message>
    <message>
        <source>Single-threaded: every touch went to one person. Try another entry point: a champion, a user, or the gatekeeper.</source>
        <translation>Nur ein Faden: Jeder Kontakt ging an eine Person. Versuchen Sie einen anderen Zugang: einen Fürsprecher, einen Anwender oder den Gatekeeper.</translation>
    </message>
    <message>
        <source>Other deals at %1</source>
        <translation>Weitere Deals bei %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open the timeline of “%1” (Enter)</source>
        <translation>Den Verlauf von „%1“ öffnen (Eingabetaste)</translation>
    </message>
    <message>
        <source>None yet: who else at %1 could use you?</source>
        <translation>Noch keine: Wer bei %1 könnte Sie noch brauchen?</translation>
    </message>
    <message>
        <source>Channel of the touch to log</source>
        <translation>Kanal des zu erfassenden Kontakts</translation>
    </message>
    <message>
        <source>Outcome of the touch to log</source>
        <translation>Ergebnis des zu erfassenden Kontakts</translation>
    </message>
    <message>
        <source>Quick entry: what happened, then Enter (Ctrl+Shift+T for value and more)</source>
        <translation>Schnelleingabe: was geschah, dann Eingabetaste (Strg+Umschalt+T für Mehrwert und mehr)</translation>
    </message>
    <message>
        <source>&amp;Quick log:</source>
        <translation>S&amp;chnell erfassen:</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>&amp;Edit Touch…</source>
        <translation>Kontakt &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected touch</source>
        <translation>Den gewählten Kontakt ändern</translation>
    </message>
    <message>
        <source>&amp;Delete Touch</source>
        <translation>Kontakt &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected touch (Undo brings it back)</source>
        <translation>Den gewählten Kontakt löschen (Rückgängig holt ihn zurück)</translation>
    </message>
    <message>
        <source>&amp;Complete Follow-up…</source>
        <translation>Wiedervorlage &amp;erledigen…</translation>
    </message>
    <message>
        <source>Log the touch that carries out the selected follow-up</source>
        <translation>Den Kontakt erfassen, der die gewählte Wiedervorlage erledigt</translation>
    </message>
</context>
<context>
    <name>Ripen::WonDialog</name>
    <message>
        <source>Mark “%1” as won</source>
        <translation>„%1“ als gewonnen markieren</translation>
    </message>
    <message>
        <source>Congratulations! Record what “%1” was finally worth.</source>
        <translation>Glückwunsch! Halten Sie fest, was „%1“ am Ende wert war.</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>Gewonnener Wert</translation>
    </message>
    <message>
        <source>&amp;Value (%1):</source>
        <translation>&amp;Wert (%1):</translation>
    </message>
    <message>
        <source>Won &amp;on:</source>
        <translation>Gewonnen &amp;am:</translation>
    </message>
    <message>
        <source>Mark as &amp;won</source>
        <translation>Als &amp;gewonnen markieren</translation>
    </message>
    <message>
        <source>Value: “%1” is not an amount. Type a number such as 12500 or 12,500.50.</source>
        <translation>Wert: „%1“ ist kein Betrag. Geben Sie eine Zahl wie 12500 oder 12.500,50 ein.</translation>
    </message>
</context>
<context>
    <name>SettingsCommands</name>
    <message>
        <source>add stage “%1”</source>
        <translation>Phase „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>That stage no longer exists.</source>
        <translation>Diese Phase gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>change stage “%1”</source>
        <translation>Phase „%1“ ändern</translation>
    </message>
    <message>
        <source>reorder stages</source>
        <translation>Phasen neu ordnen</translation>
    </message>
    <message>
        <source>remove stage “%1”</source>
        <translation>Phase „%1“ entfernen</translation>
    </message>
    <message>
        <source>add lost reason “%1”</source>
        <translation>Verlustgrund „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>That lost reason no longer exists.</source>
        <translation>Diesen Verlustgrund gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>change lost reason “%1”</source>
        <translation>Verlustgrund „%1“ ändern</translation>
    </message>
    <message>
        <source>remove lost reason “%1”</source>
        <translation>Verlustgrund „%1“ entfernen</translation>
    </message>
    <message>
        <source>change the days between touches to %1</source>
        <translation>Tage zwischen Kontakten auf %1 ändern</translation>
    </message>
</context>
<context>
    <name>StageKind</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
</context>
<context>
    <name>Strategy</name>
    <message>
        <source>Change the approach</source>
        <translation>Das Vorgehen ändern</translation>
    </message>
    <message>
        <source>Create more value</source>
        <translation>Mehr Nutzen schaffen</translation>
    </message>
    <message>
        <source>Try again later</source>
        <translation>Später erneut versuchen</translation>
    </message>
    <message>
        <source>Stay close, ask why, wait for the renewal</source>
        <translation>In Kontakt bleiben, nach dem Warum fragen, auf die Vertragsverlängerung warten</translation>
    </message>
    <message>
        <source>Patience: a value touch every few weeks</source>
        <translation>Geduld: alle paar Wochen ein Kontaktpunkt mit Mehrwert</translation>
    </message>
    <message>
        <source>One professional reply with a concrete reason to meet</source>
        <translation>Eine professionelle Antwort mit einem konkreten Anlass für ein Treffen</translation>
    </message>
</context>
<context>
    <name>TouchCommands</name>
    <message>
        <source>log %1 on “%2”</source>
        <translation>%1 zu „%2“ erfassen</translation>
    </message>
    <message>
        <source>That touch no longer exists.</source>
        <translation>Diesen Kontakt gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>edit %1 on “%2”</source>
        <translation>%1 zu „%2“ bearbeiten</translation>
    </message>
    <message>
        <source>delete %1 on “%2”</source>
        <translation>%1 zu „%2“ löschen</translation>
    </message>
    <message numerus="yes">
        <source>plan %n value touch(es) on “%1”</source>
        <translation>
            <numerusform>einen Kontaktpunkt mit Mehrwert zu „%1“ planen</numerusform>
            <numerusform>%n Kontaktpunkte mit Mehrwert zu „%1“ planen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TouchOutcome</name>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>Termin vereinbart</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>Ripen has no translation for the language “%1”. Available: %2.</source>
        <translation>Für die Sprache „%1“ hat Ripen keine Übersetzung. Verfügbar: %2.</translation>
    </message>
</context>
<context>
    <name>ValueKind</name>
    <message>
        <source>Bare check-in</source>
        <translation>Bloßes Nachhaken</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <source>White paper</source>
        <translation>Whitepaper</translation>
    </message>
    <message>
        <source>Webinar or event invite</source>
        <translation>Einladung zu Webinar oder Veranstaltung</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Idea about their business</source>
        <translation>Idee für ihr Geschäft</translation>
    </message>
</context>
</TS>
