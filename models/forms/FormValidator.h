#pragma once

#include "FormSchema.h"
#include "FormValidation.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

// The one check of a form's answers, run by the renderer at each keystroke
// and by the store before it writes a request: which fields the conditions
// show, whether each shown field's answer is valid, and the answers to keep.
// A hidden field is neither required nor kept, whatever it holds; keys the
// form does not know are dropped.
class FormValidator
{
    Q_DECLARE_TR_FUNCTIONS(FormValidator)

public:
    // today decides "not in the past" and "N days ahead"; tests pass a
    // fixed one.
    static FormValidation validate(const FormSchema &schema, const QJsonObject &answers,
                                   QDate today = QDate::currentDate());
};
