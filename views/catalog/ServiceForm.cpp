#include "ServiceForm.h"

#include "PersonPicker.h"
#include "catalog/CatalogStore.h"
#include "common/IconLibrary.h"
#include "common/MarkdownEdit.h"
#include "common/MessageBar.h"
#include "forms/FormDesignerSummary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLabel *problemLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #c0221b;"_s);
    label->hide();
    return label;
}

void showProblem(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

// A field with its problem label underneath.
QVBoxLayout *withProblem(QLayout *field, QLabel *problem)
{
    auto *column = new QVBoxLayout;
    column->setSpacing(2);
    column->addLayout(field);
    column->addWidget(problem);
    return column;
}

QHBoxLayout *row(std::initializer_list<QWidget *> widgets, bool stretch = false)
{
    auto *layout = new QHBoxLayout;
    for (QWidget *widget : widgets)
        layout->addWidget(widget);
    if (stretch)
        layout->addStretch(1);
    return layout;
}

// A form label for a field that sits in a layout, so that its & shortcut
// still reaches the field.
QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

QStringList keywordsOf(const QString &text)
{
    QStringList keywords;
    for (const QString &word : text.split(u',', Qt::SkipEmptyParts)) {
        if (!word.trimmed().isEmpty())
            keywords << word.trimmed();
    }
    return keywords;
}

} // namespace

ServiceForm::ServiceForm(const CatalogStore &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
{
    setObjectName(u"serviceForm"_s);
    createFields();

    auto *fields = new QFormLayout;
    fields->addRow(buddyLabel(tr("&Name:"), m_name), withProblem(row({m_name}), m_nameProblem));
    fields->addRow(tr("&Description:"), createDescriptionEditor());
    fields->addRow(tr("&Keywords:"), m_keywords);
    fields->addRow(tr("&Category:"), m_category);
    fields->addRow(QString(), m_active);
    fields->addRow(QString(), m_requiresApproval);
    fields->addRow(tr("Approver &rule:"), m_approverRule);
    fields->addRow(buddyLabel(tr("Designated &approver:"), m_approver),
                   withProblem(row({m_approver}), m_approverProblem));
    fields->addRow(tr("&Fulfilment team:"), m_team);
    fields->addRow(
        buddyLabel(tr("Estimated &delay:"), m_delaySet),
        withProblem(row({m_delaySet, m_delayAmount, m_delayUnit}, true), m_delayProblem));
    fields->addRow(tr("S&LA policy:"), m_slaPolicy);
    fields->addRow(tr("Request &form:"), m_form);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_delete);
    buttons->addWidget(m_duplicate);
    buttons->addStretch(1);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_messageBar);
    layout->addLayout(fields);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &ServiceForm::saveRequested);
    connect(m_duplicate, &QPushButton::clicked, this, &ServiceForm::duplicateRequested);
    connect(m_delete, &QPushButton::clicked, this, &ServiceForm::deleteRequested);
    for (QLineEdit *edit : {m_name, m_keywords, static_cast<QLineEdit *>(m_approver)})
        connect(edit, &QLineEdit::textChanged, this, &ServiceForm::revalidate);
    connect(m_description, &MarkdownEdit::changed, this, &ServiceForm::revalidate);
    for (QComboBox *combo : {m_category, m_approverRule, m_team, m_delayUnit, m_slaPolicy})
        connect(combo, &QComboBox::currentIndexChanged, this, &ServiceForm::revalidate);
    for (QCheckBox *box : {m_active, m_requiresApproval, m_delaySet})
        connect(box, &QCheckBox::toggled, this, &ServiceForm::revalidate);
    connect(m_delayAmount, &QSpinBox::valueChanged, this, &ServiceForm::revalidate);
    connect(m_approver, &PersonPicker::personChanged, this, &ServiceForm::revalidate);
    connect(m_form, &FormDesignerSummary::schemaEdited, this, &ServiceForm::revalidate);
    // The keys of every published version, read when the designer opens.
    m_form->setKeysFunction([this]() -> Result<QStringList> {
        if (m_loaded.id == 0)
            return QStringList();
        return m_catalog.formKeysEverUsed(m_loaded.id);
    });
}

