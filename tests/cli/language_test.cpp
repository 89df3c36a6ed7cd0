// The language of the command line's messages (the system's, or --lang), and the output scripts
// read (JSON, CSV, exit codes), which never changes with it. Through the real binary.
#include "clirunner.h"

#include <QDir>
#include <QJsonValue>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;
using crm::test::Cli;
using crm::test::CliResult;

namespace {
// The sample dataset, and the ways of asking for each language.
struct SampleCli
{
    SampleCli()
    {
        // The system says nothing of a language unless a test does.
        cli.setEnv(u"LC_ALL"_s, u"C"_s);
        cli.setEnv(u"LANG"_s, u"C"_s);
        cli.setEnv(u"LANGUAGE"_s, QString());
        cli.demo();
    }
    Cli cli;
};

// Qt's own Japanese catalogue (Debian's qt6-translations-l10n), which the CLI installs with ours
// for the message language: a translation the test can be sure of whatever ours holds yet.
QString qtJapanese(const char *context, const char *source)
{
    QTranslator translator;
    REQUIRE(translator.load(QLocale(QLocale::Japanese, QLocale::Japan), u"qtbase"_s, u"_"_s,
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    const QString text = translator.translate(context, source);
    REQUIRE(!text.isEmpty());
    return text;
}

// Our own catalogue's Japanese for a message, or its English source while it has none.
QString ourJapanese(const char *context, const char *source)
{
    QTranslator translator;
    REQUIRE(translator.load(u":/i18n/delegates-crm_ja.qm"_s));
    const QString text = translator.translate(context, source);
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}
} // namespace

TEST_CASE("the --lang option and LANG change no byte of the JSON and CSV output, nor any exit code", "[cli][language]")
{
    SampleCli s;
    // An investor whose timeline holds an amount, which French and Japanese write differently.
    QString investor;
    for (const QJsonValue &row : s.cli.run({u"list"_s, u"investor"_s, u"--json"_s}).jsonArray()) {
        if (row[u"name_latin"_s].toString().startsWith(u"Amakake Aero"_s)) {
            investor = row[u"id"_s].toString();
        }
    }
    REQUIRE(!investor.isEmpty());
    // Not a vacuous comparison: for people, the amounts follow the language.
    const QStringList timeline{u"timeline"_s, u"--investor"_s, investor};
    const CliResult englishLines = s.cli.run(QStringList{u"--lang"_s, u"en"_s} + timeline);
    const CliResult frenchLines = s.cli.run(QStringList{u"--lang"_s, u"fr"_s} + timeline);
    CHECK(englishLines.outText().contains(u"4,500,000,000 JPY"_s));
    CHECK(frenchLines.outText().contains(u"4\u202F500\u202F000\u202F000 JPY"_s));
    const QList<QStringList> commands{
        {u"list"_s, u"meeting"_s, u"--json"_s},
        {u"show"_s, u"investor"_s, investor, u"--json"_s},
        {u"history"_s, u"investor"_s, investor, u"--json"_s},
        {u"search"_s, u"Yazaki"_s, u"--json"_s},
        {u"report"_s, u"--from"_s, u"2020"_s, u"--to"_s, u"2026"_s, u"--json"_s},
        {u"timeline"_s, u"--investor"_s, investor, u"--json"_s},
        {u"duplicates"_s, u"investor"_s, u"--json"_s},
        {u"show"_s, u"investor"_s, u"no-such-id"_s, u"--json"_s}, // exit code 3
        {u"list"_s, u"company"_s},                                // exit code 1
    };
    // The languages asked for in each way: the system's (LANG), or --lang before or after the command.
    const auto inJapaneseByLang = [&](const QStringList &command) {
        Cli &cli = s.cli;
        cli.setEnv(u"LANG"_s, u"ja_JP.UTF-8"_s);
        cli.setEnv(u"LC_ALL"_s, QString());
        const CliResult result = cli.run(command);
        cli.setEnv(u"LANG"_s, u"C"_s);
        cli.setEnv(u"LC_ALL"_s, u"C"_s);
        return result;
    };
    for (const QStringList &command : commands) {
        INFO(command.join(u' ').toStdString());
        const CliResult english = s.cli.run(QStringList{u"--lang"_s, u"en"_s} + command);
        const QList<CliResult> others{s.cli.run(QStringList{u"--lang"_s, u"ja"_s} + command),
                                      s.cli.run(command + QStringList{u"--lang=fr"_s}), inJapaneseByLang(command)};
        for (const CliResult &other : others) {
            CHECK(other.exitCode == english.exitCode);
            CHECK(other.out == english.out);
        }
    }

    // CSV files, headers included: each command writes one in English, then in Japanese and French.
    const QList<QStringList> csvCommands{
        {u"report"_s, u"--from"_s, u"2020"_s, u"--to"_s, u"2026"_s},
        {u"timeline"_s, u"--investor"_s, investor},
        {u"export"_s, u"deal"_s},
        {u"export"_s, u"meeting"_s},
    };
    for (const QStringList &command : csvCommands) {
        INFO(command.join(u' ').toStdString());
        QList<QByteArray> files;
        for (const QString &language : {u"en"_s, u"ja"_s, u"fr"_s}) {
            const QString csv = s.cli.filePath(language + u".csv"_s);
            const CliResult result =
                s.cli.run(QStringList{u"--lang"_s, language} + command + QStringList{u"--csv"_s, csv});
            INFO("stderr: " << result.errText().toStdString());
            REQUIRE(result.exitCode == 0);
            files << crm::test::fileBytes(csv);
        }
        CHECK(files.at(1) == files.at(0));
        CHECK(files.at(2) == files.at(0));
    }
}

TEST_CASE("the messages follow --lang, and the system's language without it", "[cli][language]")
{
    SampleCli s;
    // Reading a folder as a JSON file: our message around Qt's own reason, which Qt's catalogue
    // translates. The reason in Japanese proves that the chosen language reached the translators.
    const QString folder = s.cli.filePath(u"a-folder"_s);
    REQUIRE(QDir().mkpath(folder));
    const QStringList addFolder{u"add"_s, u"delegate"_s, u"--json"_s, folder};
    const QString reason = qtJapanese("QIODevice", "file to open is a directory");
    //: the first line of the message is ours: Japanese once the catalogue has it
    const QString ours = ourJapanese("crm::cli::JsonIo", "cannot read %1: %2").arg(folder, reason);

    const CliResult english = s.cli.run(QStringList{u"--lang"_s, u"en"_s} + addFolder);
    CHECK(english.exitCode == 1);
    CHECK(english.errText().contains(u"cannot read"_s));
    CHECK(english.errText().contains(u"file to open is a directory"_s));

    const CliResult japanese = s.cli.run(QStringList{u"--lang"_s, u"ja"_s} + addFolder);
    CHECK(japanese.exitCode == 1);
    CHECK(japanese.errText().contains(reason));
    CHECK(japanese.errText().contains(ours));
    CHECK_FALSE(japanese.errText().contains(u"file to open is a directory"_s));

    s.cli.setEnv(u"LC_ALL"_s, QString());
    s.cli.setEnv(u"LANG"_s, u"ja_JP.UTF-8"_s);
    const CliResult system = s.cli.run(addFolder);
    CHECK(system.exitCode == 1);
    CHECK(system.errText().contains(reason));
    // --lang wins over the system's language.
    const CliResult overridden = s.cli.run(addFolder + QStringList{u"--lang"_s, u"en"_s});
    CHECK(overridden.errText().contains(u"file to open is a directory"_s));
}

TEST_CASE("a --lang that names no language is refused with the languages there are", "[cli][language]")
{
    Cli cli;
    for (const QString &wrong : {u"de"_s, u"JA"_s, u"japanese"_s}) {
        const CliResult result = cli.run({u"--lang"_s, wrong, u"list"_s, u"delegate"_s});
        INFO(result.errText().toStdString());
        CHECK(result.exitCode == 1);
        CHECK(result.errText().contains(u'"' + wrong + u'"'));
        CHECK(result.errText().contains(u"en, ja, fr"_s));
        CHECK(result.out.isEmpty());
    }
    CHECK(cli.run({u"--lang"_s}).exitCode == 1); // the value forgotten
    CHECK(cli.runRaw({u"--help"_s}).outText().contains(u"--lang"_s));
}
