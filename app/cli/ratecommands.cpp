// rate set / list / remove: the officers' yearly average exchange rates for programme reports.
#include "commands.h"
#include "console.h"
#include "domain/fieldmap.h"
#include "jsonio.h"
#include "session.h"
#include "storage/ratestore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace crm::cli {
namespace {
struct RateCommandsTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::cli::RateCommands)
};

int yearArgument(const QString &text)
{
    bool ok = false;
    const int year = text.toInt(&ok);
    if (!ok || text.size() != 4) {
        throw UsageError(RateCommandsTr::tr("YEAR must be a year such as 2024, not \"%1\"").arg(text));
    }
    return year;
}

QString rateLine(const ExchangeRate &rate)
{
    return QStringList{rate.currency, QString::number(rate.year), rate.perUsd,
                       rate.source.isEmpty() ? u"-"_s : rate.source}
        .join(u'\t');
}
} // namespace

ExitCode setRate(const Invocation &invocation)
{
    const int year = yearArgument(invocation.positionals.at(1));
    Session session(invocation, Database::OpenMode::MustExist);
    session.stampOfficer(invocation);
    const ExchangeRate rate = session.db().rates().set(invocation.positionals.at(0), year, invocation.positionals.at(2),
                                                       invocation.value(u"source"_s));
    console::line(rateLine(rate));
    return ExitCode::Success;
}

ExitCode listRates(const Invocation &invocation)
{
    Session session(invocation, Database::OpenMode::ReadOnly);
    const QList<ExchangeRate> rates = session.db().rates().list();
    if (invocation.has(u"json"_s)) {
        jsonio::ArrayWriter array;
        for (const ExchangeRate &rate : rates) {
            array.add({{u"currency"_s, rate.currency},
                       {u"year"_s, rate.year},
                       {u"per_usd"_s, rate.perUsd},
                       {u"source"_s, rate.source.isEmpty() ? QVariant() : QVariant(rate.source)},
                       {u"modified_at"_s, mapvalue::isoInstant(rate.modifiedAt)}});
        }
        array.finish();
        return ExitCode::Success;
    }
    for (const ExchangeRate &rate : rates) {
        console::line(rateLine(rate));
    }
    return ExitCode::Success;
}

ExitCode removeRate(const Invocation &invocation)
{
    const int year = yearArgument(invocation.positionals.at(1));
    Session session(invocation, Database::OpenMode::MustExist);
    session.stampOfficer(invocation);
    session.db().rates().remove(invocation.positionals.at(0), year);
    return ExitCode::Success;
}

} // namespace crm::cli
