#include "interchangebench.h"

#include "documents/listexport.h"
#include "domain/catalogue/catalogue.h"
#include "domain/recordid.h"
#include "domain/referencedata.h"
#include "import/importer.h"
#include "interchange/columnmapping.h"
#include "rawsqlite.h"
#include "services/records/records.h"
#include "sqlite/sqlitedatabase.h"
#include "storage/database.h"
#include "storage/recordstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <stdexcept>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace crm::bench {
namespace {

const QString kImport = u"import: 100,000 contacts from a CSV"_s;
const QString kExport = u"export: 100,000 investors to .xlsx"_s;
// The targets are at dataset S; the baselines are shown for information (time only).
const Target kImportTarget{Target::Statistic::P50, 30000, 0};
const Target kExportTarget{Target::Statistic::P50, 10000, 0};

constexpr qint64 kRows = 100000;
constexpr qint64 kInvestorBatch = 5000; // investors written per transaction while building the file

const QStringList kFamily{u"山田"_s, u"佐藤"_s, u"鈴木"_s, u"高橋"_s, u"田中"_s, u"伊藤"_s, u"渡辺"_s, u"中村"_s};
const QStringList kFamilyReading{u"やまだ"_s, u"さとう"_s, u"すずき"_s,   u"たかはし"_s,
                                 u"たなか"_s, u"いとう"_s, u"わたなべ"_s, u"なかむら"_s};
const QStringList kGiven{u"太郎"_s, u"花子"_s, u"健一"_s, u"美咲"_s, u"翔"_s, u"陽子"_s, u"大輔"_s};
const QStringList kGivenReading{u"たろう"_s, u"はなこ"_s, u"けんいち"_s, u"みさき"_s,
                                u"しょう"_s, u"ようこ"_s, u"だいすけ"_s};
const QStringList kTitles{u"部長"_s, u"課長"_s, u"海外事業部 担当"_s, u"Managing Director"_s, u"Directeur"_s};

void removeDatabase(const QString &path)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
        QFile::remove(path + suffix);
    }
}

QString csvCell(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n')) {
        return text;
    }
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

// The investors of S whose names the CSV's company column can name: one per distinct name (a name
// two investors share would refuse the row, which the bench is not about).
QStringList investorNames(Database &db)
{
    QHash<QString, int> seen;
    QStringList names;
    ListQuery query;
    db.records().forEach(RecordKind::Investor, query, [&](const QVariantMap &row) {
        const QString name = row.value(u"name"_s).toString();
        if (!name.isEmpty() && seen[name]++ == 0) {
            names << name;
        }
        return true;
    });
    return names;
}

// 100,000 contacts as a Japanese office's spreadsheet has them (UTF-8 with a BOM, Excel's Japanese
// headers), each at an investor of S and with an e-mail and phone of its own, so none is a
// duplicate of a contact already there.
void writeContactsCsv(const QString &path, const QStringList &companies)
{
    QString text = u"\uFEFF会社名,氏名,フリガナ,役職,メール,電話\r\n"_s;
    text.reserve(static_cast<qsizetype>(kRows) * 90);
    for (qint64 i = 0; i < kRows; ++i) {
        const qsizetype f = i % kFamily.size();
        const qsizetype g = (i / kFamily.size()) % kGiven.size();
        const QStringList cells{companies.at(i % companies.size()),
                                kFamily.at(f) + u' ' + kGiven.at(g),
                                kFamilyReading.at(f) + u' ' + kGivenReading.at(g),
                                kTitles.at(i % kTitles.size()),
                                u"person%1@import-bench.example"_s.arg(i),
                                u"03-%1-%2"_s.arg(1000 + i / 10000).arg(i % 10000, 4, 10, QChar(u'0'))};
        QStringList quoted;
        for (const QString &cell : cells) {
            quoted << csvCell(cell);
        }
        text += quoted.join(u',') + u"\r\n"_s;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        throw std::runtime_error("cannot write " + path.toStdString());
    }
}

// A file with nothing but 100,000 investors (the list export does not read other kinds), made once.
void writeInvestorDatabase(const QString &path)
{
    const QString scratch = path + u".building"_s;
    removeDatabase(scratch);
    {
        const std::unique_ptr<Database> db = SqliteDatabase::open(scratch);
        Records records(*db);
        const QList<Sector> &sectors = reference::sectors();
        EditOptions options;
        options.readBack = false;
        options.origin = ChangeOrigin::Generated;
        for (qint64 first = 0; first < kRows; first += kInvestorBatch) {
            Transaction transaction(*db);
            for (qint64 i = first; i < first + kInvestorBatch; ++i) {
                const bool japanese = i % 2 == 0;
                QVariantMap investor{
                    {u"name"_s, japanese ? u"日進精機%1株式会社"_s.arg(i) : u"Nisshin Seiki %1 Co., Ltd."_s.arg(i)},
                    {u"sector"_s, sectors.at(i % sectors.size()).code},
                    {u"hq_city"_s, japanese ? u"名古屋"_s : u"Osaka"_s},
                    {u"hq_country"_s, u"JP"_s},
                    {u"employees"_s, 50 + (i * 37) % 20000},
                    {u"website"_s, u"https://www.seiki%1.example.jp"_s.arg(i)}};
                records.create(RecordKind::Investor, investor, options);
            }
            transaction.commit();
        }
    }
    removeDatabase(path);
    if (!QFile::rename(scratch, path)) {
        throw std::runtime_error("cannot rename " + scratch.toStdString());
    }
}

