#include "samplesession.h"

#include "services/sampledata.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace crm::test {

SampleSession::SampleSession() : m_clock(QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC))
{
    REQUIRE(m_session.open(m_dir.filePath(u"office.sqlite"_s), Database::OpenMode::CreateIfMissing).isEmpty());
    m_session.database()->setClock(&m_clock);
    loadSampleData(*m_session.database());
    m_session.setOfficerId(idOf(RecordKind::Officer, u"initials"_s, u"HS"_s));
}

QString SampleSession::idOf(RecordKind kind, const QString &field, const QVariant &value)
{
    const auto id = store().findIdBy(kind, field, value);
    REQUIRE(id);
    return *id;
}

} // namespace crm::test
