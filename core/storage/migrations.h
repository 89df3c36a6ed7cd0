#pragma once

#include <QList>
#include <QSqlDatabase>

namespace crm::storage {

// One numbered step of the schema's history. Steps are never edited once released: a change is a
// new step, so every older file can be brought up to date.
struct Migration
{
    int version;
    void (*apply)(const QSqlDatabase &db);
};

const QList<Migration> &migrations();

} // namespace crm::storage
