#include "timelineexport.h"

#include "domain/error.h"
#include "domain/recordkind.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStringList>
#include <QTextDocument>
#include <QTextFrame>
#include <algorithm>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
constexpr const char *kContext = "crm::TimelineExport";

QString tr(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate(kContext, text, disambiguation);
}

// "%n day(s)", marked with QT_TRANSLATE_N_NOOP so that lupdate files it as a plural in kContext;
// the English forms ("1 day", "12 days") come from resources/translations/delegates-crm_en.ts.
QString countText(const char *text, int n)
{
    return QCoreApplication::translate(kContext, text, nullptr, n);
}

// ---- CSV

// Spreadsheets run a cell that starts with =, +, - or @ as a formula (and a leading tab or CR
// can hide one), so a note typed as "=HYPERLINK(...)" or "@SUM(...)" would execute when the
// officer opens the export. A leading apostrophe makes Excel and LibreOffice read the cell as text
// (OWASP's advice for CSV injection); the data itself is never changed.
QString defused(const QString &cell)
{
    static const QString triggers = u"=+-@\t\r"_s;
    if (!cell.isEmpty() && triggers.contains(cell.front())) {
        return u'\'' + cell;
    }
    return cell;
}

QString csvField(const QString &value)
{
    const QString cell = defused(value);
    const bool quote = cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\r') || cell.contains(u'\n');
    if (!quote) {
        return cell;
    }
    QString escaped = cell;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

QString csvBool(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

// ---- dates and spans

PartialDate::Precision coarser(PartialDate::Precision a, PartialDate::Precision b)
{
    return std::min(a, b); // Year < Month < Day
}

// Whole months from first until end (exclusive): 2024-01-31 to 2024-03-01 is one month.
int wholeMonths(const QDate &first, const QDate &end)
{
    int months = (end.year() - first.year()) * 12 + end.month() - first.month();
    if (months > 0 && first.addMonths(months) > end) {
        --months;
    }
    return std::max(months, 0);
}

// "12 March 1996", "March 1996 – June 2009", "since March 1991".
QString dateText(const TimelineEvent &event, const QLocale &locale)
{
    const QString start = event.start.toDisplay(locale);
    if (!event.isSpan()) {
        return start;
    }
    if (!event.end) {
        return tr("since %1", "an open span: a current position").arg(start);
    }
    if (*event.end == event.start) {
        return start;
    }
    return tr("%1 – %2", "a span from a date to a date").arg(start, event.end->toDisplay(locale));
}

// ---- HTML

QString escaped(const QString &text)
{
    QString html = text.trimmed().toHtmlEscaped();
    html.replace(u"\r\n"_s, u"\n"_s);
    html.replace(u'\n', u"<br>"_s);
    return html;
}

// "1991–2026" (the years the events touch), or one year.
QString yearsCovered(const QList<TimelineEvent> &events, const QDate &today)
{
    int first = std::numeric_limits<int>::max();
    int last = std::numeric_limits<int>::min();
    for (const TimelineEvent &e : events) {
        first = std::min(first, e.start.first().year());
        last = std::max(last, e.lastDay(today).year());
    }
    if (first == last) {
        return QString::number(first);
    }
    return tr("%1–%2", "a range of years").arg(first).arg(last);
}

QString eventTable(const TimelineEvent &event, const QLocale &locale, const QDate &today)
{
    QString when = escaped(dateText(event, locale));
    const QString length = timelineSpanText(event, today);
    if (!length.isEmpty()) {
        when += u"<br><span style=\"color:#666666; font-size:8pt;\">"_s + escaped(length) + u"</span>"_s;
    }
    QString what =
        u"<span style=\"color:#666666; font-size:8pt;\">"_s + escaped(timelineKindLabel(event.kind)) + u"</span>"_s;
    if (event.setback) {
        what += u" <span style=\"color:#b3261e; font-size:8pt;\">"_s + escaped(tr("↩ setback")) + u"</span>"_s;
    }
    what += u"<br><b>"_s + escaped(event.title) + u"</b>"_s;
    if (!event.role.isEmpty()) {
        what += u"<br><i>"_s + escaped(event.role) + u"</i>"_s;
    }
    // A note's title is its first line: printing the summary too would say it twice.
    QString summary = event.summary.trimmed();
    if (summary.startsWith(event.title.trimmed()) && event.kind == TimelineEventKind::Note) {
        summary = summary.mid(event.title.trimmed().size()).trimmed();
    }
    if (!summary.isEmpty()) {
        what += u"<br><span style=\"color:#333333;\">"_s + escaped(summary) + u"</span>"_s;
    }
    // One table per event: tables stack without a gap, and a page may break between them (the PDF
    // never splits an event over two pages).
    return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><tr>"_s
           u"<td width=\"26%\" valign=\"top\" style=\"border-top: 1px solid #d0d0d0;\">"_s +
           when + u"</td><td valign=\"top\" style=\"border-top: 1px solid #d0d0d0;\">"_s + what +
           u"</td></tr></table>\n"_s;
}

// ---- PDF

// Latin text from a Latin font, Japanese names (矢崎総業) from a CJK one, Arabic from an Arabic
// one: the first family installed of each list wins, and none installed still prints with the
// system's fallback. Latin comes first also because Qt maps the glyphs of a CJK OpenType font
// back to text through its character map alone: digits shaped in a Latin run of Noto Sans CJK
// get glyphs the map does not name, and the PDF's text (copy, search) would lose them.
QFont printFont()
{
    static const QStringList latin{u"Noto Sans"_s, u"DejaVu Sans"_s, u"Arial"_s};
    static const QStringList japanese{u"Noto Sans CJK JP"_s, u"Noto Sans JP"_s, u"Source Han Sans JP"_s,
                                      u"IPAexGothic"_s,      u"Yu Gothic"_s,    u"Meiryo"_s};
    static const QStringList arabic{u"Noto Sans Arabic"_s, u"Noto Naskh Arabic"_s, u"Arial Unicode MS"_s};
    const QStringList installed = QFontDatabase::families();
    QStringList families;
    for (const QStringList *choices : {&latin, &japanese, &arabic}) {
        const auto found = std::find_if(choices->cbegin(), choices->cend(), [&](const QString &family) {
            return installed.contains(family, Qt::CaseInsensitive);
        });
        if (found != choices->cend()) {
            families << *found;
        }
    }
    QFont font;
    if (!families.isEmpty()) {
        font.setFamilies(families);
    }
    font.setPointSizeF(9.5);
    return font;
}

// The code point of a "<77E2>" token at i, or nothing for another token (a glyph pair, a surrogate pair).
std::optional<char16_t> hexToken(const QByteArray &pdf, qsizetype i)
{
    if (i + 6 > pdf.size() || pdf.at(i) != '<' || pdf.at(i + 5) != '>') {
        return std::nullopt;
    }
    bool ok = false;
    const uint code = QByteArrayView(pdf).sliced(i + 1, 4).toUInt(&ok, 16);
    return ok ? std::optional<char16_t>(static_cast<char16_t>(code)) : std::nullopt;
}

// Rewrites the target of one ToUnicode entry at i when it is a CJK radical that stands for an
// ideograph (⽮ U+2F6E for 矢 U+77E2); same length, so every offset in the PDF stays right.
void preferIdeograph(QByteArray &pdf, qsizetype i)
{
    const std::optional<char16_t> code = hexToken(pdf, i);
    if (!code || *code < 0x2E80 || *code > 0x2FDF) {
        return;
    }
    const QString ideograph = QString(QChar(*code)).normalized(QString::NormalizationForm_KC);
    if (ideograph.size() != 1 || ideograph.front().unicode() == *code) {
        return;
    }
    const QByteArray hex = QByteArray::number(ideograph.front().unicode(), 16).toUpper().rightJustified(4, '0');
    pdf.replace(i + 1, 4, hex);
}

// Where each "<...>", "[" and "]" of a CMap section [from, to) starts.
QList<qsizetype> cmapTokens(const QByteArray &pdf, qsizetype from, qsizetype to)
{
    QList<qsizetype> tokens;
    for (qsizetype i = from; i < to; ++i) {
        const char c = pdf.at(i);
        if (c == '<' || c == '[' || c == ']') {
            tokens << i;
        }
    }
    return tokens;
}

// Qt writes each font's /ToUnicode map (uncompressed) by asking the font which code point draws
// each glyph, and takes the lowest one. CJK fonts (Noto Sans CJK, Meiryo, Yu Gothic) draw about
// 200 ideographs and their Kangxi radicals with one glyph, so 矢崎 would come out of the PDF as
// ⽮崎: it looks the same, but copying or searching for 矢崎 fails. The radicals are rewritten to
// the ideographs they stand for (their NFKC form) in the entries "<g> <u>", "<lo> <hi> [<u> ...]"
// and "<g> <g> <u>"; a range of consecutive code points ("<lo> <hi> <u>") is left alone.
void fixCjkTextMaps(QByteArray &pdf)
{
    for (qsizetype from = pdf.indexOf("beginbf"); from >= 0; from = pdf.indexOf("beginbf", from)) {
        const bool ranges = QByteArrayView(pdf).sliced(from).startsWith("beginbfrange");
        const qsizetype to = pdf.indexOf(ranges ? "endbfrange" : "endbfchar", from);
        if (to < 0) {
            return;
        }
        const QList<qsizetype> tokens = cmapTokens(pdf, from, to);
        qsizetype k = 0;
        while (k + 1 < tokens.size()) {
            if (!ranges) { // <glyph> <code point>
                preferIdeograph(pdf, tokens.at(k + 1));
                k += 2;
            } else if (k + 2 < tokens.size() && pdf.at(tokens.at(k + 2)) == '[') {
                for (k += 3; k < tokens.size() && pdf.at(tokens.at(k)) != ']'; ++k) {
                    preferIdeograph(pdf, tokens.at(k));
                }
                ++k;
            } else if (k + 2 < tokens.size()) {
                if (hexToken(pdf, tokens.at(k)) == hexToken(pdf, tokens.at(k + 1))) {
                    preferIdeograph(pdf, tokens.at(k + 2));
                }
                k += 3;
            } else {
                break;
            }
        }
        from = to;
    }
}

// Where pages may begin: above a year's heading, or above an event that does not follow its
// year's heading (a heading alone at the foot of a page would be an orphan).
QList<qreal> pageBreaks(const QTextDocument &document)
{
    QList<qreal> breaks;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    bool afterHeading = false;
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *frame = it.currentFrame()) {
            if (!afterHeading) {
                breaks << layout->frameBoundingRect(frame).top();
            }
            afterHeading = false;
        } else if (it.currentBlock().blockFormat().headingLevel() > 1) {
            breaks << layout->blockBoundingRect(it.currentBlock()).top();
            afterHeading = true;
        }
    }
    return breaks;
}

