#pragma once

#include "domain/error.h"
#include "sync/syncpackage.h"
#include "sync/syncpackagecrypto.h"

#include <QByteArray>
#include <optional>

namespace crm {

struct SyncHeaderFields
{
    SyncPackageHeader header;
    std::optional<SyncEncryption> encryption; // set exactly when header.encrypted
};

// The header as compact UTF-8 JSON; encryption, when given, is stored with it.
QByteArray encodeSyncHeader(const SyncPackageHeader &header, const std::optional<SyncEncryption> &encryption);
// Parses and checks an untrusted header; throws crm::Error naming every bad field.
SyncHeaderFields decodeSyncHeader(const QByteArray &json, const QString &path);
// The problems of a header the writer was given (ids, schema version, creation time).
FieldErrors checkSyncHeader(const SyncPackageHeader &header);

} // namespace crm