void ServiceForm::createFields()
{
    m_messageBar = new MessageBar;
    m_messageBar->setObjectName(u"serviceWarning"_s);
    m_title = new QLabel;
    m_title->setObjectName(u"serviceFormTitle"_s);
    m_title->setStyleSheet(u"font-size: 15pt; font-weight: 600;"_s);

    m_name = new QLineEdit;
    m_name->setObjectName(u"serviceName"_s);
    m_nameProblem = problemLabel(u"serviceNameProblem"_s);
    m_keywords = new QLineEdit;
    m_keywords->setObjectName(u"serviceKeywords"_s);
    m_keywords->setPlaceholderText(tr("Words people search for, separated by commas"));
    m_category = new QComboBox;
    m_category->setObjectName(u"serviceCategory"_s);
    m_active = new QCheckBox(tr("A&ctive: requesters can ask for this service"));
    m_active->setObjectName(u"serviceActive"_s);
    m_requiresApproval = new QCheckBox(tr("Requires a&pproval"));
    m_requiresApproval->setObjectName(u"serviceRequiresApproval"_s);

    m_approverRule = new QComboBox;
    m_approverRule->setObjectName(u"serviceApproverRule"_s);
    for (const auto rule : {Service::ApproverRule::Manager, Service::ApproverRule::TeamLead,
                            Service::ApproverRule::Designated})
        m_approverRule->addItem(Service::approverRuleText(rule), int(rule));
    m_approver = new PersonPicker;
    m_approver->setObjectName(u"serviceApprover"_s);
    m_approverProblem = problemLabel(u"serviceApproverProblem"_s);

    m_team = new QComboBox;
    m_team->setObjectName(u"serviceTeam"_s);
    m_delaySet = new QCheckBox(tr("Estimate:"));
    m_delaySet->setObjectName(u"serviceDelaySet"_s);
    m_delayAmount = new QSpinBox;
    m_delayAmount->setObjectName(u"serviceDelayAmount"_s);
    m_delayAmount->setRange(0, 9999);
    m_delayUnit = new QComboBox;
    m_delayUnit->setObjectName(u"serviceDelayUnit"_s);
    m_delayUnit->addItem(tr("hours"), int(Service::DelayUnit::Hours));
    m_delayUnit->addItem(tr("days"), int(Service::DelayUnit::Days));
    m_delayProblem = problemLabel(u"serviceDelayProblem"_s);
    m_slaPolicy = new QComboBox;
    m_slaPolicy->setObjectName(u"serviceSla"_s);
    m_form = new FormDesignerSummary;

    m_save = new QPushButton(tr("&Save"));
    m_save->setObjectName(u"serviceSave"_s);
    m_save->setDefault(true);
    m_duplicate = new QPushButton(tr("D&uplicate"));
    m_duplicate->setObjectName(u"serviceDuplicate"_s);
    m_delete = new QPushButton(tr("&Delete Service"));
    m_delete->setObjectName(u"serviceDelete"_s);
}

QWidget *ServiceForm::createDescriptionEditor()
{
    // Stored as Markdown, which the portal and the detail panel render.
    m_description = new MarkdownEdit;
    m_description->setObjectName(u"serviceDescriptionEditor"_s);
    m_description->textEdit()->setObjectName(u"serviceDescription"_s);
    m_description->textEdit()->setMinimumHeight(110);
    m_description->textEdit()->setMaximumHeight(200);
    return m_description;
}

void ServiceForm::fillChoices(const Choices &choices)
{
    m_category->clear();
    for (const Category &category : choices.categories)
        m_category->addItem(IconLibrary::icon(category.icon, u"folder"_s), category.name,
                            category.id);
    m_approver->setPeople(choices.people);
    m_form->setPeople(choices.people);
    m_team->clear();
    m_team->addItem(tr("Not assigned"), qint64(0));
    for (const Team &team : choices.teams)
        m_team->addItem(team.name, team.id);
    m_slaPolicy->clear();
    m_slaPolicy->addItem(tr("None"), qint64(0));
    for (const auto &[id, name] : choices.slaPolicies)
        m_slaPolicy->addItem(name, id);
}