// The document, laid out as one long page, cut into slices [top, bottom) of at most pageHeight at
// the page breaks: an event never straddles two pages unless it is longer than a page.
QList<std::pair<qreal, qreal>> pageSlices(const QTextDocument &document, qreal pageHeight)
{
    const QList<qreal> breaks = pageBreaks(document);
    const qreal height = document.size().height();
    QList<std::pair<qreal, qreal>> slices;
    qreal top = 0;
    while (top < height - 1) {
        qreal bottom = std::min(top + pageHeight, height);
        if (bottom < height) {
            const auto fits = std::find_if(breaks.crbegin(), breaks.crend(),
                                           [&](qreal y) { return y > top + 1 && y <= top + pageHeight; });
            if (fits != breaks.crend()) {
                bottom = *fits;
            }
        }
        slices.append({top, bottom});
        top = bottom;
    }
    if (slices.isEmpty()) {
        slices.append({0, pageHeight});
    }
    return slices;
}

[[noreturn]] void cannotWrite(const QString &path, const QString &reason)
{
    throw Error(Error::Kind::Invalid, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason));
}
} // namespace

QByteArray timelineCsv(const QList<TimelineEvent> &events)
{
    static const QString header = u"kind,start,end,open,title,summary,role,code,setback,record_kind,record_id\r\n"_s;
    QString text;
    text.reserve(header.size() + events.size() * 160);
    text += header;
    for (const TimelineEvent &e : events) {
        const QStringList fields{timelineKindName(e.kind),
                                 e.start.toIso(),
                                 e.end ? e.end->toIso() : QString(),
                                 csvBool(e.isOpen()),
                                 e.title,
                                 e.summary,
                                 e.role,
                                 e.code,
                                 csvBool(e.setback),
                                 kindName(e.recordKind),
                                 e.recordId};
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0) {
                text += u',';
            }
            text += csvField(fields.at(i));
        }
        text += u"\r\n"_s;
    }
    // Excel on Japanese Windows reads a CSV without a byte order mark as Shift-JIS.
    return "\xEF\xBB\xBF"_ba + text.toUtf8();
}

