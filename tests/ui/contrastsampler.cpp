#include "contrastsampler.h"

#include "contrast.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTextDocumentFragment>
#include <QTreeView>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace crm::test {
namespace {
QString nameOf(const QWidget &widget)
{
    const QString name =
        widget.objectName().isEmpty() ? QString::fromLatin1(widget.metaObject()->className()) : widget.objectName();
    return widget.parentWidget() && !widget.isWindow() ? nameOf(*widget.parentWidget()) + u'/' + name : name;
}

QString plain(const QString &text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

bool isLeftOut(const QWidget &widget)
{
    return !widget.isVisible() || !widget.isEnabled() || widget.visibleRegion().isEmpty();
}
} // namespace

QString ContrastSample::describe() const
{
    return u"%1 \u201c%2\u201d: %3 on %4, %5:1"_s.arg(where, text.left(40), foreground.name(QColor::HexArgb),
                                                      background.name(), QString::number(ratio, 'f', 2));
}

QPalette::ColorGroup ContrastSampler::groupOf(const QWidget &widget)
{
    if (!widget.isEnabled()) {
        return QPalette::Disabled;
    }
    return widget.isActiveWindow() ? QPalette::Active : QPalette::Inactive;
}

QColor ContrastSampler::backgroundOf(const QWidget &widget)
{
    const QPalette::ColorGroup group = groupOf(widget);
    for (const QWidget *w = &widget; w; w = w->parentWidget()) {
        if (w->autoFillBackground() || w->testAttribute(Qt::WA_StyledBackground)) {
            return w->palette().color(group, w->backgroundRole());
        }
        if (w->isWindow()) {
            return w->palette().color(group, QPalette::Window);
        }
    }
    return widget.palette().color(group, QPalette::Window);
}

void ContrastSampler::add(const QString &where, const QString &text, const QColor &foreground, const QColor &background)
{
    m_samples.append({where, text, foreground, background, contrastRatio(foreground, background)});
}

void ContrastSampler::sample(const QWidget &root, const QString &scene)
{
    QList<const QWidget *> widgets{&root};
    for (const QWidget *child : root.findChildren<QWidget *>()) {
        widgets << child;
    }
    static const QRegularExpression colourInHtml(u"color:\\s*(#[0-9a-fA-F]{6})"_s);
    for (const QWidget *widget : std::as_const(widgets)) {
        if (isLeftOut(*widget)) {
            continue;
        }
        const QString where = scene + u": "_s + nameOf(*widget);
        const QPalette::ColorGroup group = groupOf(*widget);
        const QColor foreground = widget->palette().color(group, widget->foregroundRole());
        if (const auto *label = qobject_cast<const QLabel *>(widget)) {
            const QString text = plain(label->text()).trimmed();
            if (text.isEmpty()) {
                continue;
            }
            const QColor background = backgroundOf(*label);
            add(where, text, foreground, background);
            if (label->textFormat() != Qt::PlainText && Qt::mightBeRichText(label->text())) {
                for (const QRegularExpressionMatch &match : colourInHtml.globalMatch(label->text())) {
                    add(where + u" (span)"_s, text, QColor(match.captured(1)), background);
                }
                if (label->text().contains(u"<a "_s)) {
                    add(where + u" (link)"_s, text, label->palette().color(group, QPalette::Link), background);
                }
            }
        } else if (qobject_cast<const QCheckBox *>(widget) || qobject_cast<const QRadioButton *>(widget)) {
            const auto *button = static_cast<const QAbstractButton *>(widget);
            if (!button->text().isEmpty()) {
                add(where, button->text(), foreground, backgroundOf(*button));
            }
        } else if (const auto *view = qobject_cast<const QAbstractItemView *>(widget)) {
            sampleView(*view, where);
        }
    }
}

// The model's foreground and background colours for each cell, or the view's text on its row colours;
// selected cells are the style's to draw (Highlight), and are left out.
void ContrastSampler::sampleView(const QAbstractItemView &view, const QString &scene)
{
    const QAbstractItemModel *model = view.model();
    if (!model) {
        return;
    }
    const auto *tree = qobject_cast<const QTreeView *>(&view);
    const QPalette palette = view.palette();
    const QPalette::ColorGroup group = groupOf(view);
    const int rows = std::min(model->rowCount(view.rootIndex()), 60);
    const int columns = model->columnCount(view.rootIndex());
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            const QModelIndex index = model->index(row, column, view.rootIndex());
            const QString text = index.data(Qt::DisplayRole).toString();
            if (text.isEmpty() || (view.selectionModel() && view.selectionModel()->isSelected(index)) ||
                view.visualRect(index).isEmpty() || (tree && tree->isColumnHidden(column))) {
                continue;
            }
            const QVariant foreground = index.data(Qt::ForegroundRole);
            const QVariant background = index.data(Qt::BackgroundRole);
            const bool alternate = view.alternatingRowColors() && row % 2 == 1;
            add(scene + u" [%1,%2]"_s.arg(row).arg(column), text,
                foreground.isValid() ? foreground.value<QBrush>().color() : palette.color(group, QPalette::Text),
                background.isValid() ? background.value<QBrush>().color()
                                     : palette.color(group, alternate ? QPalette::AlternateBase : QPalette::Base));
        }
    }
}

QList<ContrastSample> ContrastSampler::below(double ratio) const
{
    QList<ContrastSample> found;
    std::copy_if(m_samples.cbegin(), m_samples.cend(), std::back_inserter(found),
                 [ratio](const ContrastSample &s) { return s.ratio < ratio; });
    return found;
}

ContrastSample ContrastSampler::lowest() const
{
    if (m_samples.isEmpty()) {
        return {};
    }
    return *std::min_element(m_samples.cbegin(), m_samples.cend(),
                             [](const ContrastSample &a, const ContrastSample &b) { return a.ratio < b.ratio; });
}

QPalette darkPalette()
{
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor window(0x2b, 0x2b, 0x2b);
    QPalette p(text, QColor(0x35, 0x35, 0x35), QColor(0x47, 0x47, 0x47), QColor(0x1a, 0x1a, 0x1a),
               QColor(0x5a, 0x5a, 0x5a), text, QColor(0xff, 0xff, 0xff), QColor(0x1f, 0x1f, 0x1f), window);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::ToolTipBase, QColor(0x3b, 0x3b, 0x3b));
    p.setColor(QPalette::ToolTipText, QColor(0xf0, 0xf0, 0xf0));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb5));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc8, 0xa2, 0xff));
    QColor placeholder = text;
    placeholder.setAlpha(128);
    p.setColor(QPalette::PlaceholderText, placeholder);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    }
    return p;
}

ApplicationPalette::ApplicationPalette(const QPalette &palette) : m_previous(QApplication::palette())
{
    QApplication::setPalette(palette);
    QApplication::processEvents(); // widgets on show hear of it
}

ApplicationPalette::~ApplicationPalette()
{
    QApplication::setPalette(m_previous);
    QApplication::processEvents();
}

} // namespace crm::test