// The baseline of the export: the listed columns SELECTed in the list's order and written with
// libxlsxwriter in constant memory, text as text and numbers as numbers; codes stay codes and no
// column is fitted (the app names sectors and fits widths).
qint64 rawExport(const QString &databasePath, const QString &xlsxPath)
{
    const catalogue::KindSpec &spec = catalogue::Catalogue::builtin().kind(RecordKind::Investor);
    QByteArrayList columns;
    for (const catalogue::FieldSpec *field : spec.listColumns()) {
        // null: the title column, the investor's name; the others are identifiers from the
        // catalogue, no values
        columns << (field ? field->name.toUtf8() : QByteArray("name"));
    }
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    lxw_workbook *workbook = workbook_new_opt(xlsxPath.toLocal8Bit().constData(), &options);
    if (!workbook) {
        throw std::runtime_error("libxlsxwriter cannot create " + xlsxPath.toStdString());
    }
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Investors");
    for (qsizetype c = 0; c < columns.size(); ++c) {
        worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), columns.at(c).constData(), nullptr);
    }
    // RawSqlite::column() reads one column: each row's cells joined by a unit separator.
    QByteArrayList cells;
    for (const QByteArray &column : columns) {
        cells << "ifnull(" + column + ", '')";
    }
    const QByteArray joined =
        "SELECT " + cells.join(" || char(31) || ") + " FROM investor WHERE deleted_at IS NULL ORDER BY sort_key";
    RawSqlite raw(databasePath);
    const QList<QByteArray> rows = raw.column(joined.constData());
    lxw_row_t r = 1;
    for (const QByteArray &row : rows) {
        const QList<QByteArray> values = row.split('\x1f');
        for (qsizetype c = 0; c < values.size(); ++c) {
            bool number = false;
            const double value = values.at(c).toDouble(&number);
            if (number) {
                worksheet_write_number(sheet, r, static_cast<lxw_col_t>(c), value, nullptr);
            } else if (!values.at(c).isEmpty()) {
                worksheet_write_string(sheet, r, static_cast<lxw_col_t>(c), values.at(c).constData(), nullptr);
            }
        }
        ++r;
    }
    if (workbook_close(workbook) != LXW_NO_ERROR) {
        throw std::runtime_error("libxlsxwriter could not write " + xlsxPath.toStdString());
    }
    return static_cast<qint64>(rows.size());
}

} // namespace

InterchangeBench::InterchangeBench(const ScaleDataset &dataset, const QString &dataDir, QTextStream &log)
    : m_dataset(dataset), m_dataDir(dataDir), m_log(log), m_scratch(QDir(dataDir).filePath(u"import-scratch.sqlite"_s))
{}

InterchangeBench::~InterchangeBench()
{
    removeDatabase(m_scratch);
    removeDatabase(m_scratch + u"-raw"_s);
}

QStringList InterchangeBench::operationNames()
{
    return {kImport, kExport};
}

QList<Operation> InterchangeBench::operations()
{
    return {importContacts(), exportInvestors()};
}

