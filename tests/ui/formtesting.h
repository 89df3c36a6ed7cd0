#pragma once

// Helpers shared by the record form tests: the sample dataset behind a session, widgets found by
// objectName, text typed as an officer types it, table cells edited through their editors.

#include "databasesession.h"
#include "domain/fieldmap.h"
#include "services/sampledata.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>
#include <functional>

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
template<>
struct StringMaker<QVariant>
{
    static std::string convert(const QVariant &value)
    {
        return value.isNull() ? std::string("null") : '"' + value.toString().toStdString() + '"';
    }
};
} // namespace Catch

// A namespace of their own: other test files may have helpers of the same names.
namespace crm::test::forms {

using namespace Qt::StringLiterals;

// The sample dataset in a temporary database, opened through the session the forms use.
class SampleForms
{
public:
    SampleForms()
    {
        REQUIRE(m_session.open(m_dir.filePath(u"forms.sqlite"_s), Database::OpenMode::CreateIfMissing).isEmpty());
        REQUIRE(loadSampleData(*m_session.database()) > 0);
    }

    ui::DatabaseSession &session() { return m_session; }
    RecordStore &store() { return *m_session.store(); }
    QString idOf(RecordKind kind, const QString &field, const QVariant &value)
    {
        const auto id = store().findIdBy(kind, field, value);
        REQUIRE(id.has_value());
        return *id;
    }
    QStringList idsOf(RecordKind kind)
    {
        QStringList ids;
        store().forEach(kind, {}, [&ids](const QVariantMap &row) {
            ids << row.value(u"id"_s).toString();
            return true;
        });
        return ids;
    }

private:
    QTemporaryDir m_dir;
    ui::DatabaseSession m_session;
};

inline QVariantMap withoutMetadata(QVariantMap json)
{
    for (const QString &field : metadataFields()) {
        json.remove(field);
    }
    return json;
}

inline QString describe(const QVariant &v)
{
    return v.isNull() ? u"null"_s : u"%1 (%2)"_s.arg(v.toString(), QString::fromLatin1(v.typeName()));
}

// Field by field, and element by element in lists of objects, so that a failure names the field.
inline void checkSameJson(const QVariantMap &expected, const QVariantMap &actual, const QString &where)
{
    QStringList keys = expected.keys() + actual.keys();
    keys.removeDuplicates();
    for (const QString &key : keys) {
        const QVariant e = expected.value(key);
        const QVariant a = actual.value(key);
        INFO(QString(where + u'.' + key).toStdString());
        if (e.userType() == QMetaType::QVariantList && a.userType() == QMetaType::QVariantList) {
            const QVariantList el = e.toList();
            const QVariantList al = a.toList();
            REQUIRE(el.size() == al.size());
            for (qsizetype i = 0; i < el.size(); ++i) {
                const QString item = where + u'.' + key + u'[' + QString::number(i) + u']';
                if (el[i].userType() == QMetaType::QVariantMap) {
                    checkSameJson(el[i].toMap(), al[i].toMap(), item);
                } else {
                    INFO(item.toStdString()
                         << ": " << describe(el[i]).toStdString() << " vs " << describe(al[i]).toStdString());
                    CHECK(el[i] == al[i]);
                }
            }
            continue;
        }
        INFO(describe(e).toStdString() << " expected, form gave " << describe(a).toStdString());
        CHECK(e == a);
    }
}

template<class T>
T *child(const QWidget &parent, const QString &name)
{
    auto *widget = parent.findChild<T *>(name);
    INFO(name.toStdString());
    REQUIRE(widget);
    return widget;
}

// Types text the way it arrives: Latin letters as key presses, Japanese and Arabic committed by
// the input method (QTest::keyClicks only knows the keys of a US keyboard).
inline void typeText(QWidget *widget, const QString &text)
{
    QString pending;
    auto commit = [&] {
        if (!pending.isEmpty()) {
            QInputMethodEvent event;
            event.setCommitString(pending);
            QApplication::sendEvent(widget, &event);
            pending.clear();
        }
    };
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            commit();
            QTest::keyClick(widget, c.toLatin1());
        } else {
            pending += c;
        }
    }
    commit();
}

inline QLabel *errorLabel(const QWidget &form, const QString &field)
{
    return child<QLabel>(form, field + u"Error"_s);
}

// Opens the editor of one table cell, lets type() work in it, and commits by moving on.
inline void editCell(QTableView *view, int row, int column, const std::function<void(QWidget *)> &type)
{
    const QModelIndex index = view->model()->index(row, column);
    view->setCurrentIndex(index);
    view->edit(index);
    QWidget *editor = view->indexWidget(index);
    REQUIRE(editor);
    type(editor);
    view->setCurrentIndex(view->model()->index(row, column == 0 ? 1 : 0));
    QApplication::processEvents();
}

} // namespace crm::test::forms
