#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace crm {

// The messages of a compiled gettext catalogue (.mo), original -> translation, as iso-codes ships
// them for country names. Context prefixes ("context\x04") are dropped and plural forms keep their
// singular. Data that is not a well-formed catalogue gives an empty table, never a crash: every
// offset is checked against the data's size.
QHash<QString, QString> readGettextCatalogue(const QByteArray &data);

} // namespace crm
