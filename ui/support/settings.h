#pragma once

#include "domain/recordkind.h"

#include <QByteArray>
#include <QStringList>
#include <QVariant>

namespace crm::ui {

// Every persisted preference in one typed table: key names and defaults live here, nowhere else.
class Settings final
{
public:
    enum class Key
    {
        WindowGeometry,
        WindowState,
        SplitterState,
        DetailsSplitterState,
        RecentFiles,
        OfficerInitials,
        CurrentKind,
        ReportCurrency,
        BriefingLanguage,
        BriefingPageSize,
        BriefingTemplateDir,
        UiLanguage,     // "en", "ja", "fr"; empty: the system's language
        OfficerTimeZone // an IANA id; empty: the computer's zone
    };

    static QVariant value(Key key);
    static void setValue(Key key, const QVariant &value);

    static QByteArray headerState(RecordKind kind);
    static void setHeaderState(RecordKind kind, const QByteArray &state);

    static QStringList recentFiles();
    static void addRecentFile(const QString &path);
    static constexpr int MaxRecentFiles = 8;
};

} // namespace crm::ui
