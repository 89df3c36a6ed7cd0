#pragma once

#include "domain/recordkind.h"
#include "domain/similarity.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <functional>

namespace crm {

class Database;

// An existing record that looks like the one being typed.
struct DuplicateMatch
{
    QString id;
    QString title;                                  // as lists show it
    DuplicateReason reason = DuplicateReason::Name; // the strongest
    QString value;                  // what matched, as the existing record has it ("Yazaki", "+81 3-1234-5678")
    int score = 0;                  // 0-100, combinedScore() of every reason the two share
    QList<DuplicateReason> reasons; // every reason, strongest first
};

// Records of one kind that look like one another (a pair, or more when keys chain them).
struct DuplicateGroup
{
    RecordKind kind = RecordKind::Investor;
    QStringList ids;                // oldest first (ids are UUIDv7)
    QStringList titles;             // in the order of ids
    QList<DuplicateReason> reasons; // every reason that ties them, strongest first
    QStringList values;             // the shared values, one per reason, as the first record has it
    int score = 0;                  // of the strongest pair in the group
};

// Finds records that look like the same one (domain/similarity.h gives the rule) through the match
// keys storage keeps for every live record: indexed lookups, so fast at dataset M. Records in the
// Trash are never proposed.
class DuplicateFinder final
{
    Q_DECLARE_TR_FUNCTIONS(crm::DuplicateFinder)

public:
    explicit DuplicateFinder(Database &db);

    // Existing live records that look like the one being typed (JSON-form input, not saved yet),
    // best first; excludeId: the record itself when editing. Empty for a kind without a check.
    QList<DuplicateMatch> similarTo(RecordKind kind, const QVariantMap &input, const QString &excludeId = {},
                                    int limit = 5) const;
    // Likely duplicate pairs and groups of a kind, best first (then by title). progress(done, total)
    // may return false to cancel: the groups found so far are returned. A key shared by more than
    // kMaxShared records (a switchboard number, a common name) is too common to mean one record and
    // is left out.
    QList<DuplicateGroup> scan(RecordKind kind, const std::function<bool(qint64, qint64)> &progress = {}) const;

    static constexpr int kMaxShared = 20;

private:
    Database &m_db;
};

// "same e-mail", "same name", ... for lists and the CLI.
QString duplicateReasonText(DuplicateReason reason);

} // namespace crm
