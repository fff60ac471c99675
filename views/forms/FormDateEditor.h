#pragma once

#include "FormFieldEditor.h"

class FormDateEdit;
class QToolButton;

// Date and date-time fields: an editor with a calendar, empty until the
// requester picks a date, and a button that empties it again. A date answers
// "2026-12-07"; a date and time answers in ISO 8601 with the local offset
// from UTC, "2026-12-07T09:30:00+01:00".
class FormDateEditor : public FormFieldEditor
{
    Q_OBJECT

public:
    explicit FormDateEditor(const FormField &field, QWidget *parent = nullptr);

    QJsonValue answer() const override;
    void setAnswer(const QJsonValue &answer) override;
    QList<QWidget *> focusWidgets() const override;

    // "2026-12-07T09:30:00+01:00", the offset always written out.
    static QString isoText(const QDateTime &local);

private:
    void updateClear();

    FormDateEdit *m_edit = nullptr;
    QToolButton *m_clear = nullptr;
    bool m_filling = false;
};
