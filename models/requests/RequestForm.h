#pragma once

#include "forms/FormSchema.h"

#include <QJsonObject>

// A request's answers with the form version they were filled against: the
// labels and choices to show them with, whatever the form has become since.
struct RequestForm
{
    qint64 requestId = 0;
    qint64 serviceId = 0;
    int formVersion = 0;
    FormSchema schema;
    QJsonObject answers;
};
