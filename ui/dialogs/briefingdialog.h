#pragma once

#include "documents/briefingdocument.h"
#include "domain/recordkind.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace crm {
class Database;
}

namespace crm::ui {

// Prints a record's briefing document (a meeting briefing, an investor or delegate profile, a
// mission booklet): the officer chooses the document's language, the paper and, optionally, a
// folder of the office's own templates, reads it as it will print, then previews, prints or saves
// it as PDF. The document itself comes from core through the builder given.
class BriefingDialog final : public QDialog
{
    Q_OBJECT

public:
    using Builder = std::function<BriefingDocument(const BriefingOptions &)>;

    explicit BriefingDialog(Builder builder, QWidget *parent = nullptr);
    // Shows the dialog for a record's briefing (buildBriefing()) until the officer closes it.
    static void showFor(QWidget *parent, Database &db, RecordKind kind, const QString &id);

    void setLanguage(const QString &code);
    void setPageSize(QPageSize::PageSizeId size);
    void setTemplateDir(const QString &dir);
    const BriefingDocument &document() const { return m_document; }
    QString statusText() const;

    void rebuild();
    bool savePdf();
    void print();
    void preview();

private:
    BriefingOptions options() const;

    Builder m_builder;
    QComboBox *m_language;
    QComboBox *m_pageSize;
    QLineEdit *m_templateDir;
    QLabel *m_status;
    QTextBrowser *m_view;
    QList<QPushButton *> m_outputs;
    BriefingDocument m_document;
};

} // namespace crm::ui
