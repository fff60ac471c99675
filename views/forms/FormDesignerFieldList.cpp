#include "FormDesignerFieldList.h"

#include "FormDesignerFieldDelegate.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

constexpr int indexRole = Qt::UserRole;

} // namespace

FormDesignerFieldList::FormDesignerFieldList(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(u"fieldList"_s);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setItemDelegate(new FormDesignerFieldDelegate(this));
    setUniformItemSizes(true);

    connect(this, &QListWidget::currentRowChanged, this,
            &FormDesignerFieldList::currentFieldChanged);
    // The drop is still under way: the designer rebuilds the rows after it.
    connect(model(), &QAbstractItemModel::rowsMoved, this,
            [this] { QTimer::singleShot(0, this, &FormDesignerFieldList::reportOrder); });
}

void FormDesignerFieldList::setFields(const QList<FormField> &fields, int current)
{
    const QSignalBlocker blocker(this);
    while (count() > fields.size())
        delete takeItem(count() - 1);
    while (count() < fields.size())
        addItem(new QListWidgetItem);

    for (int i = 0; i < fields.size(); ++i) {
        QListWidgetItem *row = item(i);
        row->setText(rowText(fields.at(i)));
        row->setToolTip(tr("Key: %1").arg(fields.at(i).key));
        row->setData(indexRole, i);
    }
    setCurrentRow(current);
}

QString FormDesignerFieldList::rowText(const FormField &field)
{
    QString label = field.label.trimmed();
    if (label.isEmpty())
        label = field.type == FormField::Type::Section ? tr("(section without heading)")
                                                       : tr("(no label)");
    if (field.required && field.hasAnswer())
        label += u" *"_s;

    QStringList details{FormField::typeText(field.type)};
    if (field.required && field.hasAnswer())
        details << tr("required");
    if (!field.visibleWhen.isAlways())
        details << tr("conditional");
    return label + u'\n' + details.join(u" · "_s);
}

void FormDesignerFieldList::reportOrder()
{
    QList<int> order;
    for (int i = 0; i < count(); ++i)
        order.append(item(i)->data(indexRole).toInt());
    emit reordered(order);
}
