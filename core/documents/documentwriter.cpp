#include "documentwriter.h"

#include "domain/bidi.h"
#include "domain/error.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStringList>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
struct DocumentWriterTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::DocumentWriter)
};

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
// ideograph (⽮ U+2F6E for 矢 U+77E2) or an Arabic presentation form that stands for one letter
// (ﻣ U+FEE3 for م U+0645); same length, so every offset in the PDF stays right. Ligatures such as
// ﻻ (two letters) are left alone.
void preferPlainForm(QByteArray &pdf, qsizetype i)
{
    const std::optional<char16_t> code = hexToken(pdf, i);
    const auto within = [&](char16_t from, char16_t to) { return *code >= from && *code <= to; };
    if (!code || !(within(0x2E80, 0x2FDF) || within(0xFB50, 0xFDFF) || within(0xFE70, 0xFEFF))) {
        return;
    }
    const QString plain = QString(QChar(*code)).normalized(QString::NormalizationForm_KC);
    if (plain.size() != 1 || plain.front().unicode() == *code) {
        return;
    }
    const QByteArray hex = QByteArray::number(plain.front().unicode(), 16).toUpper().rightJustified(4, '0');
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
// The shipped IPA Gothic maps no radicals, so it never needs this; it stays as the safety net for
// ideographs IPA Gothic lacks (彐, simplified 龟) that Qt draws from a fallback CJK font. Arabic
// letters have the same trap: the glyph of an initial م is named only by its presentation form.
void fixTextMaps(QByteArray &pdf)
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
                preferPlainForm(pdf, tokens.at(k + 1));
                k += 2;
            } else if (k + 2 < tokens.size() && pdf.at(tokens.at(k + 2)) == '[') {
                for (k += 3; k < tokens.size() && pdf.at(tokens.at(k)) != ']'; ++k) {
                    preferPlainForm(pdf, tokens.at(k));
                }
                ++k;
            } else if (k + 2 < tokens.size()) {
                if (hexToken(pdf, tokens.at(k)) == hexToken(pdf, tokens.at(k + 1))) {
                    preferPlainForm(pdf, tokens.at(k + 2));
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

// Where a page must begin: above a block or a table styled "page-break-before: always" (each
// meeting of a mission booklet).
QList<qreal> forcedPageBreaks(const QTextDocument &document)
{
    QList<qreal> breaks;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *frame = it.currentFrame()) {
            if (frame->frameFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) {
                breaks << layout->frameBoundingRect(frame).top();
            }
        } else if (it.currentBlock().blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) {
            breaks << layout->blockBoundingRect(it.currentBlock()).top();
        }
    }
    return breaks;
}

// The document, laid out as one long page, cut into slices [top, bottom) of at most pageHeight at
// the page breaks: an event never straddles two pages unless it is longer than a page.
QList<std::pair<qreal, qreal>> pageSlices(const QTextDocument &document, qreal pageHeight)
{
    const QList<qreal> breaks = pageBreaks(document);
    const QList<qreal> forced = forcedPageBreaks(document);
    const qreal height = document.size().height();
    QList<std::pair<qreal, qreal>> slices;
    qreal top = 0;
    while (top < height - 1) {
        qreal bottom = std::min(top + pageHeight, height);
        const auto force = std::find_if(forced.cbegin(), forced.cend(), [&](qreal y) { return y > top + 1; });
        if (force != forced.cend() && *force < bottom) {
            bottom = *force;
        } else if (bottom < height) {
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
    throw Error(Error::Kind::Invalid,
                DocumentWriterTr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason));
}
} // namespace

