#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

// A zip archive read from memory (an .xlsx is one), through zlib's minizip. Its parts are read one
// at a time and each is refused past a size cap, so a small file that inflates to gigabytes (a zip
// bomb) stops at the cap instead of filling the memory.
namespace crm::interchange {

class ZipArchive final
{
public:
    // What the reader says about the file in its messages ("Investors.xlsx").
    ZipArchive(const QByteArray &bytes, const QString &displayName);
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    // False when the bytes are not a zip archive at all.
    bool isOpen() const;
    // Whether a part of this name exists (names compared as OPC does, without regard to case).
    bool contains(const QString &name) const;
    // The inflated bytes of a part; throws crm::Error when it is missing, encrypted, damaged or
    // larger than maxBytes once inflated.
    QByteArray read(const QString &name, qint64 maxBytes) const;

private:
    struct Source;
    std::unique_ptr<Source> m_source;
    void *m_zip = nullptr; // unzFile
    QString m_displayName;
};

} // namespace crm::interchange