Operation InterchangeBench::importContacts()
{
    const QString csv = QDir(m_dataDir).filePath(u"contacts-100k-%1.csv"_s.arg(m_dataset.name));
    if (!QFileInfo::exists(csv)) {
        m_log << "import: writing " << csv << Qt::endl;
        const std::unique_ptr<Database> db = SqliteDatabase::open(m_dataset.path, Database::OpenMode::MustExist);
        writeContactsCsv(csv, investorNames(*db));
    }
    auto db = std::make_shared<std::unique_ptr<Database>>();
    const auto fresh = [this, db] {
        db->reset();
        removeDatabase(m_scratch);
        if (!QFile::copy(m_dataset.path, m_scratch)) {
            throw std::runtime_error("cannot copy " + m_dataset.path.toStdString());
        }
        *db = SqliteDatabase::open(m_scratch, Database::OpenMode::MustExist);
    };
    const QString rawPath = m_scratch + u"-raw"_s;
    removeDatabase(rawPath);
    QFile::copy(m_dataset.path, rawPath);
    auto facts = std::make_shared<QJsonObject>();

    Operation op{
        .name = kImport,
        .app =
            [db, csv, facts] {
                Database &database = **db;
                const imports::ImportSource source = imports::readSource(csv);
                const auto mapping = interchange::ColumnMapping::guess(RecordKind::Contact, source.table.header);
                const imports::ImportPlan plan = imports::ImportPlanner(database).plan(source, mapping);
                imports::RunOptions options;
                options.skipRefused = true;
                const imports::ImportResult result = imports::Importer(database).run(plan, options);
                facts->insert(u"created"_s, result.created);
                facts->insert(u"refused"_s, result.refused);
                facts->insert(u"skipped"_s, result.skipped);
                return result.created;
            },
        .raw =
            [rawPath, csv] {
                // The same contacts, each statement prepared once: the contact rows, their audit lines
                // and their search rows, in one transaction. The writes alone, without reading the
                // file, matching companies, looking for duplicates or validating.
                RawSqlite raw(rawPath, RawSqlite::Mode::ReadWrite);
                const QList<QByteArray> investors = raw.column("SELECT id FROM investor WHERE deleted_at IS NULL");
                const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
                QList<QList<QByteArray>> contacts;
                QList<QList<QByteArray>> audit;
                QList<QList<QByteArray>> docs;
                QList<QList<QByteArray>> names;
                for (qint64 i = 0; i < kRows; ++i) {
                    const QByteArray id = newRecordId().toUtf8();
                    const QByteArray family = kFamily.at(i % kFamily.size()).toUtf8();
                    const QByteArray given = kGiven.at((i / kFamily.size()) % kGiven.size()).toUtf8();
                    const QByteArray email = "person" + QByteArray::number(i) + "@import-bench.example";
                    contacts.append({id, now, family, given, investors.at(i % investors.size()), email});
                    audit.append({now, id, family + ' ' + given + ' ' + email});
                    docs.append({id});
                    names.append({id, family + ' ' + given});
                }
                raw.exec("BEGIN IMMEDIATE");
                raw.execEach("INSERT INTO contact(id, created_at, modified_at, sort_key, family_name, given_name, "
                             "name_order, investor_id, email, search_text) VALUES (?1, ?2, ?2, ?3, ?3, ?4, "
                             "'family_first', ?5, ?6, ?3)",
                             contacts);
                raw.execEach("INSERT INTO audit_log(at, record_kind, record_id, action, new_value) VALUES (?1, "
                             "'contact', ?2, 'create', ?3)",
                             audit);
                raw.execEach("INSERT INTO search_doc(kind, record_id) VALUES ('contact', ?1)", docs);
                raw.execEach("INSERT INTO search_names(rowid, names) SELECT doc, ?2 FROM search_doc WHERE "
                             "record_id = ?1 AND kind = 'contact'",
                             names);
                raw.exec("COMMIT");
                return kRows;
            },
        .rawName = u"import: prepared INSERTs of each contact, its audit line and search rows, one transaction"_s,
        .details = {{u"file"_s, QFileInfo(csv).fileName()}, {u"bytes"_s, QFileInfo(csv).size()}},
        .setUp = fresh,
        .dataset = m_dataset.name,
        .target = kImportTarget,
        .runs = 3,
        .warmups = 1,
    };
    return op;
}

Operation InterchangeBench::exportInvestors()
{
    const QString path = QDir(m_dataDir).filePath(u"investors-100k.sqlite"_s);
    if (!QFileInfo::exists(path)) {
        m_log << "export: writing " << path << " (100,000 investors, once)" << Qt::endl;
        QElapsedTimer timer;
        timer.start();
        writeInvestorDatabase(path);
        m_log << "export: written in " << timer.elapsed() / 1000.0 << " s" << Qt::endl;
    }
    auto db = std::shared_ptr<Database>(SqliteDatabase::open(path, Database::OpenMode::MustExist));
    const QString out = QDir(m_dataDir).filePath(u"investors-100k.xlsx"_s);
    const QString rawOut = QDir(m_dataDir).filePath(u"investors-100k-raw.xlsx"_s);
    return Operation{
        .name = kExport,
        .app =
            [db, out] {
                ListExportQuery query;
                query.kind = RecordKind::Investor;
                const interchange::Table table = ListExport::table(*db, query);
                ListExport::writeXlsx(out, table, u"Investors"_s);
                return static_cast<qint64>(table.rows.size());
            },
        .raw = [path, rawOut] { return rawExport(path, rawOut); },
        .rawName = u"export: SELECT of the listed columns, written by libxlsxwriter alone"_s,
        .sameItems = true,
        .dataset = u"100k investors"_s,
        .target = kExportTarget,
        .runs = 3,
        .warmups = 1,
    };
}

} // namespace crm::bench
