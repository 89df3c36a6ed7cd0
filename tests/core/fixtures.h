#pragma once

// Shared by the core test files: printers so that Catch shows Qt values, helpers to catch
// crm::Error, to look behind the API with SQL, and a small valid record of every kind.

#include "domain/error.h"
#include "domain/recordkind.h"
#include "storage/recordstore.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QVariant>
#include <optional>
#include <string>

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};

template<>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &value)
    {
        const QString quoted = u'"' + value.join(QStringLiteral("\", \"")) + u'"';
        return '[' + (value.isEmpty() ? std::string() : quoted.toStdString()) + ']';
    }
};

template<>
struct StringMaker<QVariant>
{
    static std::string convert(const QVariant &value)
    {
        if (!value.isValid()) {
            return "<invalid>";
        }
        const QJsonValue json = QJsonValue::fromVariant(value);
        if (json.isArray()) {
            return QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact).toStdString();
        }
        if (json.isObject()) {
            return QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact).toStdString();
        }
        return value.toString().toStdString() + " (" + value.typeName() + ')';
    }
};

template<>
struct StringMaker<crm::Error::Kind>
{
    static std::string convert(crm::Error::Kind kind)
    {
        switch (kind) {
        case crm::Error::Kind::Invalid:
            return "Invalid";
        case crm::Error::Kind::NotFound:
            return "NotFound";
        case crm::Error::Kind::Database:
            return "Database";
        case crm::Error::Kind::Conflict:
            return "Conflict";
        }
        return "?";
    }
};

template<>
struct StringMaker<crm::RecordKind>
{
    static std::string convert(crm::RecordKind kind) { return crm::kindName(kind).toStdString(); }
};
} // namespace Catch

namespace crm::test {

// The crm::Error that f threw, or nothing when it returned normally. Other exceptions pass through.
template<class F>
std::optional<Error> errorFrom(F &&f)
{
    try {
        f();
    } catch (const Error &e) {
        return e;
    }
    return std::nullopt;
}

QStringList fieldsOf(const Error &error);

// A ListQuery with some settings changed (designated initialisers would trip -Wmissing-field-initializers).
template<class F>
ListQuery listQuery(F &&adjust)
{
    ListQuery query;
    adjust(query);
    return query;
}

// The fields an invalid change is refused for; fails the test when the change is accepted or
// refused for another reason than invalid input.
template<class F>
QStringList invalidFields(F &&f)
{
    const std::optional<Error> error = errorFrom(std::forward<F>(f));
    if (!error) {
        FAIL_CHECK("the change was accepted");
        return {};
    }
    INFO("message: " << error->message().toStdString());
    CHECK(error->kind() == Error::Kind::Invalid);
    return fieldsOf(*error);
}

// Row counts of every table a record change can write ("officer=1 agency=0 ... audit_log=1"), to
// prove that a refused change wrote nothing.
QString tableCounts(TestDatabase &t);
// One value selected with SQL on the database's own connection (to observe, never to write).
QVariant sqlValue(const Database &db, const QString &sql, const QVariantList &binds = {});

// Every value of expected found at the same place in actual ("stays[0].end_date: ..." when not);
// keys of actual that expected does not name are ignored.
QStringList differences(const QVariant &expected, const QVariant &actual, const QString &path = {});

// One record of every kind, linked together the way officers link them: a Moroccan delegate of
// AMDIE, Yazaki and its contact, a mission, a meeting, a deal, a follow-up and a note.
struct Graph
{
    QString officer;
    QString agency;
    QString delegate;
    QString investor;
    QString contact;
    QString mission;
    QString meeting;
    QString deal;
    QString followUp;
    QString note;
};
Graph makeGraph(TestDatabase &t);

QVariantMap officerJson(const QString &initials = QStringLiteral("KT"));
QVariantMap delegateJson(const QString &agencyId);
QVariantMap contactJson(const QString &investorId);
QVariantMap missionJson(const Graph &g);
QVariantMap meetingJson(const Graph &g);
QVariantMap dealJson(const Graph &g);
QVariantMap followUpJson(const Graph &g);
QVariantMap noteJson(const Graph &g);
// A valid record of the kind whose links point into g.
QVariantMap validJson(RecordKind kind, const Graph &g);

// A change an officer would make to a record of the kind.
struct Change
{
    QString field;
    QVariant value;
};
Change typicalChange(RecordKind kind);

} // namespace crm::test
