// kanjivariants: a build-time tool that writes the table foldText() uses to fold variant kanji
// (髙 -> 高, 﨑 -> 崎, 邊 and 邉 -> 辺, 澤 -> 沢, ...) from two maintained sources that Debian ships:
// the Unicode Han database (package unicode-data) and KANJIDIC2 (package kanjidic-xml).
//
// Usage: kanjivariants UNIHAN_DIR KANJIDIC2_XML_GZ OUTPUT
//
// Which links are used, strongest first (a weaker link never undoes a stronger one):
//  1. Unihan kJoyoKanji / kJinmeiyoKanji values naming another code point: the Jōyō and Jinmeiyō
//     lists' own statement that a form is a variant of a listed kanji (國 -> 国, 德 -> 徳, 嶋 -> 島).
//  2. Unihan kZVariant, and kSemanticVariant links a dictionary marks as the same character
//     (":Z" source tag, e.g. 﨑 -> 崎 "kMorohashi:Z").
//  3. KANJIDIC2 <variant> cross-references (JIS X 0208/0212/0213 and UCS), the Japanese itaiji
//     data Unihan lacks (邊/邉 -> 辺, 齋 -> 斎, 濱 -> 浜, 澤 -> 沢, 篭 -> 籠).
//  4. The other kSemanticVariant links (髙 -> 高), only to bring in a character outside JIS X 0208:
//     two JIS X 0208 characters are distinct in Japanese unless a Japanese source (1 to 3) says not.
// Left out: kSimplifiedVariant / kTraditionalVariant (Chinese simplification merges distinct
// Japanese kanji: 后/後, 干/乾), kSpoofingVariant (look-alikes, not the same character) and
// kSpecializedSemanticVariant (shared meaning in some senses only).
// Links are joined into classes, and a class never holds two Jōyō kanji (斉 and 斎, 崎 and 埼 stay
// apart). Each class folds to the form officers type, the one every input method offers: a JIS X
// 0208 kanji, the Jōyō one first, then level 1 before level 2, then a Jinmeiyō one (剥 rather than
// the 2010 Jōyō glyph 剝, which only JIS X 0213 has); without one, the Jōyō, Jinmeiyō, JIS X 0213
// member, else the lowest code point. Code points with a
// Unicode decomposition (the CJK compatibility ideographs U+F900...) are left out: NFKD, which
// foldText() applies first, already maps them; the twelve unified ones in that block, such as
// U+FA11 﨑, have no decomposition and are in the table.
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>
#include <QXmlStreamReader>
#include <algorithm>
#include <cstdio>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "kanjivariants: %s\n", qPrintable(message));
    std::exit(1);
}

// The file decompressed by bzip2 or gzip (the packages ship Unihan as .bz2, KANJIDIC2 as .gz).
QByteArray decompressed(const QString &program, const QString &path)
{
    if (!QFile::exists(path)) {
        fail(path + u" is missing: install Debian's unicode-data and kanjidic-xml (./.ci/setup)"_s);
    }
    QProcess process;
    process.start(program, {u"-dc"_s, path});
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        fail(u"%1 -dc %2 failed: %3"_s.arg(program, path, QString::fromLocal8Bit(process.readAllStandardError())));
    }
    return process.readAllStandardOutput();
}

char32_t codePoint(QStringView text)
{
    bool ok = false;
    const uint value = text.mid(2).toUInt(&ok, 16); // "U+9AD8"
    if (!text.startsWith(u"U+") || !ok) {
        fail(u"not a code point: "_s + text.toString());
    }
    return value;
}

// Each line of a Unihan file: code point, field, value.
template<typename F>
void forEachUnihan(const QByteArray &data, F &&use)
{
    for (const QByteArray &line : data.split('\n')) {
        if (line.isEmpty() || line.startsWith('#')) {
            continue;
        }
        const QList<QByteArray> parts = line.split('\t');
        if (parts.size() == 3) {
            use(codePoint(QString::fromLatin1(parts[0])), parts[1], QString::fromUtf8(parts[2]));
        }
    }
}

struct Link
{
    int strength;
    char32_t a;
    char32_t b;
};

