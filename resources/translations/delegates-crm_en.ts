<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Briefings</name>
    <message>
        <source>A %1 has no briefing document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentLanguage</name>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labels in %1 cannot be used (%2); the built-in ones were used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPrinting</name>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentTemplate</name>
    <message>
        <source>The template %1 cannot be used (%2); the built-in one was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no document template named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in template %1 is broken: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a shared part cannot include another part, or itself</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldErrorText</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A refused value: the field&apos;s label, then what is wrong with it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeCommandTr</name>
    <message>
        <source>--prefer takes keep or other, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A cell of a list element in a sync conflict: the column&apos;s label, then its value.
----------
A list element in a sync conflict: the list&apos;s label, then the element (&quot;Aliases: AMDIE&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::BackupStore</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Delegates CRM database, or it is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Delegates CRM database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Delegates CRM (schema %2; this version reads up to schema %3). Update the application first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2); it cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an upgrade of its schema, but no backup could be written first, so it was not upgraded: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::Backups</name>
    <message>
        <source>Could not delete the old backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the database itself, not a backup of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move %1 aside; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::BulkEdit</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 cannot be changed: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be set on many %1 records at once (no field of theirs can)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be set on many %1 records at once (these can: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a field of %1 (these can be set on many at once: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 %2; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is in the Trash; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 was changed since its %2 was set; nothing was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 was deleted since its %2 was set; nothing was undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::CalendarExport</name>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::CodeLabels</name>
    <message>
        <source>Family name first (山田 太郎)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name first (Mohamed Hassani)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alumnus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investor mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit / mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftercare / expansion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capital expenditure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs held by women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Textiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewable energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport and logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aerospace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ContactCards</name>
    <message>
        <source>only contacts and delegates can be written as business cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::Dashboard</name>
    <message>
        <source>1–7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8–30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>31–90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year&apos;s bars count the deals that moved or reported figures that year, with the latest figures of that year: a deal active in several years counts in each.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::Database</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Delegates CRM database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Delegates CRM (schema %2; this version reads up to schema %3). It has not been changed; please update the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken link: a row of %1 refers to a missing row of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy the database to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty file (0 bytes), not a Delegates CRM database. It has been left as it is; to create a new database, give a path that does not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Delegates CRM database (it is not an SQLite file). It has been left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty SQLite file, not a Delegates CRM database. It has been left as it is; to create a new database, give a path that does not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by an older version of Delegates CRM (schema %2) and must be upgraded before it can be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Nothing more was read from it. Run &quot;delegates-crm-cli check&quot; on it, and restore a backup if the check finds problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full (%2 free; free at least %3 and try again). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only (%2): it can be read but not changed. Copy it to a folder you can write to, or ask for write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied for %1 (%2): ask for access to the file and its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by another program (another Delegates CRM window or command, or a backup tool): try again once it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1 (%2): check that the file and its folder exist and that you may read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read or write %1 (%2): the disk may be failing, full or disconnected. Run &quot;delegates-crm-cli check&quot; once it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to work on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on a network file system (%2). Delegates CRM does not write to a database over the network: SQLite&apos;s write-ahead log needs memory shared between the programs using the file, which network file systems do not provide, and the file could be damaged. Keep the database on this computer&apos;s own disk and exchange changes with sync packages, or work on the office server&apos;s copy from the office server itself. The file can still be opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FUSE (sshfs or another user-space file system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a network share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a network drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read whether %1 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can only be read: %2. Delegates CRM writes to its database: copy the file to a folder you can write to, or ask for write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is on read-only media (a disc, a write-protected stick or a read-only mount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder is read-only for you, and the database keeps its journal beside the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (FUSE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::Deal</name>
    <message>
        <source>is required when a deal is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be before the previous stage change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2 (at most %3 decimals)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::DealImpact</name>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>value · as-of month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>realised as a percentage of announced</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not realised yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>announced zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs %2, not converted</source>
        <comment>realised currency vs announced currency</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::DocumentWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printing needs a QGuiApplication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::DuplicateFinder</name>
    <message>
        <source>same e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name is an alias</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::Investor</name>
    <message>
        <source>a company cannot be its own parent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ListExport</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::MapReader</name>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date and time with a UTC offset, like 2024-05-10T10:00:00+09:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number written without quotes (5, not &quot;5&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::Merges</name>
    <message>
        <source>%1 is a %2, not a %3: only records of one kind can be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 was already merged into %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is in the Trash; restore it before merging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed elsewhere since you looked at it; look at it again before merging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the %1 to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one other %1 to merge into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 cannot be merged with itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the officer making this change and cannot be merged away; keep it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is listed in more than one record; kept once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be unique: the kept record keeps &quot;%2&quot;; &quot;%3&quot; goes with the merged record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; would link to itself in %2: cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names of the merged records become aliases: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; lists %2 twice in %3: kept once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a field of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The links of &quot;%1&quot; could not be moved to &quot;%2&quot;, so nothing was merged: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot take the merged values, so nothing was merged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 the records were merged into is gone; the merge cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed since the merge; undoing the merge would lose that change, so nothing was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 is no longer merged into &quot;%3&quot;; nothing was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;, whose links the merge moved, changed since; undoing the merge would lose that change, so nothing was undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::Officer</name>
    <message>
        <source>must be 1 to 5 letters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::PersonName</name>
    <message>
        <source>must be family_first or given_first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required (a family name or a given name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::Pipeline</name>
    <message>
        <source>The date is before the deal was recorded (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is after today (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a deal stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is already %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required when a deal is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be before the previous stage change (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ProgrammeReport</name>
    <message>
        <source>must be a year between 1950 and 2100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be before the first year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an ISO 4217 currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deal credited to several delegates or missions counts once in the totals and in each country and sector line, and once for each delegate or mission in the per-delegate and per-mission tables, so those tables add up to more than the totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact: for each deal, the latest announced and the latest realised figure dated within the period (figures are cumulative); planned figures and lost deals add nothing. Capex is converted with the officers&apos; yearly average rate of the figure&apos;s year; an amount whose rate is missing is shown unconverted in its own currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an ISO 3166 country code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ProgrammeReportExport</name>
    <message>
        <source>+ %1 not converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs realised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capex announced (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capex realised (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a range of years</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNIDO ITPO Japan, Delegates Programme · amounts in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded for this period: no delegate hosted, no meeting, no mission and no deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n delegate(s) hosted</source>
        <translation>
            <numerusform>%n delegate hosted</numerusform>
            <numerusform>%n delegates hosted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) held</source>
        <translation>
            <numerusform>%n meeting held</numerusform>
            <numerusform>%n meetings held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mission(s)</source>
        <translation>
            <numerusform>%n mission</numerusform>
            <numerusform>%n missions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing exchange rates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amounts that need them are shown unconverted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By host country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegates hosted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings by investor sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::RateStore</name>
    <message>
        <source>USD is the base of the rates (always 1 per US dollar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an ISO 4217 currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 1950 and 2100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a positive number with at most 8 decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 rate for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::RecordQuery</name>
    <message>
        <source>is not a field of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::RecordStore</name>
    <message>
        <source>&quot;%1&quot; is not a valid, unique element id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no %1 with id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 %2 is in the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the id of an element of another %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used by another %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records in the Trash can be purged; move this %1 to the Trash first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n %1 record(s)</source>
        <translation>
            <numerusform>%n %1 record</numerusform>
            <numerusform>%n %1 records</numerusform>
        </translation>
    </message>
    <message>
        <source>This %1 cannot be purged: %2 still refer to it. Purge or change them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a field of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid record id (a UUID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 with this id already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 is in the Trash; restore it before editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package gives %1 &quot;%2&quot; to &quot;%3&quot;, but &quot;%4&quot; here already has it. Change it on one side and export again; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes part in sync, but it was opened without its sync log, so this change would never reach the other copies. Nothing was saved; open the file with Delegates CRM or its command-line tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 cannot come back from a merge: a record with its id exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ReplicaPreparer</name>
    <message>
        <source>there is no mission with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no delegate with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code like MA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen records refer to a %1 outside the choice; the laptop copy was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 1 and 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already names a replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::SampleData</name>
    <message>
        <source>The sample dataset is only loaded into an empty database; %1 already holds records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::StrictJson</name>
    <message>
        <source>no JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1 after the end of the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1 where %2 was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text ends where a value was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1 where a value was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1 where a field name in double quotes was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given twice in one object (first at line %1, column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown word &quot;%1&quot; (JSON knows true, false and null, in lower case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number %1 (JSON numbers are written like 12, -3.5 or 1.5e3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text ends inside a string (a closing &quot; is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw control character %1 inside a string; write it as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in a field name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape %1 (JSON allows \&quot; \\ \/ \b \f \n \r \t and \uXXXX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\u%1 is the second half of a surrogate pair without its first half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\u%1 is the first half of a surrogate pair without its second half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a surrogate (%1) written as UTF-8 is not a character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 (the text ends inside a character)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at line %2, column %3 (byte offset %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 at line %3, column %4 (byte offset %5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::SyncFields</name>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list element with a position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have a row id (a lowercase UUID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an unknown field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a field of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a record id (a lowercase UUID) or null</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::SyncMerger</name>
    <message>
        <source>is not a sync clock reading of the change&apos;s replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a record kind this version knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package holds a change this database cannot take (%1: %2); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s change %1 reuses the number of change %2 of the same replica: the package was altered or its replica copied by hand. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::SyncPackage</name>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be create, update, delete or restore, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds invalid changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a change id of at most %1 printable characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a lowercase UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a record kind name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a field name that is empty or longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its changes are not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names an unknown cipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names an unknown key derivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has settings this version does not accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be empty in a package without changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a change id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a UTC date and time (ISO 8601)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its header is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be absent from a package that is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an invalid header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be Base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync package cannot be written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses an unknown sync package format (%2, version %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comes from a database with a newer schema (version %2; this version of Delegates CRM knows up to version %3). Update Delegates CRM on this computer before importing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to another database (%2, sent by %3), not to this one. A package can only be imported into a copy of the database it was exported from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted. Enter the passphrase it was exported with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is wrong: it does not open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was altered after it was exported: its contents fail authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is inconsistent: its header announces %2 changes (%3 to %4) but it holds %5 (%6 to %7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 changes are too many for one sync package; export them in parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption library could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s encryption settings are invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory to derive the key from the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is incomplete: the file ends after %2 of its %3 bytes. Copy the package again from the computer that exported it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than any sync package can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Delegates CRM sync package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses an unknown sync package format (version 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Delegates CRM (package format %2; this version reads format %3). Update Delegates CRM on this computer to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: it announces a header of %2 bytes, which no sync package has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: it announces contents of %2 bytes, more than a sync package holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: it has %2 bytes after the end of the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must map field names to lists of change ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must map replica ids to sequence numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold a signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by an older version of Delegates CRM (package format %2), whose packages were not signed and could be altered on the way. Update Delegates CRM on the computer that exported it and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or was altered: its signature does not match its contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database&apos;s sync signing key is damaged; prepare this replica again from the office database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its changes are not valid JSON (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its header is not valid JSON (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing arrived through %1 for %n second(s): no program is writing a sync package into it.</source>
        <translation>
            <numerusform>Nothing arrived through %1 for %n second: no program is writing a sync package into it.</numerusform>
            <numerusform>Nothing arrived through %1 for %n seconds: no program is writing a sync package into it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::SyncStore</name>
    <message>
        <source>The sync data in this database is damaged: %1. Run check, or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::Synchronizer</name>
    <message>
        <source>must be between 1 and 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no peers yet: prepare a mission laptop from it, or import a package from one, first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no peer &quot;%1&quot;. Known peers: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package comes from another database (%1), not from a replica of this one; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package was written by a newer version of Delegates CRM (schema %1); update this one first. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package was written by this very replica (or by a copy of its file made by hand, which cannot sync: prepare mission laptops with Prepare Mission Laptop). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already names the peer %2 (&quot;%3&quot;): choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several peers are named &quot;%1&quot;: %2. Give the replica id of the one you mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a replica key: it is 44 characters of letters, digits, + and /, ending with =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This replica already holds another key for &quot;%1&quot;. A replica&apos;s key never changes: if that replica was set up again, prepare it again from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package says it comes from %1 but is not signed with its key: it was forged or altered. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package comes from %1, which this replica has not met, and was prepared by %2, which this replica holds no key for. Exchange packages through the replica that prepared it. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package comes from %1, whose key was not given to it by %2: it was forged. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This replica holds no key for %1: it was prepared by an older version of Delegates CRM, before packages were signed. Prepare it again from this database, or have its officer read out its key (delegates-crm-cli replica key) and enter it here (delegates-crm-cli sync trust NAME KEY). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package from %1 is addressed to no replica, so it cannot be imported into this one, %2. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package from %1 is addressed to %2, not to this replica, %3. Import it there. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package&apos;s sender (%1) is named &quot;%2&quot;, like another peer of this replica (%3). Rename one of them and export again. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package&apos;s sender (%1) is named &quot;%2&quot;, the name of this replica. Rename one of them (delegates-crm-cli replica name --set) and export again. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::Timeline</name>
    <message>
        <source>Programme stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>investor name (its Latin-script name)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::TimelineExport</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>since %1</source>
        <comment>an open span: a current position</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a span from a date to a date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a range of years</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↩ setback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>years, months</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::Validator</name>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too long (at most %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required (an ISO 3166 country code such as MA or JP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code (such as MA or JP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code (such as USD or JPY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sector (one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address starting with http:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required (one of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be before the start (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::catalogue::FieldCodec</name>
    <message>
        <source>&quot;%1&quot; is not an amount in %2 (at most %3 decimals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required for a money figure (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be empty: %1 is a count, not money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required (the record this is about)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone (such as Asia/Tokyo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::cli::Arguments</name>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option --%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option --%1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the option --%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; for --lang: use one of %2</source>
        <extracomment>%1 is what was given, %2 the languages there are (&quot;en, ja, fr&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::cli::BackupCommands</name>
    <message>
        <source>restoring: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file it replaced is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backing up: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups of %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore %1 needs the ID of the record to bring back from the Trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::cli::BriefingCommand</name>
    <message>
        <source>--lang must be one of %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>briefing needs exactly one of --meeting, --investor, --delegate or --mission</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::cli::DatabaseCommands</name>
    <message numerus="yes">
        <source>%n problem(s) found in %1.</source>
        <translation>
            <numerusform>%n problem found in %1.</numerusform>
            <numerusform>%n problems found in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n sample record(s) into %1.</source>
        <translation>
            <numerusform>Loaded %n sample record into %1.</numerusform>
            <numerusform>Loaded %n sample records into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>generate only fills an empty database; %1 already holds %n record(s).</source>
        <translation>
            <numerusform>generate only fills an empty database; %1 already holds %n record.</numerusform>
            <numerusform>generate only fills an empty database; %1 already holds %n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>generating: %1% (%2 of %3 records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgraded from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated a dataset of scale %1 (seed %2) into %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::cli::DuplicatesCommand</name>
    <message>
        <source>duplicates are looked for among %1 only, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1, score %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of likely duplicates</source>
        <translation>
            <numerusform>%n group of likely duplicates</numerusform>
            <numerusform>%n groups of likely duplicates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::cli::ExportCommand</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export writes one file: give one of --csv FILE, --xlsx FILE and --vcard FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a date as YYYY-MM-DD, YYYY-MM or YYYY, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sort: %1 has no field &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--vcard writes contacts and delegates only, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--vcard-version goes with --vcard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--officer: there is no officer with the initials %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--vcard-version must be 3 or 4, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::cli::ImportCommands</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column &quot;%2&quot; (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>delegates-crm-cli: %n row(s) refused; nothing was written (--skip-refused leaves them out)</source>
        <translation>
            <numerusform>delegates-crm-cli: %n row refused; nothing was written (--skip-refused leaves them out)</numerusform>
            <numerusform>delegates-crm-cli: %n rows refused; nothing was written (--skip-refused leaves them out)</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on-duplicate must be skip, update or create, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --day-first or --month-first, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping names a column &quot;%1&quot; that the file does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is not in the mapping and is skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::cli::JsonIo</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty; a JSON object ({...}) was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a JSON array; one JSON object ({...}) was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object ({...})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::cli::MergeCommand</name>
    <message numerus="yes">
        <source>Merged %n %1 record(s) into &quot;%2&quot; (%3):</source>
        <translation>
            <numerusform>Merged %n %1 record into &quot;%2&quot; (%3):</numerusform>
            <numerusform>Merged %n %1 records into &quot;%2&quot; (%3):</numerusform>
        </translation>
    </message>
    <message>
        <source>Links moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::cli::RateCommands</name>
    <message>
        <source>YEAR must be a year such as 2024, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::cli::RecordCommands</name>
    <message>
        <source>is %1, but the record being updated is %2; ids cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 is already in the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved the %1 %2 to the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 is not in the Trash; nothing to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the %1 %2 from the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged the %1 %2 for good.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::cli::ReportCommand</name>
    <message>
        <source>--%1 must be a year such as 2024, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json prints the report; it cannot be combined with --csv or --pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::cli::Run</name>
    <message>
        <source>Try &quot;%1 --help&quot; for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::cli::SearchCommand</name>
    <message>
        <source>unknown --kind &quot;%1&quot; (one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search needs some TEXT to look for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::cli::Session</name>
    <message>
        <source>%1 does not exist. Create it with &quot;delegates-crm-cli init&quot;, or give another file with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no officer with the initials %1 in %2 (add one with &quot;add officer&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be %2, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::cli::SyncCommands</name>
    <message>
        <source>field %1, edited on both sides:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved to the Trash (%1) while edited elsewhere (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--value is not one JSON value: %1 (text needs quotes: --value &apos;&quot;Rabat&quot;&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record %1 has no unresolved conflict (&quot;sync conflicts&quot; lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no conflict between a delete and edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no conflict on the field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record %1 has %2; resolve it with: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep must be a number from 1 to %1 (the values &quot;sync conflicts&quot; lists for %2), not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts to review: %1 (see &quot;delegates-crm-cli sync conflicts&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This replica: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: off (it starts when a mission laptop is prepared with &quot;replica prepare&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unresolved conflicts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes not yet acknowledged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync resolve needs one decision: --field FIELD with --keep N or --value JSON, or --restore, or --keep-deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync resolve --field FIELD needs one of --keep N and --value JSON, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 stays in the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the %1 with its edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved %1 of the %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to the other replicas to share the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync export records in the database when it sent changes to the peer (and, the first time, this replica&apos;s signing key), but %1 can only be read here: %2. Export from the database the officers work on, or copy this file to a folder you can write to and export from the copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::cli::SyncReplicaCommands</name>
    <message>
        <source>%1 already exists; replica prepare writes a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared the replica &quot;%1&quot; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set needs a name that is not blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This replica now accepts packages signed with that key from %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::cli::SyncSupport</name>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: cannot read %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: %2 is empty; its first line must hold the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::cli::TimelineCommand</name>
    <message>
        <source>timeline takes one record: give only one of --delegate, --investor and --deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline needs a record: --delegate ID, --investor ID or --deal ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --kind &quot;%1&quot; (one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a date as YYYY-MM-DD, YYYY-MM or YYYY, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json prints the events; it cannot be combined with --csv or --pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::cli::UpdateCommand</name>
    <message>
        <source>--%1 needs FIELD=VALUE, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is true or false, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a whole number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update --where changes the records it finds; leave out the ID &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update KIND needs both --where FIELD=VALUE and --set FIELD=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update --where takes --json alone (JSON output), not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would change %1 of %2 matching %3 records (%4 already so).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %1 of %2 matching %3 records (%4 already so).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update needs ID (or --where FIELD=VALUE --set FIELD=VALUE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update needs the option --json FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::cli::Usage</name>
    <message>
        <source>Usage: delegates-crm-cli [--db FILE] [--officer INITIALS] [--lang LANG] COMMAND [ARGUMENTS]

Works on a Delegates CRM database from the command line.

Commands:
  init                           Create the database, or upgrade it to the current schema
  check                          Check integrity, links and schema version
  demo                           Load the sample dataset into an empty database
  backup [--out FILE]            Copy the database to FILE, or into its backup folder
  backups [--json]               List the backups in the backup folder, newest first
  restore FILE                   Replace the database with a backup; the current file
                                 is kept aside as DATABASE.before-restore-TIME
  generate --scale N [--seed S]  Fill the database with a synthetic dataset of N investors
  list KIND [--json] [--trash] [--sort FIELD] [--desc] [--limit N]
                                 List records, one per line as ID&lt;TAB&gt;TITLE
  show KIND ID [--json]          Show one record
  add KIND --json FILE|-         Add a record from a JSON object; prints its id
  update KIND ID --json FILE|-   Change the fields given in a JSON object
  update KIND --where FIELD=VALUE --set FIELD=VALUE [--dry-run] [--json]
                                 Set one field (owner, status, sector, country,
                                 confidential) on every live record whose FIELD is
                                 VALUE, in one transaction; prints how many changed
  delete KIND ID                 Move a record to the Trash
  restore KIND ID                Bring a record back from the Trash
  purge KIND ID                  Delete a record in the Trash for good
  history KIND ID [--json]       Show who changed what, and when
  merge KIND KEEP_ID OTHER_ID... [--prefer keep|other] [--json]
                                 Merge records into the one kept: links move to it,
                                 lists are united, single values come from the kept
                                 record (or --prefer other) unless empty there
  search TEXT [--kind K[,K...]] [--limit N] [--json]
                                 Find records by any part of their names or text,
                                 best first, at most N (10) of each kind
  duplicates KIND [--json]       List likely duplicates (investor, contact, agency,
                                 delegate): groups sharing a name, alias, e-mail,
                                 phone or website, with the reason and a score
  timeline --delegate ID|--investor ID|--deal ID [--json] [--kind K[,K...]]
           [--from DATE] [--to DATE] [--text TEXT] [--oldest-first]
           [--csv FILE] [--pdf FILE]
                                 Show the dated story of a record, newest first, or
                                 write it as CSV or as a printable PDF
  report --from YEAR --to YEAR [--currency CODE] [--json] [--csv FILE] [--pdf FILE]
                                 The programme report for the years: delegates hosted,
                                 meetings, missions, deals by stage, jobs and capex
                                 (in USD unless --currency), by country, sector,
                                 delegate and mission
  briefing --meeting ID|--investor ID|--delegate ID|--mission ID [--lang en|ja|fr]
           [--templates DIR] --pdf FILE
                                 A meeting briefing, investor or delegate profile or
                                 mission booklet as a PDF, in the chosen language;
                                 a template in DIR replaces the built-in one
  export KIND --csv FILE|--xlsx FILE|--vcard FILE [--vcard-version 3|4]
         [--filter TEXT] [--sort FIELD] [--desc] [--trash]
                                 Write a list as the list pane shows it (its columns,
                                 quick filter and order) to CSV or Excel, or contacts
                                 and delegates as vCards (4.0 unless --vcard-version 3)
  calendar --from DATE --to DATE --ics FILE
                                 Write the meetings and open follow-ups of the days as
                                 an iCalendar file; with --officer, only the meetings
                                 they attend and the follow-ups they own
  import KIND FILE... [--mapping FILE] [--save-mapping FILE] [--encoding E]
         [--sheet NAME] [--day-first|--month-first] [--on-duplicate skip|update|create]
         [--dry-run] [--skip-refused] [--json]
                                 Bring records in from CSV/TSV, Excel (.xlsx) or vCards
                                 (several .vcf files as one), as one batch: all rows or
                                 none; rows matching a record are skipped unless
                                 --on-duplicate says otherwise
  import list [--json]           List the import batches, newest first
  import revert BATCH            Take a batch back, unless its records changed since
  rate set CURRENCY YEAR RATE [--source TEXT]
                                 Set the yearly average rate: units of CURRENCY per US dollar
  rate list [--json]             List the exchange rates
  rate remove CURRENCY YEAR      Remove an exchange rate
  sync export --to PEER --out FILE [--passphrase-file F]
                                 Write the changes PEER (a replica&apos;s id or name) has not
                                 acknowledged to a package file, encrypted with a passphrase
  sync import FILE [--passphrase-file F]
                                 Merge a package from another replica of this database
  sync status [--json]           This replica, its peers, pending changes and conflicts
  sync conflicts [--json]        The conflicts waiting for a decision
  sync resolve --record ID --field FIELD --keep N|--value JSON
  sync resolve --record ID --restore|--keep-deleted
                                 Decide a conflict; export to share the decision
  replica prepare --out FILE [--name NAME] [--mission ID] [--delegate ID] [--country CC]
                                 Copy the database for a mission laptop: all of it, or the
                                 records of the missions, delegates and countries given
  replica name [--set NAME]      Show or change this replica&apos;s name
  replica key                    This replica&apos;s public signing key, to read out to a peer
  sync trust PEER KEY            Enter the key of a peer prepared by an older version

KIND is one of: %1.
FILE - reads the JSON from standard input.
K (timeline) is one of: %3.
DATE is YYYY-MM-DD, or YYYY-MM or YYYY for the whole month or year.
F (sync) is a file whose first line is the passphrase; never give it on the command line.

Options:
  --db FILE           The database file (default: %2)
  --officer INITIALS  The officer stamped on changes (default: $CRM_OFFICER;
                      without either, changes carry no officer)
  --lang LANG         The language of messages: en, ja or fr (default: the
                      system&apos;s); JSON, CSV and exit codes never change with it
  -h, --help          Show this help
  --version           Show the version

Exit codes: 0 success, 1 usage error or refused request, 2 invalid data,
3 record not found, 4 database error.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::imports::ImportPlanner</name>
    <message>
        <source>no %1 is named &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 records are named &quot;%3&quot;: choose one in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::imports::ImportSource</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB and is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n files</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a vCard file: several files are read together only when all are business cards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::imports::Importer</name>
    <message>
        <source>row %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column &quot;%2&quot; (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 cannot be imported; nothing was written:
%2</source>
        <translation>
            <numerusform>%n row of %1 cannot be imported; nothing was written:
%2</numerusform>
            <numerusform>%n rows of %1 cannot be imported; nothing was written:
%2</numerusform>
        </translation>
    </message>
    <message>
        <source>The import of %1 was cancelled while it was prepared; prepare it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of %2: %3; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import batch %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of %1 was already reverted on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import batch %1 names an unknown kind &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The import of %1 cannot be reverted: %n of its records changed since (%2). Nothing was changed.</source>
        <translation>
            <numerusform>The import of %1 cannot be reverted: %n of its records changed since (%2). Nothing was changed.</numerusform>
            <numerusform>The import of %1 cannot be reverted: %n of its records changed since (%2). Nothing was changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import of %1 cannot be reverted: a note or follow-up was written since about %2, and would go with it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of %1 cannot be reverted: %2 names %3 since. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::interchange::CellValues</name>
    <message>
        <source>&quot;%1&quot; could be day/month or month/day: write it 2024-04-01, or say which the file uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write it 2024-04-01, 2024/4/1 or 2024年4月1日)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::interchange::ColumnMapping</name>
    <message>
        <source>&quot;%1&quot; is already filled by column %2 (&quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 has no field &quot;%2&quot; that a column can fill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now filled by column %2 (&quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping names no known kind of record (&quot;kind&quot;: &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping is for %1 records, not for %2 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping has no list of &quot;columns&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 of the mapping has no &quot;header&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping fills &quot;%1&quot; from column &quot;%2&quot;, but a %3 has no such field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping fills &quot;%1&quot; from two columns (&quot;%2&quot; and &quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the saved mapping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::interchange::CsvReader</name>
    <message>
        <source>Line %1, column %2: the cell is longer than %3 characters, far more than any field holds. If it starts with a quote (&quot;), check that the quote is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: a quote (&quot;) opens a cell that is never closed; the file ends inside it. Close the quote or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 has no name in the header: it is read as &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns %1 and %2 are both named &quot;%3&quot;: column %2 is read as &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds %1 bytes; files up to %2 bytes are read. Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote or a line break cannot separate columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it has no header row and no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has %2 columns but the header (line %3) names %4: column %5 holds &quot;%6&quot; under no header. Add a header for it or remove the extra cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header row (line %1) but no data rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells starting with &quot;=&quot; are kept as text, never evaluated as formulas: %1 of them, the first at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 bytes; files up to %3 bytes are read. Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::interchange::ICalendarWriter</name>
    <message>
        <source>The meeting &quot;%1&quot; has no start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting &quot;%1&quot; is in the time zone &quot;%2&quot;, which this computer does not know.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::interchange::TextEncoding</name>
    <message>
        <source>the file ends in the middle of a character at line %1 (it may have been cut short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte %1 at line %2 (byte offset %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a zip archive (an Excel .xlsx workbook?), not text. Import it as a workbook, or save it from Excel as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not text: it holds a NUL byte at byte offset %1, as binary files (an .xls workbook, a picture, a PDF) do. Save it from its program as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;. Names such as UTF-8, UTF-16LE, Shift_JIS or windows-1252 are understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read as %1: %2. Choose the encoding it was saved in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file starts with the byte order mark of %1 but is not valid %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is neither UTF-8 (%1) nor Shift_JIS (%2). Choose the encoding it was saved in, such as windows-1252 for a CSV from Excel in English or French.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not text: it holds a NUL character (U+0000) at line %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::interchange::VCardReader</name>
    <message>
        <source>Line %1 is longer than %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content line starting at line %1 is longer than %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has no &quot;:&quot; and was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a card begins inside the card begun at line %2, which has no END:VCARD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: END:VCARD without a BEGIN:VCARD before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: vCard version %2 is not supported (2.1, 3.0 and 4.0 are).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card begun at line %1 has no END:VCARD: the file may be cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no vCard (no BEGIN:VCARD line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) outside any card skipped, the first at line %1.</source>
        <translation>
            <numerusform>%n line outside any card skipped, the first at line %1.</numerusform>
            <numerusform>%n lines outside any card skipped, the first at line %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Photo of card %1 (line %2) ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1, line %2: broken quoted-printable kept as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1, line %2: %3 is not valid base64 and was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1, line %2: %3 is not valid %4 text and was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::interchange::XlsxReader</name>
    <message>
        <source>%1 is damaged: its workbook lists no sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sheet named “%2”. Its sheets are %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet “%1” of %2 is a chart, not a sheet of cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the cells of its sheet “%2” are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an Excel 97-2003 workbook (.xls) or a password-protected one. Open it in the spreadsheet program and save it as an Excel Workbook (.xlsx) without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): an .xlsx file is a zip archive, and this file is not one. Open it in the spreadsheet program and save it as an Excel Workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is refused: it is larger than %2 MB, more than any list of records needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the workbook is larger than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet “%1” of %2 is empty: there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet “%1” of %2 has only a header row (row %3) and no data rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more cell(s) like these.</source>
        <translation>
            <numerusform>…and %n more cell like these.</numerusform>
            <numerusform>…and %n more cells like these.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is damaged: sheet “%2” has a row numbered %3, outside a worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Row %1 of sheet “%2” has a value in column %3, but the header (row %4) has only %n column(s). Give the column a header or delete the value.</source>
        <translation>
            <numerusform>Row %1 of sheet “%2” has a value in column %3, but the header (row %4) has only %n column. Give the column a header or delete the value.</numerusform>
            <numerusform>Row %1 of sheet “%2” has a value in column %3, but the header (row %4) has only %n columns. Give the column a header or delete the value.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cell %1 of sheet “%2” holds more than %3 characters, more than any field needs; shorten it in the spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: sheet “%2” has a cell named “%3”, which is no cell of a worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: row %2 of sheet “%3” has more than %4 cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 holds a formula the spreadsheet saved without its value; it is kept as its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: cell %2 of sheet “%3” refers to a text the workbook does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 shows the error %2 in the spreadsheet; it is kept as that text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 of sheet “%2” holds “%3”, which is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: cell %2 of sheet “%3” holds “%4”, which is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 is not well-formed XML at line %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook: it is a zip archive without a workbook part (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 cannot be unpacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 unpacks to more than %3 MB, more than any list of records needs (a damaged or malicious file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted: open it in the spreadsheet program and save it without a password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::interchange::XlsxWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Excel sheet holds at most 1,048,576 rows and 16,384 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spreadsheet library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet name “%1” is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text in row %1, column %2 is longer than the %3 characters an Excel cell holds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::reference</name>
    <message>
        <source>Food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Textiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewable energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transportation and logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aerospace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::AboutDialog</name>
    <message>
        <source>About Delegates CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1 (Widgets, Sql, Print Support)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNU LGPL 3.0 or GNU GPL 3.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt Charts (the dashboard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNU GPL 3.0, hence this program&apos;s GPL-3.0-or-later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPA Gothic font by IPA (now CITPC), in printed documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;IPA Font License Agreement v1.0&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iso-codes: country and currency names, with their translations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNU LGPL 2.1 or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libsodium (encryption of sync packages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISC licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mustache templates by Kevin Wojniak (kainjow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boost Software License 1.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample dataset, templates and icons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of this program; the agencies, investors and deals other than AMDIE and Yazaki are fictional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegates CRM %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM of the ITPO Japan Delegates Programme (UNIDO Investment and Technology Promotion Office, Tokyo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt; for more details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped with it, under their own licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant kanji table (search), derived from the Unicode Han Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and from KANJIDIC2, the property of the Electronic Dictionary Research and Development Group, used in conformance with the Group&apos;s &lt;a href=&quot;%1&quot;&gt;licence&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creative Commons Attribution-ShareAlike 3.0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::BackupsDialog</name>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring replaces the open database with the backup; the current file is kept beside it, named &quot;….before-restore-…&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegates CRM databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the open database with the backup of %1?

Everything entered since then is no longer shown; the current file is kept beside it as &quot;%2.before-restore-…&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking today&apos;s backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::BriefingDialog</name>
    <message>
        <source>Print Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder of the office&apos;s own templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the briefing as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the templates folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::CalendarExportDialog</name>
    <message>
        <source>Only &amp;my meetings and follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meetings of these days, each in its own time zone, and the follow-ups still open that fall due on them, as one calendar file (.ics) for Outlook, Google Calendar or a phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meetings you attend and the follow-ups you own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are first (File &gt; Change Officer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day comes after the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 and %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::ChartCard</name>
    <message>
        <source>Save PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the numbers of this chart as a table, for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::ChildListEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row to %1 (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected row of %1 (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected row of %1 up (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected row of %1 down (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::ChoiceCombo</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::ChoiceLabels</name>
    <message>
        <source>%1 (%2)</source>
        <comment>country name (ISO code)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>currency name (ISO code)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 – very low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 – low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 – moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 – high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 – very high</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::CommandLine</name>
    <message>
        <source>Open FILE instead of the default database (created if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM for the ITPO Japan Delegates Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file to open; it must exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegates CRM opens one database at a time; %1 files were given: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the database either as a file or with --db, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::CreditedDealsModel</name>
    <message>
        <source>%1 bn %2</source>
        <comment>billions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 M %2</source>
        <comment>millions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <comment>no figure</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>realised / announced</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Investor: %2
Host country: %3
The delegate&apos;s part: %4
Double-click to open the deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest realised figure / latest announced figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate&apos;s part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realised %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <comment>between the announced and the realised figure</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::DashboardCharts</name>
    <message>
        <source>No deals in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deals in %1 in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no country)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no sector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 largest of %2 %3; Copy table lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals with a stage change or a figure dated in the range, by their stage today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Million %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capex announced (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capex realised (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced, not converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realised, not converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the bars, for want of a rate: announced %1; realised %2 (Copy table has them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct jobs announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct jobs realised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All deals (each counted once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deal credited to several delegates counts once for each of them, so the bars can add up to more than the deals of the range (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 largest of %2 delegates; Copy table lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deal of this range is credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No overdue follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown officer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open follow-ups past their due date on %1: %2, whatever the years and country chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 officers with the most; Copy table lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amounts in %1 currencies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::DashboardView</name>
    <message>
        <source>%1 + %2 not converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first year of the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last year of the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capex is converted with the officers&apos; yearly average rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By host country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the capex and direct-jobs charts are broken down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host &amp;country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capex and jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capex, announced and realised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct jobs, announced and realised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals credited to each delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct jobs credited to each delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals: %1 (lost: %2). Capex announced %3, realised %4. Direct jobs announced %5, realised %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exchange rate for %1: capex that needs one is not converted to %2, is left out of the capex bars and is listed as not converted in the tables. Add the rates to the officers&apos; rate table to convert it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::DatabaseSession</name>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open in another Delegates CRM window. Close it there first: two windows editing one file would each miss the other&apos;s changes. (The lock file is %2.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open in another Delegates CRM window, on the computer %2 (process %3). Close it there first: two windows editing one file would each miss the other&apos;s changes. If that program is no longer running, delete %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was opened for reading only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open read-only (%2): no backup can be restored into it. Copy it to a folder you can write to and open that copy first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::DateEdit</name>
    <message>
        <source>Choose from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or YYYY-MM-DD</source>
        <extracomment>%1 is a sample day written the locale&apos;s way (9/30/2026)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::DealImpactPanel</name>
    <message>
        <source>%1: %2, undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 as of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal&apos;s stage history; ↩ marks a setback (back to an earlier stage, on hold or lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realised /
announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest realised figure as a share of the latest announced one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(record not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cannot be read)</source>
        <extracomment>A credited delegate, agency or mission whose record the damaged database could not give.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::DelegateImpactPanel</name>
    <message numerus="yes">
        <source>%n lost</source>
        <translation>
            <numerusform>%n lost</numerusform>
            <numerusform>%n lost</numerusform>
        </translation>
    </message>
    <message>
        <source>Credited deals</source>
        <extracomment>In a delegate&apos;s impact panel, in place of the number of credited deals.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct jobs realised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>announced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capex realised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::DuplicateCommands</name>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the investors, contacts, agencies or delegates that look like the same one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::DuplicateGroupsModel</name>
    <message>
        <source>%1: %2</source>
        <comment>why they match: the value they share (same e-mail: a@b.example)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the reasons of one group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <comment>between the titles of records that look alike</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sure the match is, out of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why they look alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::DuplicateWarning</name>
    <message>
        <source>Create Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 may already exist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is another one: hide this warning while you type this %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>why it matches: the value that matched (same e-mail: a@b.example)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the reasons a record looks the same</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; – %2</source>
        <comment>a record&apos;s title – why it looks the same</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 instead of this new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed in this %1 is not saved. Leave it and open %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like the same %2 (%3). Create a new %2 anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::DuplicatesDialog</name>
    <message>
        <source>&amp;Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare every record of the kind: names, aliases, e-mail, phone numbers and websites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records that look alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the chosen record in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the records of the chosen group into one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Scan to look for likely duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan cancelled; groups found before it stopped: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 look alike.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups of %1 that look alike, most likely first: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging is not available in this window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::ExchangeRatesDialog</name>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units per US dollar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly average rates: how many units of a currency one US dollar bought over the year. Reports convert each figure with the rate of its year; without one they list the figure as not converted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 151.35</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. IMF International Financial Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units per US dollar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::ExportActions</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export List as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export List as Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as vCards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as vCards 3.0 (Older Phones)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Trash as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Trash as Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current List as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current List as &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts as &amp;vCards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;alendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export vCards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting has no start time to put in a calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calendar program on this computer opened the meeting. Save it as a calendar file (.ics) to import by hand?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to Calendar File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::FieldLinkAction</name>
    <message>
        <source>Write E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an e-mail to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail program on this computer opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser on this computer opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::FollowUpModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::FollowUpsView</name>
    <message>
        <source>Mark &amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected follow-ups done (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mark %n follow-up(s) done</source>
        <translation>
            <numerusform>Mark %n follow-up done</numerusform>
            <numerusform>Mark %n follow-ups done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::FormFields</name>
    <message>
        <source>Type part of a name to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name &amp;reading (kana)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name r&amp;eading (kana)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name in &amp;Latin script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name in Lat&amp;in script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name &amp;order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the name&apos;s own script: 山田, Hassani, حساني. A family or a given name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows the name&apos;s culture; set automatically from the script until you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-5 letters, e.g. HS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in its own &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency and work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenc&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;nguages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text; the career is better kept in the positions below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line: ISO 639-1 codes (ar, fr, en) or names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line, with the country code: +212 600 000 001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme sta&amp;ys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career &amp;positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (empty: current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in &amp;Latin script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name &amp;reading (kana)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office &amp;city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office c&amp;ountry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parent company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name officers use, often the Japanese legal name (矢崎総業株式会社)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line: other names that should find this investor (Yazaki, 矢崎)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company and post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In&amp;vestor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active &amp;until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;articipants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line: cities, sites, venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inte&amp;rpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest &amp;level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Information requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (kind other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French / Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lost reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate or mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required when the stage is Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stage change without a matching entry gets one dated today when saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;bout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done &amp;at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set when saved as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Written at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now, when saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confi&amp;dential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed documents about this record carry a confidentiality marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Talking points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you want to raise; printed on the meeting briefing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Delegates CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::HistoryModel</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge undone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::HistoryValues</name>
    <message>
        <source>(a purged %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::HistoryView</name>
    <message>
        <source>History of %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <extracomment>Above the empty history of a record when the database could not be read.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportCommand</name>
    <message numerus="yes">
        <source>Import %1 (%n record(s))</source>
        <translation>
            <numerusform>Import %1 (%n record)</numerusform>
            <numerusform>Import %1 (%n records)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportHistoryDialog</name>
    <message>
        <source>&amp;Revert Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every import of this database. Reverting one removes the records it created and empties the fields it filled, as long as none of them was edited since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert the import of %1 on %2?

The %3 records it created are removed for good, and the fields it filled in %4 records are emptied again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Revert the Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportMappingPage</name>
    <message>
        <source>Column mappings (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns and Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column of the file fills the field chosen for it, or is skipped. Columns were matched by their headers; change any match here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a mapping saved for an earlier file of the same layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this mapping for the next file of the same layout, here or with the command-line tool&apos;s --mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a saved column mapping: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping loaded from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns it names that this file does not have: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of this file it does not name, skipped: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns and the fields they go to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportPreviewPage</name>
    <message>
        <source>&amp;Preview Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave out the refused rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is written yet. Check the rows, the refused ones and those that match a record already there, then import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose for every one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without this, a file with a refused row is not imported at all: correct the file, or the mapping, and preview again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &amp;all of them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already There</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: %1 is there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: nothing of %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fills %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new, beside %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do with row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already There (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows already there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportProgressDialog</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportSourcePage</name>
    <message>
        <source>&amp;Choose Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV or text, an Excel workbook (.xlsx), or business cards (.vcf; choose several at once for a folder of cards).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16LE (Excel&apos;s Unicode text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16BE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift_JIS (CP932, Japanese Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is read again in the encoding chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse them (ask the sender)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day first (31/12/2024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month first (12/31/2024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How dates such as 01/04/2024 are read: 1 April in a French or Japanese file, January 4 in an American one. Dates written 2024-04-01 or 2024/4/1 are always read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates like &amp;01/04/2024:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets and business cards (*.csv *.tsv *.txt *.xlsx *.vcf *.vcard);;CSV and text (*.csv *.tsv *.txt);;Excel workbooks (*.xlsx);;Business cards (*.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportText</name>
    <message>
        <source>Full name (family and given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name reading (kana)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by usual header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by saved mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Empty Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV or text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n vCard file(s)</source>
        <translation>
            <numerusform>%n vCard file</numerusform>
            <numerusform>%n vCard files</numerusform>
        </translation>
    </message>
    <message>
        <source>vCard file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new, %2 to update, %3 skipped, %4 refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imported as %2: %3 new, %4 updated with empty fields filled, %5 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n refused row(s) left out.</source>
        <translation>
            <numerusform>%n refused row left out.</numerusform>
            <numerusform>%n refused rows left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &gt; Undo takes the whole import back in one step; File &gt; Import History… lists it and can revert it later, as long as its records were not edited since.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::InstantEdit</name>
    <message>
        <source>%1 (local time)</source>
        <extracomment>%1 is a sample date and time written the locale&apos;s way</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your local time (%1)</source>
        <extracomment>%1 is an IANA time zone (Asia/Tokyo), set in Edit &gt; Preferences</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::LinkedRecordFieldEditor</name>
    <message>
        <source>Kind of linked record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name to search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::ListColumns</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in its language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::MainWindow</name>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;Sample Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change Officer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick &amp;Meeting Entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegates CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Delegates CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegates CRM databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds no records yet. Load the sample dataset (AMDIE, Yazaki&apos;s plants in Morocco and a few fictional agencies, investors and deals) to explore the application?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n sample record(s).</source>
        <translation>
            <numerusform>Loaded %n sample record.</numerusform>
            <numerusform>Loaded %n sample records.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot load the sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No officer chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exchange Rates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;Briefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting briefing, investor or delegate profile, or mission booklet of the record on show, in the language of your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a meeting, an investor, a delegate or a mission to print its briefing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Undo or Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a follow-up to open the record it is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records in the Trash open again once restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a record in the list to see it here, or press %1 to add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only) – Delegates CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer: (cannot be read)</source>
        <extracomment>Status bar when the chosen officer&apos;s record could not be read.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a record in the list to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::MeetingEntryCommand</name>
    <message>
        <source>Meeting with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::MeetingEntryDialog</name>
    <message>
        <source>New Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the meeting and its follow-up (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of any of its names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Investor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interp&amp;reter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. French / Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest &amp;level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;elegates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investor&apos;s &amp;contacts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITPO &amp;officers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In&amp;formation requested:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: no follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date (2026-12-07), or +7 for a week from today, +2w for two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” matches no record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date (2026-12-07, or +7 for a week from today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this meeting? What you typed is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a field&apos;s name, then its problem: Investor | is required</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::MergeActions</name>
    <message>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the selected records into one: pick what stays, every link moves to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1</source>
        <extracomment>Title of the message shown when records cannot be merged: &quot;Merge Investors&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is open read-only (%1): records cannot be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two or more records to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These records cannot be merged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::MergeCommand</name>
    <message>
        <source>“%1”</source>
        <extracomment>A merged-away record in the name of a merge step: its title in quotes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 into “%2”</source>
        <extracomment>The name of a merge in the undo history: &quot;Merge “ヤザキ” into “Yazaki Corporation”&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::MergeDialog</name>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1</source>
        <extracomment>Title of the merge dialog: &quot;Merge Investors&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These records become one. Choose the record that stays and, where they differ, the value it keeps; lists are united. Every link to the others moves to the record that stays. Edit &gt; Undo takes the merge back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the records into the one that stays, as one step that Undo takes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show &amp;identical fields (%n)</source>
        <extracomment>The toggle under the merge table; the count is of fields alike in every record.</extracomment>
        <translation>
            <numerusform>Show &amp;identical fields (%n)</numerusform>
            <numerusform>Show &amp;identical fields (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stays:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %1</source>
        <extracomment>Under a record&apos;s title in the merge dialog: when it was last changed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this one instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep “%1”</source>
        <extracomment>The accessible name of the radio button making a record the one a merge keeps.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lists of all the records, united</source>
        <extracomment>The tooltip of a list field in the merge dialog.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(united)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from “%2”: %3</source>
        <extracomment>The accessible name of a value the officer can pick in the merge dialog: field, record, value.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other record links to the records merged away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) from other records (meetings, deals, notes, ...) will move to “%1”.</source>
        <translation>
            <numerusform>%n link from other records (meetings, deals, notes, ...) will move to “%1”.</numerusform>
            <numerusform>%n links from other records (meetings, deals, notes, ...) will move to “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>The merge also applies these rules:</source>
        <extracomment>Above the list of rules a merge applies (an attendee twice kept once, a parent cleared...).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records were not merged: nothing was changed.</source>
        <extracomment>Above the reason a merge was refused.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::OfficerDialog</name>
    <message>
        <source>Who is making changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New officer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change you make is recorded under your name. Choose yourself, or add yourself as a new officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose yourself, or New officer…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::PipelineBoard</name>
    <message>
        <source>A deal moved to Lost needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Next Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Previous Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected deal to the next stage (Ctrl+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected deal to the previous stage (Ctrl+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals with a stage change in that year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a card, or press Ctrl+Right / Ctrl+Left, to change its stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Right / Ctrl+Left: move the selected deal to the next / previous stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in %1</source>
        <translation>
            <numerusform>%n deal in %1</numerusform>
            <numerusform>%n deals in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>All host countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All delegates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::PipelineCardDelegate</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capex: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::PipelineModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capex: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System (%1)</source>
        <extracomment>The first choice of the language of the screens; %1 is the system&apos;s language in its own words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of menus, forms and messages, and the way dates, numbers and amounts are written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <extracomment>%1 is this computer&apos;s IANA time zone (Asia/Tokyo)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The times of notes, follow-ups, the history and new meetings are shown and typed in this zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the screens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed documents and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language Print Briefing starts with; each document can still be printed in another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder of the office&apos;s own templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency the programme report converts capex into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of &amp;documents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;mplates folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Officer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is making changes: every change is recorded under this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No officer chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time zone. Choose one from the list, or type its name, such as Asia/Tokyo or Europe/Paris.</source>
        <extracomment>%1 is what the officer typed in the time zone field</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The templates folder %1 does not exist. Choose another, or clear the field to use the built-in templates.</source>
        <extracomment>%1 is a folder&apos;s path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when Delegates CRM starts again. Restart now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::PrepareReplicaDialog</name>
    <message>
        <source>&amp;Missions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delegates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A scope tab of Prepare Mission Laptop with the number of entries ticked in it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Everything in this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what the chosen missions, delegates and countries &amp;need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare Mission Laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a copy of this database for a mission laptop. Officers on the mission work in the copy; on the way back, export their changes there and import them here (and the other way round) with the Sync menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Casablanca mission laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this database and the laptop name each other in the Sync menu and status bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new database file to copy to the laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the laptop takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a choice, the copy holds the records linked to it and what they refer to (agencies, investors, contacts, officers), with their notes and follow-ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mission-laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the Mission Laptop&apos;s Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegates CRM databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the laptop, e.g. after the mission it goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one mission, delegate or country, or choose everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the copy for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::ProgrammeReportDialog</name>
    <message>
        <source>Programme Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency capex is converted into, with the yearly average rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange &amp;Rates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save C&amp;SV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some capex could not be converted: rates are missing for %1. Add them with Exchange Rates… to count it in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>programme-report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::QuickRecordDialog</name>
    <message>
        <source>New %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::ReadOnlyBanner</name>
    <message>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; %1 can only be read, because %2. You can list, view, search, print and export its records; to change them, copy the file to a folder you can write to and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::RecordCheckList</name>
    <message>
        <source>Type to filter, Enter to tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter %1</source>
        <extracomment>The accessible name of the box that filters a list of records to tick: &quot;Filter Delegates:&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::RecordCommand</name>
    <message>
        <source>Create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot redo “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. The step is taken off the undo history; the steps before it can still be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::RecordForm</name>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a field&apos;s name, then its problem: End date | must not be before the start</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::RecordKindLabel</name>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::RecordLinkEdit</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the linked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::RecordListModel</name>
    <message>
        <source>(missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::RecordListPane</name>
    <message>
        <source>Filter %1 (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 match the filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::RecordPane</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the record (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the record to the Trash; Undo brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes to this %1 first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 is in the Trash. Restore it from the Trash to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 is in the Trash. Undo or restore it from the Trash to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 no longer exists (it was purged or undone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a record in a list to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cannot be read)</source>
        <extracomment>The record pane&apos;s header when the damaged database could not give the record&apos;s title.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this meeting in your calendar program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to Calendar File…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::RelatedPane</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first %1 of %2</source>
        <comment>related records listed of all there are</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The related records cannot be read: %1</source>
        <extracomment>Instead of the related records when the database could not be read.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::SearchDialog</name>
    <message>
        <source>Search Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names in any script, aliases, places, words from notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a part of any name or text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n found; Enter opens the chosen one.</source>
        <translation>
            <numerusform>%n found; Enter opens the chosen one.</numerusform>
            <numerusform>%n found; Enter opens the chosen one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::SearchResultsModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>kind of record (number found)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (about %2)</source>
        <comment>a note&apos;s title (the record it is about)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field label: text that matched</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it matched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::SetFieldActions</name>
    <message>
        <source>Se&amp;t Field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set one field (owner, status, sector, country, confidential) on every record selected in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::SetFieldCommand</name>
    <message numerus="yes">
        <source>Set %1 of %n %2</source>
        <translation>
            <numerusform>Set %1 of %n %2</numerusform>
            <numerusform>Set %1 of %n %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::SetFieldDialog</name>
    <message>
        <source>Set Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Set one field of the %n selected %1 to the same value.</source>
        <translation>
            <numerusform>Set one field of the %n selected %1 to the same value.</numerusform>
            <numerusform>Set one field of the %n selected %1 to the same value.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every selected record already has this value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) will change.</source>
        <translation>
            <numerusform>%n record will change.</numerusform>
            <numerusform>%n records will change.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::StageMoveDialog</name>
    <message>
        <source>Move to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1” from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the deal reached this stage; an earlier day records the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the investor did not go ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: type it as %1 or YYYY-MM-DD.</source>
        <extracomment>%1 is a sample day written the locale&apos;s way (9/30/2026)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::StoryPane</name>
    <message>
        <source>Career</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes, follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the timeline or save it as PDF or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the timeline as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the timeline as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;Briefing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::StringListEdit</name>
    <message>
        <source>One per line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncCommands</name>
    <message>
        <source>Delegates CRM sync packages (*.crmsync);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prepare Mission Laptop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a copy of this database for a mission laptop, and turn sync on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the changes another replica does not have yet to a package file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a package file exported by another replica of this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide the changes two replicas made to the same thing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission Laptop Prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 for “%2”: %n record(s), %3.</source>
        <translation>
            <numerusform>Wrote %1 for “%2”: %n record, %3.</numerusform>
            <numerusform>Wrote %1 for “%2”: %n records, %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next, copy this file to the mission laptop and open it there with File › Open. To bring the mission&apos;s work back, export its changes on the laptop (Sync › Export Changes) and import them here; changes made here travel to the laptop the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) for %1 to %2 (%3).</source>
        <translation>
            <numerusform>Wrote %n change for %1 to %2 (%3).</numerusform>
            <numerusform>Wrote %n changes for %1 to %2 (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Take the file to %1 and import it there with Sync › Import Changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open this package. Try again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package is encrypted. Enter the passphrase it was exported with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n change(s) from %1…</source>
        <translation>
            <numerusform>Importing %n change from %1…</numerusform>
            <numerusform>Importing %n changes from %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Received %n change(s) from %1.</source>
        <translation>
            <numerusform>Received %n change from %1.</numerusform>
            <numerusform>Received %n changes from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>New: %1 · Already here: %2 · Records changed: %3</source>
        <extracomment>The counts of an import: changes new here, changes already here, records written.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) wait for changes this package does not hold (their creation): import the earlier packages from %1 too.</source>
        <translation>
            <numerusform>%n record waits for changes this package does not hold (its creation): import the earlier packages from %1 too.</numerusform>
            <numerusform>%n records wait for changes this package does not hold (their creation): import the earlier packages from %1 too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review: both sides changed the same thing. Until you decide, the newest change is on show. Review them now?</source>
        <translation>
            <numerusform>%n conflict to review: both sides changed the same thing. Until you decide, the newest change is on show. Review them now?</numerusform>
            <numerusform>%n conflicts to review: both sides changed the same thing. Until you decide, the newest change is on show. Review them now?</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncConflictsDialog</name>
    <message>
        <source>%1 “%2”</source>
        <extracomment>A record in the sync conflicts list: its kind, then its title (&quot;Delegate “Yuki Tanaka”&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to the Trash while edited elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep in Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore with the Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review Sync Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to review: every change received so far merged without a conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the field the chosen value here and, with the next export, on the other replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record stays in the Trash; the edits made meanwhile are dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record comes back out of the Trash with the edits made meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review. Two replicas changed the same thing without seeing each other&apos;s change; until you decide, the newest change is on show.</source>
        <extracomment>Above the list of sync conflicts.</extracomment>
        <translation>
            <numerusform>%n conflict to review. Two replicas changed the same thing without seeing each other&apos;s change; until you decide, the newest change is on show.</numerusform>
            <numerusform>%n conflicts to review. Two replicas changed the same thing without seeing each other&apos;s change; until you decide, the newest change is on show.</numerusform>
        </translation>
    </message>
    <message>
        <source>Both values were set without knowing of the other. Keep one of them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (on show now)</source>
        <extracomment>The value of a conflicting field that is on show until the officer decides.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or &amp;type the value it should have:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to the Trash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited meanwhile, without knowing of the move:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An edit made while the record was in the Trash elsewhere: the field, then its new value.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it in the Trash, dropping these edits, or restore it with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the value to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflicts cannot be read: %1</source>
        <extracomment>Above the empty list of sync conflicts when the database could not be read.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the changes made or received here that the chosen replica does not have yet into one package file. Take the file there and import it with Sync › Import Changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a passphrase the package is encrypted: it cannot be opened, nor imported, without it. Give it to the other side separately from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no replica to send changes to yet. Prepare a mission laptop first (Sync › Prepare Mission Laptop), or import a package from one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send.</source>
        <translation>
            <numerusform>%n change to send.</numerusform>
            <numerusform>%n changes to send.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>The suggested file name of a sync package: the peer&apos;s name and today&apos;s date.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegates CRM sync packages (*.crmsync);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice, or leave both empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncStatusWidget</name>
    <message>
        <source>This replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no peers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last sync with %1: %2</source>
        <extracomment>Status bar: the peer this replica last exchanged a package with, and when (local time).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not synced yet with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n change to send</numerusform>
            <numerusform>%n changes to send</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: received %2, sent %3, %n change(s) to send</source>
        <extracomment>Status bar tooltip, one line per peer: its name, the last package received from it and sent to it (local times), and the changes it has not acknowledged yet.</extracomment>
        <translation>
            <numerusform>%1: received %2, sent %3, %n change to send</numerusform>
            <numerusform>%1: received %2, sent %3, %n changes to send</numerusform>
        </translation>
    </message>
    <message>
        <source>No mission laptop prepared from this database yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to review the conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync status cannot be read</source>
        <extracomment>Status bar, instead of the sync status, when the database could not be read.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::TimelineDelegate</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · setback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>role · summary</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::TimelineModel</name>
    <message>
        <source>since %1</source>
        <comment>an open span: a current position</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a span from a date to a date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n event(s)</source>
        <translation>
            <numerusform>%1, %n event</numerusform>
            <numerusform>%1, %n events</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>dates (how long)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::TimelineOverview</name>
    <message>
        <source>Timeline overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2
%n event(s)</source>
        <translation>
            <numerusform>%1, %2
%n event</numerusform>
            <numerusform>%1, %2
%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the timeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events on or after this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events on or before this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only some kinds of events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All Kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deals Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal stage changes and impact figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note, a follow-up or a meeting about this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s)</source>
        <translation>
            <numerusform>%n kind</numerusform>
            <numerusform>%n kinds</numerusform>
        </translation>
    </message>
    <message>
        <source>Kinds shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest events at the top; click for the oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest events at the top; click for the newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a delegate, an investor or a deal to see its timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events match the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 of %n event</numerusform>
            <numerusform>%1 of %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::TrashModel</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::TrashView</name>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected records back where they were (can be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected records for good (cannot be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restore %n record(s)</source>
        <translation>
            <numerusform>Restore %n record</numerusform>
            <numerusform>Restore %n records</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1 for good? Notes and follow-ups about it go with it.

This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::UserGuideDialog</name>
    <message>
        <source>Delegates CRM User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::ZonedDateTimeFieldEditor</name>
    <message>
        <source>The time where the meeting takes place, in the time zone beside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of the meeting (IANA name, such as Asia/Tokyo or Africa/Casablanca)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegates CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegates CRM could not start again. Start it yourself to use the new language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
