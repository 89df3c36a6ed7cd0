#pragma once

#include "harness.h"
#include "rawsqlite.h"
#include "scaledataset.h"

#include <QByteArray>
#include <memory>

namespace crm::ui {
class DatabaseSession;
}

namespace crm::bench {

// One record at a time through the app's RecordStore and RecordQuery, as the record pane uses them:
// opening an investor or a delegate with its related lists (RecordStore::get, RecordQuery::related),
// and saving an edit (RecordStore::update: validation, links, audit log, search index, one
// transaction). The baselines are hand-written SELECTs of the same rows (the record whole, the
// related ones by id and the columns of their titles) and the same writes with the same values.
class RecordBench final
{
public:
    explicit RecordBench(const ScaleDataset &dataset);
    ~RecordBench();
    Q_DISABLE_COPY_MOVE(RecordBench)

    static QStringList operationNames();
    QList<Operation> operations();

private:
    // The rows a save writes, as the app wrote them once for each of the two texts a save
    // alternates between: the baseline writes exactly these.
    struct SaveValues
    {
        QByteArray notes;
        QByteArray searchText;
        QByteArray indexBody; // empty without a search index (schema < 9)
    };

    qint64 rawOpenInvestor(const QByteArray &id) const;
    qint64 rawOpenDelegate(const QByteArray &id) const;
    qint64 rawOpenOfficer(const QByteArray &id) const;
    qint64 rawSave(const SaveValues &values, const QByteArray &previousNotes) const;

    ScaleDataset m_dataset;
    std::unique_ptr<ui::DatabaseSession> m_session;
    RawSqlite m_raw;
    RawSqlite m_rawWriter;
    int m_next = 0;           // which record or text this run takes
    QString m_savedInvestor;  // the app's saves
    QByteArray m_rawInvestor; // the baseline's saves: another investor, so both really write
    QByteArray m_rawIndexDoc; // its row in the search index
    SaveValues m_values[2];
};

} // namespace crm::bench
