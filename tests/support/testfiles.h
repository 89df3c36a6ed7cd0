#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <catch2/catch.hpp>

namespace crm::test {

// A file's bytes as they are on disk (tests that alter packages and databases by hand).
inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

inline void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace crm::test