void ServiceForm::load(const Service &service, const Choices &choices)
{
    m_loading = true;
    m_loaded = service;
    m_messageBar->clearMessage();
    m_title->setText(service.id == 0 ? tr("New service") : service.name);
    fillChoices(choices);

    m_name->setText(service.name);
    m_description->setMarkdown(service.description);
    m_keywords->setText(service.keywords.join(u", "_s));
    m_category->setCurrentIndex(m_category->findData(service.categoryId));
    m_active->setChecked(service.active);
    m_requiresApproval->setChecked(service.requiresApproval);
    m_approverRule->setCurrentIndex(m_approverRule->findData(int(service.approverRule)));
    m_approver->setPersonId(service.designatedApproverId);
    m_team->setCurrentIndex(qMax(0, m_team->findData(service.fulfilmentTeamId)));
    m_delaySet->setChecked(service.estimatedDelayAmount > 0);
    m_delayAmount->setValue(service.estimatedDelayAmount);
    m_delayUnit->setCurrentIndex(m_delayUnit->findData(int(service.estimatedDelayUnit)));
    m_slaPolicy->setCurrentIndex(qMax(0, m_slaPolicy->findData(service.slaPolicyId)));
    m_form->setSchema(service.formSchema);
    m_delete->setVisible(service.id != 0);
    m_duplicate->setVisible(service.id != 0);

    // The editor writes Markdown back its own way: compare with that, so
    // that merely showing a service is no edit.
    m_loading = false;
    m_loaded.description = this->service().description;
    revalidate();
}

Service ServiceForm::service() const
{
    Service service = m_loaded;
    service.name = m_name->text().trimmed();
    service.description = m_description->markdown();
    service.keywords = keywordsOf(m_keywords->text());
    service.categoryId = m_category->currentData().toLongLong();
    service.active = m_active->isChecked();
    service.requiresApproval = m_requiresApproval->isChecked();
    service.approverRule = Service::ApproverRule(m_approverRule->currentData().toInt());
    service.designatedApproverId = m_approver->personId();
    service.fulfilmentTeamId = m_team->currentData().toLongLong();
    service.estimatedDelayAmount = m_delaySet->isChecked() ? m_delayAmount->value() : 0;
    service.estimatedDelayUnit = Service::DelayUnit(m_delayUnit->currentData().toInt());
    service.slaPolicyId = m_slaPolicy->currentData().toLongLong();
    service.formSchema = m_form->schema();
    return service;
}

bool ServiceForm::isModified() const
{
    return m_loaded.id == 0 || service() != m_loaded;
}

void ServiceForm::updateApproverWidgets()
{
    const bool approval = m_requiresApproval->isChecked();
    m_approverRule->setEnabled(approval);
    m_approver->setEnabled(approval);
    m_delayAmount->setEnabled(m_delaySet->isChecked());
    m_delayUnit->setEnabled(m_delaySet->isChecked());
}

void ServiceForm::revalidate()
{
    if (m_loading)
        return;
    updateApproverWidgets();
    const Service current = service();

    // Field by field first, so that each message stands beside its field.
    QString nameProblem;
    if (current.name.isEmpty())
        nameProblem = tr("A service needs a name.");
    QString approverProblem;
    if (current.requiresApproval && current.approverRule == Service::ApproverRule::Designated &&
        current.designatedApproverId == 0)
        approverProblem = m_approver->text().trimmed().isEmpty()
                              ? tr("Choose the person who approves.")
                              : tr("Nobody is named \"%1\": choose a person from the list.")
                                    .arg(m_approver->text().trimmed());
    QString delayProblem;
    if (m_delaySet->isChecked() && m_delayAmount->value() <= 0)
        delayProblem = tr("The estimated delay must be a positive number.");

    // Then the store's rules (a name clash among the category's services).
    if (nameProblem.isEmpty() && approverProblem.isEmpty() && delayProblem.isEmpty()) {
        if (const Status check = m_catalog.checkService(current); !check)
            nameProblem = check.error();
    }
    showProblem(m_nameProblem, nameProblem);
    showProblem(m_approverProblem, approverProblem);
    showProblem(m_delayProblem, delayProblem);

    m_valid = nameProblem.isEmpty() && approverProblem.isEmpty() && delayProblem.isEmpty();
    m_save->setEnabled(m_valid && isModified());
    m_messageBar->showMessage(MessageBar::Kind::Warning,
                              m_warningFor ? m_warningFor(current) : QString());
    emit modifiedChanged();
}
