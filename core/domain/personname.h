#pragma once

#include "error.h"

#include <QString>

namespace crm {

class MapReader;

// A person's name as its culture writes it. Display order follows the name, not the UI language:
// 山田 太郎 is family-first, Mohamed Aref Hassani given-first.
struct PersonName
{
    enum class Order
    {
        FamilyFirst,
        GivenFirst
    };

    QString family;
    QString given;
    QString familyReading; // kana, for Japanese names
    QString givenReading;
    QString latinFamily; // romanised, for English documents
    QString latinGiven;
    Order order = Order::GivenFirst;

    QString displayName() const;
    QString latinName() const; // always given-first, as English documents write it
    QString readingName() const;
    // What lists sort by: the kana reading when known, otherwise the name itself.
    QString sortKey() const;

    static PersonName read(MapReader &reader);
    void write(QVariantMap &map) const;
    // Han or kana in the name: such names are written family-first by default.
    static bool looksEastAsian(const QString &text);
};

} // namespace crm
