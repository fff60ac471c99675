#include "FormDesignerProblemList.h"

#include <QRegularExpression>
#include <QStyle>

using namespace Qt::StringLiterals;

FormDesignerProblemList::FormDesignerProblemList(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(u"problemList"_s);
    setWordWrap(true);
    setIconSize(QSize(16, 16));
    hide();
    const auto activate = [this](QListWidgetItem *item) {
        const int index = item->data(Qt::UserRole).toInt();
        if (index >= 0)
            emit fieldActivated(index);
    };
    connect(this, &QListWidget::itemClicked, this, activate);
    connect(this, &QListWidget::itemActivated, this, activate);
}

void FormDesignerProblemList::setProblems(const QList<FormProblem> &problems,
                                          const QList<FormField> &fields)
{
    clear();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const FormProblem &problem : problems) {
        int index = -1;
        auto *item = new QListWidgetItem(warning, describe(problem, fields, &index), this);
        item->setData(Qt::UserRole, index);
        item->setToolTip(index < 0 ? problem.place
                                   : tr("%1\nClick to select the field.").arg(problem.place));
    }
    // As tall as its problems, up to five of them.
    const int rows = qBound(1, int(problems.size()), 5);
    setFixedHeight(rows * qMax(sizeHintForRow(0), fontMetrics().height() + 4) + 2 * frameWidth() +
                   4);
    setVisible(!problems.isEmpty());
}

QString FormDesignerProblemList::describe(const FormProblem &problem,
                                          const QList<FormField> &fields, int *fieldIndex)
{
    static const QRegularExpression fieldPlace(u"\\Afields\\[(\\d+)\\]"_s);
    const QRegularExpressionMatch match = fieldPlace.match(problem.place);
    *fieldIndex = match.hasMatch() ? match.captured(1).toInt() : -1;
    if (*fieldIndex < 0 || *fieldIndex >= fields.size()) {
        *fieldIndex = -1;
        return problem.text();
    }
    const FormField &field = fields.at(*fieldIndex);
    const QString name = field.label.trimmed().isEmpty() ? field.key : field.label.trimmed();
    return tr("\"%1\": %2").arg(name, problem.message);
}
