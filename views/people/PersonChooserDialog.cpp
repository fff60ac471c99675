#include "PersonChooserDialog.h"

#include "catalog/TextFolding.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString rolesText(Person::Roles roles)
{
    QStringList texts;
    for (const Person::Role role : Person::allRoles()) {
        if (roles.testFlag(role))
            texts << Person::roleText(role);
    }
    return texts.join(u", "_s);
}

} // namespace

PersonChooserDialog::PersonChooserDialog(const QList<Person> &people, qint64 currentId,
                                         QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit)
    , m_list(new QListWidget)
{
    setObjectName(u"personChooser"_s);
    setWindowTitle(tr("Switch Person"));
    for (const Person &person : people) {
        if (person.active)
            m_people.append(person);
    }

    auto *intro = new QLabel(tr("Act as another person. In single-seat mode this is not a "
                                "security boundary: anyone at this desk can switch."));
    intro->setWordWrap(true);
    m_filter->setObjectName(u"personFilter"_s);
    m_filter->setPlaceholderText(tr("Type a name or a login"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(u"personList"_s);
    for (const Person &person : std::as_const(m_people)) {
        auto *item = new QListWidgetItem(
            tr("%1 (%2) — %3").arg(person.displayName, person.login, rolesText(person.roles)),
            m_list);
        item->setData(Qt::UserRole, person.id);
        if (person.id == currentId)
            m_list->setCurrentItem(item);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Switch"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &PersonChooserDialog::filter);
    connect(m_list, &QListWidget::currentItemChanged, this, &PersonChooserDialog::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(480, 420);
    updateButtons();
}

void PersonChooserDialog::filter(const QString &text)
{
    const QString wanted = TextFolding::fold(text.trimmed());
    QListWidgetItem *firstShown = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const bool shown = wanted.isEmpty() || TextFolding::fold(item->text()).contains(wanted);
        item->setHidden(!shown);
        if (shown && !firstShown)
            firstShown = item;
    }
    if (m_list->currentItem() == nullptr || m_list->currentItem()->isHidden())
        m_list->setCurrentItem(firstShown);
    updateButtons();
}

void PersonChooserDialog::updateButtons()
{
    QListWidgetItem *item = m_list->currentItem();
    m_ok->setEnabled(item && !item->isHidden());
}

Person PersonChooserDialog::person() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || item->isHidden())
        return {};
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    for (const Person &person : m_people) {
        if (person.id == id)
            return person;
    }
    return {};
}
