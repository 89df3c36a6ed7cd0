#include "settings.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
struct Entry
{
    Settings::Key key;
    QString name;
    QVariant defaultValue;
};

const Entry &entry(Settings::Key key)
{
    static const QList<Entry> entries{
        {Settings::Key::WindowGeometry, u"window/geometry"_s, QByteArray()},
        {Settings::Key::WindowState, u"window/state"_s, QByteArray()},
        {Settings::Key::SplitterState, u"window/splitter"_s, QByteArray()},
        {Settings::Key::DetailsSplitterState, u"window/detailsSplitter"_s, QByteArray()},
        {Settings::Key::RecentFiles, u"files/recent"_s, QStringList()},
        {Settings::Key::OfficerInitials, u"officer/initials"_s, QString()},
        {Settings::Key::CurrentKind, u"window/currentKind"_s, u"delegate"_s},
        {Settings::Key::ReportCurrency, u"reports/currency"_s, u"USD"_s},
        {Settings::Key::BriefingLanguage, u"briefings/language"_s, u"en"_s},
        {Settings::Key::BriefingPageSize, u"briefings/pageSize"_s, u"A4"_s},
        {Settings::Key::BriefingTemplateDir, u"briefings/templateDir"_s, QString()},
        {Settings::Key::UiLanguage, u"ui/language"_s, QString()},
        {Settings::Key::OfficerTimeZone, u"officer/timeZone"_s, QString()},
    };
    for (const Entry &e : entries) {
        if (e.key == key) {
            return e;
        }
    }
    Q_UNREACHABLE();
}
} // namespace

QVariant Settings::value(Key key)
{
    const Entry &e = entry(key);
    return QSettings().value(e.name, e.defaultValue);
}

void Settings::setValue(Key key, const QVariant &value)
{
    QSettings().setValue(entry(key).name, value);
}

QByteArray Settings::headerState(RecordKind kind)
{
    return QSettings().value(u"lists/"_s + kindName(kind) + u"/header"_s).toByteArray();
}

void Settings::setHeaderState(RecordKind kind, const QByteArray &state)
{
    QSettings().setValue(u"lists/"_s + kindName(kind) + u"/header"_s, state);
}

QStringList Settings::recentFiles()
{
    return value(Key::RecentFiles).toStringList();
}

void Settings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles) {
        files.removeLast();
    }
    setValue(Key::RecentFiles, files);
}

} // namespace crm::ui
