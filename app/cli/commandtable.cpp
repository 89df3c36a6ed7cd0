#include "commands.h"
#include "domain/recordkind.h"
#include "services/timeline.h"
#include "session/session.h"
#include "storage/database.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace crm::cli {

const QList<CommandSpec> &commandSpecs()
{
    const QString kind = u"KIND"_s;
    const QString id = u"ID"_s;
    const QString json = u"json"_s;
    const QString passphraseFile = u"passphrase-file"_s;
    static const QList<CommandSpec> specs{
        {u"init"_s, {}, {}, {}, {}, &initDatabase},
        {u"check"_s, {}, {}, {}, {}, &checkDatabase},
        {u"demo"_s, {}, {}, {}, {}, &loadDemo},
        {u"backup"_s, {}, {}, {u"out"_s}, {}, &backUpDatabase},
        {u"backups"_s, {}, {json}, {}, {}, &listDatabaseBackups},
        {u"generate"_s, {}, {}, {u"scale"_s, u"seed"_s}, {u"scale"_s}, &generate},
        {u"list"_s, {kind}, {json, u"trash"_s, u"desc"_s}, {u"sort"_s, u"limit"_s}, {}, &listRecords},
        {u"show"_s, {kind, id}, {json}, {}, {}, &showRecord},
        {u"add"_s, {kind}, {}, {json}, {json}, &addRecord},
        // update KIND ID --json FILE, or update KIND --where F=V --set F=V [--dry-run] [--json]
        {u"update"_s,
         {kind, id},
         {u"dry-run"_s},
         {json, u"where"_s, u"set"_s},
         {},
         &updateRecordOrRecords,
         1,
         false,
         {json}},
        {u"delete"_s, {kind, id}, {}, {}, {}, &deleteRecord},
        {u"restore"_s, {kind, id}, {}, {}, {}, &restoreRecordOrBackup, 1},
        {u"purge"_s, {kind, id}, {}, {}, {}, &purgeRecord},
        {u"history"_s, {kind, id}, {json}, {}, {}, &showHistory},
        {u"merge"_s, {kind, u"KEEP_ID"_s, u"OTHER_ID"_s}, {json}, {u"prefer"_s}, {}, &mergeRecords, 0, true},
        {u"search"_s, {u"TEXT"_s}, {json}, {u"kind"_s, u"limit"_s}, {}, &searchRecords},
        {u"duplicates"_s, {kind}, {json}, {}, {}, &listDuplicates},
        {u"timeline"_s,
         {},
         {json, u"oldest-first"_s},
         {u"delegate"_s, u"investor"_s, u"deal"_s, u"kind"_s, u"from"_s, u"to"_s, u"text"_s, u"csv"_s, u"pdf"_s},
         {},
         &showTimeline},
        {u"report"_s,
         {},
         {json},
         {u"from"_s, u"to"_s, u"currency"_s, u"csv"_s, u"pdf"_s},
         {u"from"_s, u"to"_s},
         &showReport},
        {u"briefing"_s,
         {},
         {},
         {u"meeting"_s, u"investor"_s, u"delegate"_s, u"mission"_s, u"lang"_s, u"templates"_s, u"pdf"_s},
         {u"pdf"_s},
         &writeBriefing},
        {u"export"_s,
         {kind},
         {u"trash"_s, u"desc"_s},
         {u"csv"_s, u"xlsx"_s, u"vcard"_s, u"vcard-version"_s, u"filter"_s, u"sort"_s},
         {},
         &exportList},
        {u"calendar"_s, {}, {}, {u"from"_s, u"to"_s, u"ics"_s}, {u"from"_s, u"to"_s, u"ics"_s}, &exportCalendar},
        {u"import"_s,
         {kind, u"FILE"_s},
         {json, u"dry-run"_s, u"skip-refused"_s, u"day-first"_s, u"month-first"_s},
         {u"mapping"_s, u"save-mapping"_s, u"encoding"_s, u"sheet"_s, u"on-duplicate"_s},
         {},
         &importRecords,
         0,
         true},
        {u"import list"_s, {}, {json}, {}, {}, &listImports},
        {u"import revert"_s, {u"BATCH"_s}, {}, {}, {}, &revertImport},
        {u"rate set"_s, {u"CURRENCY"_s, u"YEAR"_s, u"RATE"_s}, {}, {u"source"_s}, {}, &setRate},
        {u"rate list"_s, {}, {json}, {}, {}, &listRates},
        {u"rate remove"_s, {u"CURRENCY"_s, u"YEAR"_s}, {}, {}, {}, &removeRate},
        {u"sync export"_s, {}, {}, {u"to"_s, u"out"_s, passphraseFile}, {u"to"_s, u"out"_s}, &exportChanges},
        {u"sync import"_s, {u"FILE"_s}, {}, {passphraseFile}, {}, &importPackage},
        {u"sync status"_s, {}, {json}, {}, {}, &showSyncStatus},
        {u"sync conflicts"_s, {}, {json}, {}, {}, &listConflicts},
        {u"sync resolve"_s,
         {},
         {u"restore"_s, u"keep-deleted"_s},
         {u"record"_s, u"field"_s, u"keep"_s, u"value"_s},
         {u"record"_s},
         &resolveConflict},
        {u"replica prepare"_s,
         {},
         {},
         {u"out"_s, u"name"_s, u"mission"_s, u"delegate"_s, u"country"_s},
         {u"out"_s},
         &prepareLaptop},
        {u"replica name"_s, {}, {}, {u"set"_s}, {}, &replicaName},
        {u"replica key"_s, {}, {}, {}, {}, &replicaKey},
        {u"sync trust"_s, {u"PEER"_s, u"KEY"_s}, {}, {}, {}, &trustPeer},
    };
    return specs;
}