class Classes
{
public:
    char32_t find(char32_t c)
    {
        auto it = m_parent.find(c);
        if (it == m_parent.end()) {
            m_parent.insert(c, c);
            m_members[c] = {c};
            return c;
        }
        while (m_parent.value(c) != c) {
            c = m_parent.value(c);
        }
        return c;
    }
    const QList<char32_t> &members(char32_t root) const { return m_members.find(root).value(); }
    void join(char32_t rootA, char32_t rootB)
    {
        m_parent[rootB] = rootA;
        m_members[rootA] += m_members.take(rootB);
    }
    const QHash<char32_t, QList<char32_t>> &all() const { return m_members; }

private:
    QHash<char32_t, char32_t> m_parent;
    QHash<char32_t, QList<char32_t>> m_members;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        fail(u"usage: kanjivariants UNIHAN_DIR KANJIDIC2_XML_GZ OUTPUT"_s);
    }
    const QString unihan = args[1];

    QSet<char32_t> joyo, jinmeiyo, inJis0213, decomposable;
    QHash<char32_t, int> jis0208Row; // JIS X 0208 row: 16-47 level 1, 48-84 level 2
    QHash<QString, char32_t> byJis0208, byJis0212, byJis0213;
    QList<Link> links;

    forEachUnihan(decompressed(u"bzip2"_s, unihan + u"/Unihan_OtherMappings.txt.bz2"_s),
                  [&](char32_t c, const QByteArray &field, const QString &value) {
                      if (field == "kJoyoKanji" || field == "kJinmeiyoKanji") {
                          // "2010": listed; "U+525D" or "2010:U+5CF6": a variant of the listed kanji
                          // named (剥 of 剝, which Jōyō 2010 lists, 嶋 of 島), not a second listed one.
                          const qsizetype at = value.indexOf(u"U+"_s);
                          if (at >= 0) {
                              links.append({1, c, codePoint(QStringView(value).mid(at))});
                          }
                          if (field == "kJinmeiyoKanji") {
                              jinmeiyo.insert(c);
                          } else if (at < 0) {
                              joyo.insert(c);
                          }
                      } else if (field == "kJis0") {
                          byJis0208.insert(value, c); // "2566": row 25, cell 66
                          jis0208Row.insert(c, value.left(2).toInt());
                      } else if (field == "kJis1") {
                          byJis0212.insert(value, c);
                      } else if (field == "kJIS0213") {
                          byJis0213.insert(value, c); // "1,47,82": plane, row, cell
                          inJis0213.insert(c);
                      }
                  });
    forEachUnihan(decompressed(u"bzip2"_s, unihan + u"/Unihan_Variants.txt.bz2"_s),
                  [&](char32_t c, const QByteArray &field, const QString &value) {
                      if (field != "kZVariant" && field != "kSemanticVariant") {
                          return;
                      }
                      static const QRegularExpression sameCharacter(u":[A-Z]*Z"_s);
                      for (const QString &part : value.split(u' ', Qt::SkipEmptyParts)) {
                          const QString target = part.section(u'<', 0, 0);
                          const QString sources = part.section(u'<', 1);
                          const bool strong = field == "kZVariant" || sources.contains(sameCharacter);
                          links.append({strong ? 2 : 4, c, codePoint(target)});
                      }
                  });

    // KANJIDIC2 names variants by JIS code ("1-78-21"), turned into code points through Unihan.
    QXmlStreamReader xml(decompressed(u"gzip"_s, args[2]));
    char32_t literal = 0;
    int kanjidicLinks = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        if (xml.name() == u"literal"_s) {
            literal = xml.readElementText().toUcs4().value(0);
        } else if (xml.name() == u"variant"_s) {
            const QString type = xml.attributes().value(u"var_type"_s).toString();
            const QString code = xml.readElementText();
            const QStringList jis = code.split(u'-');
            char32_t other = 0;
            if (jis.size() == 3 && (type == u"jis208"_s || type == u"jis212"_s)) {
                const QString key =
                    u"%1%2"_s.arg(jis[1].toInt(), 2, 10, QChar(u'0')).arg(jis[2].toInt(), 2, 10, QChar(u'0'));
                other = (type == u"jis208"_s ? byJis0208 : byJis0212).value(key);
            } else if (jis.size() == 3 && type == u"jis213"_s) {
                other = byJis0213.value(u"%1,%2,%3"_s.arg(jis[0].toInt()).arg(jis[1].toInt()).arg(jis[2].toInt()));
            } else if (type == u"ucs"_s) {
                other = code.toUInt(nullptr, 16);
            }
            if (other != 0 && literal != 0 && other != literal) {
                links.append({3, literal, other});
                ++kanjidicLinks;
            }
        }
    }
    if (xml.hasError() || kanjidicLinks == 0) {
        fail(args[2] + u": no variants read ("_s + xml.errorString() + u')');
    }

    // Decomposable code points are NFKD's business (see the top of this file).
    QFile unicodeData(unihan + u"/UnicodeData.txt"_s);
    if (!unicodeData.open(QIODevice::ReadOnly)) {
        fail(unicodeData.fileName() + u" is missing: install Debian's unicode-data"_s);
    }
    while (!unicodeData.atEnd()) {
        const QList<QByteArray> fields = unicodeData.readLine().split(';');
        if (fields.size() > 5 && !fields[5].isEmpty()) {
            decomposable.insert(fields[0].toUInt(nullptr, 16));
        }
    }

    std::stable_sort(links.begin(), links.end(), [](const Link &x, const Link &y) { return x.strength < y.strength; });
    Classes classes;
    for (const Link &link : links) {
        if (decomposable.contains(link.a) || decomposable.contains(link.b)) {
            continue;
        }
        const char32_t a = classes.find(link.a);
        const char32_t b = classes.find(link.b);
        if (a == b) {
            continue;
        }
        const QList<char32_t> &ma = classes.members(a);
        const QList<char32_t> &mb = classes.members(b);
        const auto count = [](const QList<char32_t> &m, auto &&pred) {
            return std::count_if(m.cbegin(), m.cend(), pred);
        };
        const auto isJoyo = [&](char32_t c) { return joyo.contains(c); };
        const auto inJis0208 = [&](char32_t c) { return jis0208Row.contains(c); };
        if (count(ma, isJoyo) + count(mb, isJoyo) > 1) {
            continue;
        }
        if (link.strength == 4 && count(ma, inJis0208) > 0 && count(mb, inJis0208) > 0) {
            continue;
        }
        classes.join(a, b);
    }

    const auto rank = [&](char32_t c) {
        const int row = jis0208Row.value(c, 99);
        const int jis = row <= 47 ? 0 : row <= 84 ? 1 : 2;
        return std::make_tuple(jis == 2, !joyo.contains(c), jis, !jinmeiyo.contains(c), !inJis0213.contains(c), c);
    };
    QMap<char32_t, char32_t> table;
    qsizetype classCount = 0;
    for (const QList<char32_t> &members : classes.all()) {
        if (members.size() < 2) {
            continue;
        }
        ++classCount;
        const char32_t canonical = *std::min_element(members.cbegin(), members.cend(),
                                                     [&](char32_t x, char32_t y) { return rank(x) < rank(y); });
        for (const char32_t c : members) {
            if (c != canonical) {
                table.insert(c, canonical);
            }
        }
    }

    QFile out(args[3]);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        fail(u"cannot write "_s + args[3]);
    }
    QTextStream stream(&out);
    stream << "// Generated by cmake/kanjivariants.cpp from Unihan (unicode-data) and KANJIDIC2 (kanjidic-xml):\n"
           << "// " << table.size() << " variants in " << classCount << " classes. Do not edit.\n";
    for (auto it = table.cbegin(); it != table.cend(); ++it) {
        stream << "{0x" << Qt::hex << uint(it.key()) << ", 0x" << uint(it.value()) << Qt::dec << "},\n";
    }
    std::printf("kanjivariants: %lld variants in %lld classes\n", static_cast<long long>(table.size()),
                static_cast<long long>(classCount));
    return 0;
}
