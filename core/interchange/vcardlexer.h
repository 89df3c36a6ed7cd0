#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The first pass of the vCard reader: bytes to cards of properties. Lines are unfolded (CRLF, LF
// or CR, continuation by a space or a tab, and the soft line breaks of quoted-printable), each
// content line is split into group, name, parameters and raw value, and the card structure
// (BEGIN/END) is checked. Values stay bytes: their decoding depends on the parameters.
namespace crm::interchange::vcard {

struct Property
{
    QString group; // "item1" of "item1.EMAIL"
    QString name;  // upper case
    // Parameter names in upper case, each with its values (a TYPE list is split on commas). A
    // bare parameter of vCard 2.1 ("TEL;CELL", "N;QUOTED-PRINTABLE") is filed under TYPE or ENCODING.
    QHash<QString, QStringList> params;
    QByteArray value;
    int line = 0; // 1-based line in the file where the property begins

    QStringList param(const QString &name) const { return params.value(name); }
    bool hasType(const QString &type) const;
};

struct Card
{
    int line = 0; // the BEGIN:VCARD line
    QList<Property> properties;
};

struct Lexed
{
    QList<Card> cards;
    QStringList notes;
};

// Throws crm::Error (Invalid) naming the line for what makes the file unreadable as vCards.
Lexed lex(const QByteArray &data);

// The largest file and the longest unfolded line read; a photo fits in a line many times over.
inline constexpr qsizetype kMaxFileBytes = 64 * 1024 * 1024;
inline constexpr qsizetype kMaxLineBytes = 8 * 1024 * 1024;

} // namespace crm::interchange::vcard
