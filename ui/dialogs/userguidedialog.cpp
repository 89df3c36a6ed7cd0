#include "userguidedialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QImage>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {

// Screenshots are taken at full window size: shown at most as wide as the page, so the guide never
// scrolls sideways.
class GuideBrowser final : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;

    QVariant loadResource(int type, const QUrl &name) override
    {
        QVariant resource = QTextBrowser::loadResource(type, name);
        if (type != QTextDocument::ImageResource) {
            return resource;
        }
        QImage image = resource.userType() == QMetaType::QImage ? resource.value<QImage>()
                                                                : QImage::fromData(resource.toByteArray());
        // Measured before the vertical scroll bar appears, so its width is kept free as well.
        const int width = viewport()->width() - 2 * static_cast<int>(document()->documentMargin()) -
                          2 * style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
        if (!image.isNull() && width > 0 && image.width() > width) {
            image = image.scaledToWidth(width, Qt::SmoothTransformation);
        }
        return image.isNull() ? resource : QVariant(image);
    }
};

} // namespace

UserGuideDialog::UserGuideDialog(const QUrl &page, QWidget *parent) : QDialog(parent), m_browser(new GuideBrowser(this))
{
    setObjectName(u"userGuideDialog"_s);
    setWindowTitle(tr("Delegates CRM User Guide"));
    m_browser->setObjectName(u"guideBrowser"_s);
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(true); // web addresses go to the browser; the guide's own pages stay here
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *back = buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
    back->setObjectName(u"backButton"_s);
    back->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    const QRect screen = (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    resize(QSize(screen.width() * 2 / 3, screen.height() * 9 / 10));
    m_browser->setSource(page);
}

QUrl UserGuideDialog::readme()
{
    return QUrl(u"qrc:/guide/README.md"_s);
}

UserGuideDialog *UserGuideDialog::showPage(QWidget *parent, const QUrl &page)
{
    auto *dialog = new UserGuideDialog(page, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

} // namespace crm::ui
