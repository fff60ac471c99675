#pragma once

#include <QString>

// Something wrong with a form schema, and where it is: a place in the JSON
// ("fields[3].visibleWhen.any[1].field", "line 14, column 3").
struct FormProblem
{
    QString place;
    QString message;

    // "place: message", as the designer and the command line show it.
    QString text() const { return place.isEmpty() ? message : place + u": " + message; }

    bool operator==(const FormProblem &) const = default;
};