// Latin text from a Latin font, Japanese names (矢崎総業) from a CJK one, Arabic from an Arabic
// one: the first family installed of each list wins, and none installed still prints with the
// system's fallback. Latin comes first also because Qt maps the glyphs of a CJK OpenType font
// back to text through its character map alone: digits shaped in a Latin run of Noto Sans CJK
// get glyphs the map does not name, and the PDF's text (copy, search) would lose them.
// Japanese comes from the IPA Gothic compiled into crm_core (resources/fonts), so PDFs are the
// same on every platform and their kanji copy as kanji: Noto Sans CJK, IPAex Gothic, Meiryo and
// Yu Gothic share one glyph between 山 and the radical ⼭ (see fixTextMaps), IPA Gothic does not.
QFont printFont()
{
    // Registered once, by the first thread that prints; the shipped family is then installed.
    static const QString shippedJapanese = [] {
        const QStringList families =
            QFontDatabase::applicationFontFamilies(QFontDatabase::addApplicationFont(u":/crm/fonts/ipag.ttf"_s));
        return families.isEmpty() ? u"IPAGothic"_s : families.front();
    }();
    static const QStringList latin{u"Noto Sans"_s, u"DejaVu Sans"_s, u"Arial"_s};
    static const QStringList japanese{
        shippedJapanese,  u"Noto Sans CJK JP"_s, u"Noto Sans JP"_s, u"Source Han Sans JP"_s,
        u"IPAexGothic"_s, u"Yu Gothic"_s,        u"Meiryo"_s};
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
    // Any letter spacing makes Qt shape without the optional Latin ligatures: "ﬁ" in "briefing"
    // would otherwise reach the PDF's text as one character, and a search for "briefing" fails.
    // Required ligatures (Arabic lam-alef) and cursive joining are kept.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02); // the smallest Qt keeps (1/64)
    return font;
}

QPageLayout documentPageLayout(QPageSize::PageSizeId size)
{
    return QPageLayout(QPageSize(size), QPageLayout::Portrait, QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
}

namespace {
// The document laid out on the device's pages as paintPagedDocument() paints them.
struct PageGeometry
{
    QRectF paper;
    QFont footerFont;
    qreal headerHeight = 0;
    QSizeF body;
    QList<std::pair<qreal, qreal>> pages;
};

// Every device lays a document out as writePdfDocument() does: on its own page, but at the PDF
// writer's resolution. Fonts hint and lines break a little differently at 300 or 600 dpi (or the
// preview's screen resolution), which over a booklet moves page breaks; laid out once, painted
// scaled, the printer's pages are those the contents were numbered from (documentPages()).
class LayoutDevice
{
public:
    explicit LayoutDevice(const QPageLayout &layout) : m_writer(&m_buffer)
    {
        m_buffer.open(QIODevice::WriteOnly); // never written: nothing is painted on it
        m_writer.setPageLayout(layout);
    }
    QPagedPaintDevice &device() { return m_writer; }

private:
    QBuffer m_buffer;
    QPdfWriter m_writer;
};

PageGeometry layOutPages(QTextDocument &document, QPaintDevice &layoutDevice, const QPageLayout &page,
                         const QString &html, const PageFrame &frame)
{
    const QFont font = printFont();
    document.setDefaultFont(font);
    // Lay out at the PDF's resolution, so point sizes and line breaks are those of the paper.
    document.documentLayout()->setPaintDevice(&layoutDevice);
    document.setHtml(html);

    PageGeometry geometry;
    geometry.paper = page.paintRectPixels(layoutDevice.logicalDpiX());
    geometry.footerFont = font;
    // In pixels of the layout: the painter is scaled to the device, and a point size would be
    // resolved for the device and then scaled once more.
    geometry.footerFont.setPixelSize(qRound(7.5 * layoutDevice.logicalDpiY() / 72.0));
    const QFontMetricsF footerMetrics(geometry.footerFont, &layoutDevice);
    geometry.headerHeight = frame.header.isEmpty() ? 0.0 : footerMetrics.height() * 2.5;
    geometry.body =
        QSizeF(geometry.paper.width(), geometry.paper.height() - geometry.headerHeight - footerMetrics.height() * 2.5);
    document.setTextWidth(geometry.body.width());
    geometry.pages = pageSlices(document, geometry.body.height());
    return geometry;
}
} // namespace

bool paintPagedDocument(QPagedPaintDevice &device, const QString &html, const PageFrame &frame)
{
    LayoutDevice layoutDevice(device.pageLayout());
    QTextDocument document;
    const PageGeometry geometry = layOutPages(document, layoutDevice.device(), device.pageLayout(), html, frame);
    const auto &[paper, footerFont, headerHeight, body, pages] = geometry;
    const QFontMetricsF footerMetrics(footerFont, &layoutDevice.device());

    QPainter painter;
    if (!painter.begin(&device)) {
        return false;
    }
    painter.scale(qreal(device.logicalDpiX()) / layoutDevice.device().logicalDpiX(),
                  qreal(device.logicalDpiY()) / layoutDevice.device().logicalDpiY());
    for (qsizetype page = 0; page < pages.size(); ++page) {
        if (page > 0) {
            device.newPage();
        }
        const auto [top, bottom] = pages.at(page);
        painter.save();
        painter.translate(0, headerHeight - top);
        // The next page's first block begins at bottom: the layout draws a block that touches the
        // clip, and a PDF keeps clipped text, so the next heading would also be on this page for
        // a reader's search. Stopping a hair (1/1200 in) short of it leaves it to its own page.
        document.drawContents(&painter, QRectF(0, top, body.width(), std::max(bottom - top - 1.0, 1.0)));
        painter.restore();

        painter.setFont(footerFont);
        painter.setPen(QColor(0x66, 0x66, 0x66));
        if (!frame.header.isEmpty()) {
            const QRectF header(0, 0, paper.width(), footerMetrics.height());
            painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                             footerMetrics.elidedText(frame.header, Qt::ElideRight, paper.width()));
            const qreal rule = footerMetrics.height() * 1.6;
            painter.drawLine(QPointF(0, rule), QPointF(paper.width(), rule));
        }
        const QRectF footer(0, paper.height() - footerMetrics.height(), paper.width(), footerMetrics.height());
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                         footerMetrics.elidedText(frame.footer, Qt::ElideRight, paper.width() * 0.7));
        const QString pageNumbers =
            frame.pageNumbers.isEmpty() ? DocumentWriterTr::tr("Page %1 of %2") : frame.pageNumbers;
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, pageNumbers.arg(page + 1).arg(pages.size()));
    }
    return painter.end();
}

