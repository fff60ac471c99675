#include "FormDesignerSummary.h"

#include "FormDesignerDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

FormDesignerSummary::FormDesignerSummary(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"formDesignerSummary"_s);
    m_summary = new QLabel;
    m_summary->setObjectName(u"formSummary"_s);
    m_summary->setWordWrap(true);
    m_design = new QPushButton(tr("Design Form…"));
    m_design->setObjectName(u"designFormButton"_s);
    m_design->setToolTip(tr("Choose what requesters fill in when they ask for this service"));
    setFocusProxy(m_design);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_design);
    connect(m_design, &QPushButton::clicked, this, &FormDesignerSummary::openDesigner);
    setSchema(FormSchema().toJson());
}

void FormDesignerSummary::setSchema(const QJsonObject &schema)
{
    m_schema = schema;
    QList<FormProblem> problems;
    const std::optional<FormSchema> form = FormSchema::fromJson(schema, &problems);
    // The store checks every form it keeps: this is for a damaged database.
    m_design->setEnabled(form.has_value());
    m_summary->setText(form ? summaryText(*form)
                            : tr("The form cannot be read: %1").arg(problems.value(0).text()));
}

QString FormDesignerSummary::summaryText(const FormSchema &schema)
{
    int fields = 0;
    int conditional = 0;
    for (const FormField &field : schema.fields()) {
        if (!field.hasAnswer())
            continue;
        ++fields;
        if (!field.visibleWhen.isAlways())
            ++conditional;
    }
    if (fields == 0)
        return tr("No form: requesters only confirm.");
    return tr("%n field(s), %1 conditional", nullptr, fields).arg(conditional);
}

void FormDesignerSummary::openDesigner()
{
    const Result<QStringList> keys = m_keysOf ? m_keysOf() : Result<QStringList>(QStringList());
    if (!keys) {
        // A key used before could be given again to another question.
        QMessageBox::warning(this, tr("Form Designer"),
                             tr("The keys this form has used cannot be read, so the designer "
                                "cannot make sure new fields get new ones: %1")
                                 .arg(keys.error()));
        return;
    }
    QList<FormProblem> problems;
    const std::optional<FormSchema> form = FormSchema::fromJson(m_schema, &problems);
    if (!form)
        return;

    auto *dialog = new FormDesignerDialog(*form, *keys, m_people, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Compared as forms: the JSON written back may differ in form only.
    connect(dialog, &QDialog::accepted, this, [this, dialog, before = *form] {
        if (dialog->schema() == before)
            return;
        setSchema(dialog->schema().toJson());
        emit schemaEdited();
    });
    dialog->open();
}
