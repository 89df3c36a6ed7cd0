#include "jsonio.h"

#include "arguments.h"
#include "console.h"
#include "domain/error.h"
#include "domain/strictjson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace crm::cli::jsonio {
namespace {
struct JsonIoTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::cli::JsonIo)
};

QByteArray readAll(const QString &source)
{
    QFile file;
    bool opened = false;
    if (source == u"-"_s) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(source);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        throw UsageError(JsonIoTr::tr("cannot read %1: %2").arg(source, file.errorString()));
    }
    return file.readAll();
}
} // namespace

QVariantMap readObject(const QString &source)
{
    QByteArray data = readAll(source);
    const QString name = source == u"-"_s ? JsonIoTr::tr("standard input") : source;
    if (data.startsWith("\xEF\xBB\xBF")) {
        data.remove(0, 3); // a byte order mark some editors write
    }
    const QByteArray trimmed = data.trimmed();
    if (trimmed.isEmpty()) {
        throw Error(Error::Kind::Invalid, JsonIoTr::tr("%1 is empty; a JSON object ({...}) was expected").arg(name));
    }
    // Checked byte by byte first: Qt alone would store "x\q" as "xq", a raw tab or a lone surrogate.
    const StrictJson parsed = parseStrictJson(data);
    if (!trimmed.startsWith('{')) {
        // Said plainly: Qt would call a bare number "illegal value at column 2".
        throw Error(Error::Kind::Invalid,
                    parsed.document.isArray()
                        ? JsonIoTr::tr("%1 holds a JSON array; one JSON object ({...}) was expected").arg(name)
                        : JsonIoTr::tr("%1 does not hold a JSON object ({...})").arg(name));
    }
    if (parsed.problem) {
        throw Error(Error::Kind::Invalid,
                    JsonIoTr::tr("%1 is not valid JSON: %2").arg(name, parsed.problem->describe()));
    }
    return parsed.document.object().toVariantMap();
}

QByteArray objectText(const QVariantMap &map, bool indented)
{
    return QJsonDocument(QJsonObject::fromVariantMap(map))
        .toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact);
}

QString plainValue(const QVariant &value)
{
    switch (value.userType()) {
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
        return QString::fromUtf8(
            QJsonDocument(QJsonArray::fromVariantList(value.toList())).toJson(QJsonDocument::Compact));
    case QMetaType::QVariantMap:
        return QString::fromUtf8(objectText(value.toMap(), false));
    case QMetaType::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    default:
        return value.toString();
    }
}

void ArrayWriter::add(const QVariantMap &element)
{
    console::write(m_started ? ",\n  "_ba : "[\n  "_ba);
    m_started = true;
    console::write(objectText(element, false));
}

void ArrayWriter::finish()
{
    console::write(m_started ? "\n]\n"_ba : "[]\n"_ba);
    m_started = false;
}

} // namespace crm::cli::jsonio
