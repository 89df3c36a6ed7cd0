#include "damagedfile.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtEndian>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace crm::test {

QList<int> leafPages(const QString &path, const QString &table)
{
    QList<int> pages;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"damage"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        REQUIRE(db.open());
        QSqlQuery q(db);
        q.prepare(u"SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno"_s);
        q.addBindValue(table);
        REQUIRE(q.exec());
        while (q.next()) {
            pages << q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(u"damage"_s);
    return pages;
}

void damagePage(const QString &path, int page)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const QByteArray header = file.read(100);
    int pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    pageSize = pageSize == 1 ? 65536 : pageSize;
    QByteArray garbage(pageSize, '\0');
    quint32 x = 2463534242u; // xorshift: the same garbage on every run
    for (char &byte : garbage) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        byte = char(x & 0xff);
    }
    garbage[0] = char(0xa5); // not a b-tree page type, whatever the generator drew
    REQUIRE(file.seek(qint64(page - 1) * pageSize));
    REQUIRE(file.write(garbage) == pageSize);
}

} // namespace crm::test
