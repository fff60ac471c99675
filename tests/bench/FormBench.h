#pragma once

#include <QList>
#include <QString>

class FormSchema;

// Times what a requester waits for on a large request form: the form
// appearing, and each keystroke in a field that conditions read. Needs no
// database; prints one JSON line per measure, as CatalogBench does:
// {"bench": "...", "backend": "none", "ms": ..., "cpu_ms": ...}: medians of
// the wall time and of the processor time of the main thread.
class FormBench
{
public:
    // False when the generated form is refused.
    bool run();

    static constexpr int fieldCount = 200;
    static constexpr int conditionCount = 50;

    struct Time
    {
        double wallMs = 0;
        double cpuMs = 0;
    };

private:
    void validate(const FormSchema &schema);
    void render(const FormSchema &schema);
    void rerender(const FormSchema &schema);
    void type(const FormSchema &schema);

    void print(const QString &bench, const QList<Time> &times, const QString &extra = {}) const;
    static double median(QList<double> values);
};