QString timelineSpanText(const TimelineEvent &event, const QDate &today)
{
    if (!event.isSpan() || !event.start.isValid()) {
        return {};
    }
    const QDate first = event.start.first();
    const QDate end = event.lastDay(today).addDays(1);
    const qint64 days = first.daysTo(end);
    if (days <= 0) {
        return {};
    }
    const PartialDate::Precision known =
        event.end ? coarser(event.start.precision(), event.end->precision()) : event.start.precision();
    const int months = wholeMonths(first, end);
    if (known == PartialDate::Precision::Day && months < 1) {
        return countText(QT_TRANSLATE_N_NOOP("crm::TimelineExport", "%n day(s)"), static_cast<int>(days));
    }
    if (known != PartialDate::Precision::Year && months < 12) {
        return countText(QT_TRANSLATE_N_NOOP("crm::TimelineExport", "%n month(s)"), std::max(months, 1));
    }
    const int years = std::max(months / 12, 1);
    const int more = months % 12;
    // "1 year, 6 months" says more than "1 year"; past a few years the months are noise.
    if (known != PartialDate::Precision::Year && years < 3 && more > 0) {
        return tr("%1, %2", "years, months")
            .arg(countText(QT_TRANSLATE_N_NOOP("crm::TimelineExport", "%n year(s)"), years),
                 countText(QT_TRANSLATE_N_NOOP("crm::TimelineExport", "%n month(s)"), more));
    }
    return countText(QT_TRANSLATE_N_NOOP("crm::TimelineExport", "%n year(s)"), years);
}