void writePdfDocument(const QString &path, const QString &html, const QString &documentTitle, const PageFrame &frame)
{
    // QSaveFile opens a temporary file next to the target: a missing or read-only folder fails
    // here, before any rendering, and a failure later leaves no half-written PDF behind.
    QSaveFile file(path);
    if (QFileInfo(path).isDir()) {
        cannotWrite(path, DocumentWriterTr::tr("it is a folder"));
    }
    if (!file.open(QIODevice::WriteOnly)) {
        cannotWrite(path, file.errorString());
    }
    // Fonts need the GUI application (the CLI creates one, offscreen, for printing).
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        file.cancelWriting();
        cannotWrite(path, DocumentWriterTr::tr("printing needs a QGuiApplication"));
    }

    // Rendered in memory first: the text maps are fixed before the bytes reach the file.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setCreator(u"Delegates CRM"_s);
    writer.setTitle(withoutIsolates(documentTitle)); // metadata, read by machines: names as stored
    writer.setPageLayout(documentPageLayout(frame.pageSize));

    if (!paintPagedDocument(writer, html, frame)) {
        file.cancelWriting();
        cannotWrite(path, DocumentWriterTr::tr("the PDF could not be written"));
    }
    QByteArray pdf = buffer.data();
    fixTextMaps(pdf);
    if (file.write(pdf) != pdf.size() || !file.commit()) {
        cannotWrite(path, file.errorString());
    }
}

DocumentPages documentPages(const QString &html, const PageFrame &frame)
{
    LayoutDevice layoutDevice(documentPageLayout(frame.pageSize)); // as paintPagedDocument() lays it out
    QTextDocument document;
    const PageGeometry geometry =
        layOutPages(document, layoutDevice.device(), documentPageLayout(frame.pageSize), html, frame);
    DocumentPages result;
    result.count = static_cast<int>(geometry.pages.size());
    const auto pageAt = [&](qreal y) {
        const auto slice = std::find_if(geometry.pages.cbegin(), geometry.pages.cend(),
                                        [&](const auto &page) { return y < page.second; });
        return static_cast<int>(std::distance(geometry.pages.cbegin(), slice)) + 1;
    };
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            for (const QString &name : fragment.charFormat().anchorNames()) {
                if (!result.anchors.contains(name)) {
                    const QTextLine line = block.layout()->lineForTextPosition(fragment.position() - block.position());
                    const qreal y = layout->blockBoundingRect(block).top() + (line.isValid() ? line.y() : 0.0);
                    result.anchors.insert(name, std::min(pageAt(y), result.count));
                }
            }
        }
    }
    return result;
}

} // namespace crm
