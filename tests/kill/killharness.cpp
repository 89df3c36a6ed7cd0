// crm_kill_harness: kills writers of a Delegates CRM file with SIGKILL at random moments and checks
// that every acknowledged change survived and the file is never damaged (issue 16, point 7).
//   crm_kill_harness --kills N --dir DIR [--seed S] [--cli PATH] [--fresh-every N] [--max-delay-ms MS]
//   crm_kill_harness --writer FILE --laptop FILE --work DIR --seed S   (what the driver spawns)
#include "killdriver.h"
#include "killwriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

int usage(const QString &problem)
{
    std::fprintf(stderr,
                 "crm_kill_harness: %s\n"
                 "usage: crm_kill_harness --kills N --dir DIR [--seed S] [--cli PATH] [--fresh-every N] "
                 "[--max-delay-ms MS]\n",
                 qUtf8Printable(problem));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    QHash<QString, QString> options;
    for (qsizetype i = 0; i < args.size(); i += 2) {
        if (!args.at(i).startsWith(u"--"_s) || i + 1 >= args.size()) {
            return usage(u"every option takes a value: "_s + args.at(i));
        }
        options.insert(args.at(i).mid(2), args.at(i + 1));
    }
    bool ok = true;
    const auto number = [&](const QString &name, qint64 fallback) {
        if (!options.contains(name)) {
            return fallback;
        }
        bool valid = false;
        const qint64 value = options.value(name).toLongLong(&valid);
        ok = ok && valid && value >= 0;
        return value;
    };

    if (options.contains(u"writer"_s)) {
        crm::kill::WriterOptions writer;
        writer.databasePath = options.value(u"writer"_s);
        writer.laptopPath = options.value(u"laptop"_s);
        writer.workDir = options.value(u"work"_s);
        writer.seed = static_cast<quint32>(number(u"seed"_s, 0));
        return ok ? crm::kill::runWriter(writer) : usage(u"--seed takes a number"_s);
    }

    crm::kill::DriverOptions driver;
    driver.kills = static_cast<int>(number(u"kills"_s, driver.kills));
    driver.dir = options.value(u"dir"_s);
    driver.seed = static_cast<quint32>(number(u"seed"_s, QDateTime::currentMSecsSinceEpoch() % 1'000'000'007));
    driver.cliPath = options.value(u"cli"_s);
    driver.freshEvery = static_cast<int>(number(u"fresh-every"_s, driver.freshEvery));
    driver.maxDelayMs = static_cast<int>(number(u"max-delay-ms"_s, driver.maxDelayMs));
    if (!ok || driver.dir.isEmpty() || driver.freshEvery < 1) {
        return usage(u"--kills, --dir and whole numbers are needed"_s);
    }
    return crm::kill::runDriver(driver);
}