QString timelineHtml(const QString &subjectTitle, const QList<TimelineEvent> &events, const QLocale &locale,
                     const Clock &clock)
{
    const QDate today = clock.today();
    QStringList subtitle;
    if (!events.isEmpty()) {
        subtitle << yearsCovered(events, today);
    }
    subtitle << countText(QT_TRANSLATE_N_NOOP("crm::TimelineExport", "%n event(s)"), static_cast<int>(events.size()))
             << tr("printed %1").arg(locale.toString(today, QLocale::LongFormat));

    QString html;
    html.reserve(events.size() * 600 + 1024);
    html += u"<html><head><meta charset=\"utf-8\"><title>"_s + escaped(subjectTitle) + u"</title></head><body>\n"_s;
    html += u"<h1 style=\"font-size:18pt;\">"_s + escaped(subjectTitle) + u"</h1>\n"_s;
    html += u"<p style=\"color:#555555;\">"_s + escaped(tr("Timeline")) + u" · "_s + escaped(subtitle.join(u" · "_s)) +
            u"</p>\n"_s;
    if (events.isEmpty()) {
        html += u"<p>"_s + escaped(tr("No events.")) + u"</p>\n"_s;
    }
    std::optional<int> year;
    for (const TimelineEvent &e : events) {
        if (year != e.start.first().year()) {
            year = e.start.first().year();
            html += u"<h2 style=\"font-size:13pt;\">"_s + QString::number(*year) + u"</h2>\n"_s;
        }
        html += eventTable(e, locale, today);
    }
    html += u"</body></html>\n"_s;
    return html;
}

void writeTimelinePdf(const QString &path, const QString &subjectTitle, const QList<TimelineEvent> &events,
                      const QLocale &locale, const Clock &clock)
{
    // QSaveFile opens a temporary file next to the target: a missing or read-only folder fails
    // here, before any rendering, and a failure later leaves no half-written PDF behind.
    QSaveFile file(path);
    if (QFileInfo(path).isDir()) {
        cannotWrite(path, tr("it is a folder"));
    }
    if (!file.open(QIODevice::WriteOnly)) {
        cannotWrite(path, file.errorString());
    }
    // Fonts need the GUI application (the CLI creates one, offscreen, for printing).
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        file.cancelWriting();
        cannotWrite(path, tr("printing needs a QGuiApplication"));
    }

    // Rendered in memory first: the text maps are fixed before the bytes reach the file.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setCreator(u"Delegates CRM"_s);
    writer.setTitle(tr("Timeline: %1").arg(subjectTitle));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 16, 18, 14),
                                     QPageLayout::Millimeter));

    const QFont font = printFont();
    QTextDocument document;
    document.setDefaultFont(font);
    // Lay out at the PDF's resolution, so point sizes and line breaks are those of the paper.
    document.documentLayout()->setPaintDevice(&writer);
    document.setHtml(timelineHtml(subjectTitle, events, locale, clock));

    const QRectF paper = writer.pageLayout().paintRectPixels(writer.resolution());
    QFont footerFont = font;
    footerFont.setPointSizeF(7.5);
    const QFontMetricsF footerMetrics(footerFont, &writer);
    const QSizeF body(paper.width(), paper.height() - footerMetrics.height() * 2.5);
    document.setTextWidth(body.width());
    const QList<std::pair<qreal, qreal>> pages = pageSlices(document, body.height());

    QPainter painter;
    if (!painter.begin(&writer)) {
        file.cancelWriting();
        cannotWrite(path, tr("the PDF could not be started"));
    }
    for (qsizetype page = 0; page < pages.size(); ++page) {
        if (page > 0) {
            writer.newPage();
        }
        const auto [top, bottom] = pages.at(page);
        painter.save();
        painter.translate(0, -top);
        document.drawContents(&painter, QRectF(0, top, body.width(), bottom - top));
        painter.restore();

        painter.setFont(footerFont);
        painter.setPen(QColor(0x66, 0x66, 0x66));
        const QRectF footer(0, paper.height() - footerMetrics.height(), paper.width(), footerMetrics.height());
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                         footerMetrics.elidedText(subjectTitle, Qt::ElideRight, paper.width() * 0.7));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                         tr("Page %1 of %2").arg(page + 1).arg(pages.size()));
    }
    if (!painter.end()) {
        file.cancelWriting();
        cannotWrite(path, tr("the PDF could not be finished"));
    }
    QByteArray pdf = buffer.data();
    fixCjkTextMaps(pdf);
    if (file.write(pdf) != pdf.size() || !file.commit()) {
        cannotWrite(path, file.errorString());
    }
}

} // namespace crm