QString usageText()
{
    QStringList kinds;
    for (RecordKind kind : allRecordKinds()) {
        kinds << kindName(kind);
    }
    QStringList timelineKindNames;
    for (TimelineEventKind kind : timelineKinds()) {
        timelineKindNames << timelineKindName(kind);
    }
    return QCoreApplication::translate(
               "crm::cli::Usage",
               "Usage: delegates-crm-cli [--db FILE] [--officer INITIALS] [--lang LANG] COMMAND [ARGUMENTS]\n"
               "\n"
               "Works on a Delegates CRM database from the command line.\n"
               "\n"
               "Commands:\n"
               "  init                           Create the database, or upgrade it to the current schema\n"
               "  check                          Check integrity, links and schema version\n"
               "  demo                           Load the sample dataset into an empty database\n"
               "  backup [--out FILE]            Copy the database to FILE, or into its backup folder\n"
               "  backups [--json]               List the backups in the backup folder, newest first\n"
               "  restore FILE                   Replace the database with a backup; the current file\n"
               "                                 is kept aside as DATABASE.before-restore-TIME\n"
               "  generate --scale N [--seed S]  Fill the database with a synthetic dataset of N investors\n"
               "  list KIND [--json] [--trash] [--sort FIELD] [--desc] [--limit N]\n"
               "                                 List records, one per line as ID<TAB>TITLE\n"
               "  show KIND ID [--json]          Show one record\n"
               "  add KIND --json FILE|-         Add a record from a JSON object; prints its id\n"
               "  update KIND ID --json FILE|-   Change the fields given in a JSON object\n"
               "  update KIND --where FIELD=VALUE --set FIELD=VALUE [--dry-run] [--json]\n"
               "                                 Set one field (owner, status, sector, country,\n"
               "                                 confidential) on every live record whose FIELD is\n"
               "                                 VALUE, in one transaction; prints how many changed\n"
               "  delete KIND ID                 Move a record to the Trash\n"
               "  restore KIND ID                Bring a record back from the Trash\n"
               "  purge KIND ID                  Delete a record in the Trash for good\n"
               "  history KIND ID [--json]       Show who changed what, and when\n"
               "  merge KIND KEEP_ID OTHER_ID... [--prefer keep|other] [--json]\n"
               "                                 Merge records into the one kept: links move to it,\n"
               "                                 lists are united, single values come from the kept\n"
               "                                 record (or --prefer other) unless empty there\n"
               "  search TEXT [--kind K[,K...]] [--limit N] [--json]\n"
               "                                 Find records by any part of their names or text,\n"
               "                                 best first, at most N (10) of each kind\n"
               "  duplicates KIND [--json]       List likely duplicates (investor, contact, agency,\n"
               "                                 delegate): groups sharing a name, alias, e-mail,\n"
               "                                 phone or website, with the reason and a score\n"
               "  timeline --delegate ID|--investor ID|--deal ID [--json] [--kind K[,K...]]\n"
               "           [--from DATE] [--to DATE] [--text TEXT] [--oldest-first]\n"
               "           [--csv FILE] [--pdf FILE]\n"
               "                                 Show the dated story of a record, newest first, or\n"
               "                                 write it as CSV or as a printable PDF\n"
               "  report --from YEAR --to YEAR [--currency CODE] [--json] [--csv FILE] [--pdf FILE]\n"
               "                                 The programme report for the years: delegates hosted,\n"
               "                                 meetings, missions, deals by stage, jobs and capex\n"
               "                                 (in USD unless --currency), by country, sector,\n"
               "                                 delegate and mission\n"
               "  briefing --meeting ID|--investor ID|--delegate ID|--mission ID [--lang en|ja|fr]\n"
               "           [--templates DIR] --pdf FILE\n"
               "                                 A meeting briefing, investor or delegate profile or\n"
               "                                 mission booklet as a PDF, in the chosen language;\n"
               "                                 a template in DIR replaces the built-in one\n"
               "  export KIND --csv FILE|--xlsx FILE|--vcard FILE [--vcard-version 3|4]\n"
               "         [--filter TEXT] [--sort FIELD] [--desc] [--trash]\n"
               "                                 Write a list as the list pane shows it (its columns,\n"
               "                                 quick filter and order) to CSV or Excel, or contacts\n"
               "                                 and delegates as vCards (4.0 unless --vcard-version 3)\n"
               "  calendar --from DATE --to DATE --ics FILE\n"
               "                                 Write the meetings and open follow-ups of the days as\n"
               "                                 an iCalendar file; with --officer, only the meetings\n"
               "                                 they attend and the follow-ups they own\n"
               "  import KIND FILE... [--mapping FILE] [--save-mapping FILE] [--encoding E]\n"
               "         [--sheet NAME] [--day-first|--month-first] [--on-duplicate skip|update|create]\n"
               "         [--dry-run] [--skip-refused] [--json]\n"
               "                                 Bring records in from CSV/TSV, Excel (.xlsx) or vCards\n"
               "                                 (several .vcf files as one), as one batch: all rows or\n"
               "                                 none; rows matching a record are skipped unless\n"
               "                                 --on-duplicate says otherwise\n"
               "  import list [--json]           List the import batches, newest first\n"
               "  import revert BATCH            Take a batch back, unless its records changed since\n"
               "  rate set CURRENCY YEAR RATE [--source TEXT]\n"
               "                                 Set the yearly average rate: units of CURRENCY per US dollar\n"
               "  rate list [--json]             List the exchange rates\n"
               "  rate remove CURRENCY YEAR      Remove an exchange rate\n"
               "  sync export --to PEER --out FILE [--passphrase-file F]\n"
               "                                 Write the changes PEER (a replica's id or name) has not\n"
               "                                 acknowledged to a package file, encrypted with a passphrase\n"
               "  sync import FILE [--passphrase-file F]\n"
               "                                 Merge a package from another replica of this database\n"
               "  sync status [--json]           This replica, its peers, pending changes and conflicts\n"
               "  sync conflicts [--json]        The conflicts waiting for a decision\n"
               "  sync resolve --record ID --field FIELD --keep N|--value JSON\n"
               "  sync resolve --record ID --restore|--keep-deleted\n"
               "                                 Decide a conflict; export to share the decision\n"
               "  replica prepare --out FILE [--name NAME] [--mission ID] [--delegate ID] [--country CC]\n"
               "                                 Copy the database for a mission laptop: all of it, or the\n"
               "                                 records of the missions, delegates and countries given\n"
               "  replica name [--set NAME]      Show or change this replica's name\n"
               "  replica key                    This replica's public signing key, to read out to a peer\n"
               "  sync trust PEER KEY            Enter the key of a peer prepared by an older version\n"
               "\n"
               "KIND is one of: %1.\n"
               "FILE - reads the JSON from standard input.\n"
               "K (timeline) is one of: %3.\n"
               "DATE is YYYY-MM-DD, or YYYY-MM or YYYY for the whole month or year.\n"
               "F (sync) is a file whose first line is the passphrase; never give it on the command line.\n"
               "\n"
               "Options:\n"
               "  --db FILE           The database file (default: %2)\n"
               "  --officer INITIALS  The officer stamped on changes (default: $CRM_OFFICER;\n"
               "                      without either, changes carry no officer)\n"
               "  --lang LANG         The language of messages: en, ja or fr (default: the\n"
               "                      system's); JSON, CSV and exit codes never change with it\n"
               "  -h, --help          Show this help\n"
               "  --version           Show the version\n"
               "\n"
               "Exit codes: 0 success, 1 usage error or refused request, 2 invalid data,\n"
               "3 record not found, 4 database error.\n")
        .arg(kinds.join(u", "_s), crm::Session::engine().defaultPath(), timelineKindNames.join(u", "_s));
}

} // namespace crm::cli
