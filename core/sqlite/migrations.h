#pragma once

#include <QList>
#include <QSqlDatabase>

namespace crm::storage {

// One numbered step of the schema's history. Steps are never edited once released: a change is a
// new step, so every older file can be brought up to date.
// Written into the SQLite header (PRAGMA application_id, "DCRM") so that another program's SQLite
// file is recognised and refused before anything is written to it.
inline constexpr int kApplicationId = 0x4443524D;

struct Migration
{
    int version;
    void (*apply)(const QSqlDatabase &db);
};

const QList<Migration> &migrations();

} // namespace crm::storage
