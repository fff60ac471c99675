#include "FormBench.h"

#include "forms/FormRenderer.h"
#include "forms/FormSchema.h"
#include "forms/FormValidator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QScrollArea>
#include <QTest>
#include <QTextStream>
#include <algorithm>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

using Type = FormField::Type;
using Op = FormCondition::Operator;

constexpr int repeats = 7;
const QString trigger = u"trigger"_s;

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Wall time, and the processor time of this thread: the other engineers'
// builds on a shared machine stretch the first, not the second.
class Stopwatch
{
public:
    Stopwatch() { m_wall.start(); }
    FormBench::Time elapsed() const
    {
        return {double(m_wall.nsecsElapsed()) / 1e6, threadCpuMs() - m_cpu};
    }

private:
    QElapsedTimer m_wall;
    double m_cpu = threadCpuMs();
};

const QList<Type> types = {Type::Text,   Type::Multiline, Type::Email,       Type::Number,
                           Type::Choice, Type::Choice,    Type::MultiChoice, Type::YesNo,
                           Type::Date,   Type::DateTime,  Type::File,        Type::Person,
                           Type::Section};

FormField makeField(int index)
{
    FormField field;
    field.type = index == 0 ? Type::Text : types.at(index % types.size());
    field.key = index == 0 ? trigger : u"field_%1"_s.arg(index);
    field.label = u"Question number %1"_s.arg(index);
    field.help = index % 3 == 0 ? u"Some help on question %1, long enough to wrap on a narrow "
                                  "window."_s.arg(index)
                                : QString();
    field.required = index % 5 == 0;
    field.placeholder = u"Answer %1"_s.arg(index);
    field.text = u"An explanatory text for the section."_s;
    if (field.hasChoices())
        field.choices = {{u"a"_s, u"Choice A"_s}, {u"b"_s, u"Choice B"_s}, {u"c"_s, u"Choice C"_s}};
    field.display = index % types.size() == 5 ? FormField::ChoiceDisplay::Radio
                                              : FormField::ChoiceDisplay::Dropdown;
    field.maximum = 1000;
    field.extensions = {u"pdf"_s};
    return field;
}

// Every fourth field has a condition: most read the field typed into, some
// read an earlier choice or yes/no, groups mix both, and some hang on an
// earlier conditional field (a chain).
FormCondition makeCondition(const QList<FormField> &before, int number)
{
    const auto onTrigger = [](int n) {
        switch (n % 3) {
        case 0:
            return FormCondition::comparison(trigger, Op::IsNotEmpty);
        case 1:
            return FormCondition::comparison(trigger, Op::Contains, u"q"_s);
        default:
            return FormCondition::comparison(trigger, Op::Contains, u"ck"_s);
        }
    };
    const auto lastOf = [&before](Type type, bool conditional) {
        for (auto it = before.crbegin(); it != before.crend(); ++it) {
            if (it->type == type && it->visibleWhen.isAlways() != conditional)
                return it->key;
        }
        return trigger;
    };
    switch (number % 5) {
    case 0:
    case 1:
        return onTrigger(number);
    case 2:
        return FormCondition::any(
            {onTrigger(number),
             FormCondition::comparison(lastOf(Type::Choice, false), Op::Equals, u"b"_s)});
    case 3:
        return FormCondition::all(
            {onTrigger(number),
             FormCondition::comparison(lastOf(Type::YesNo, false), Op::NotEquals, true)});
    default:
        return FormCondition::comparison(lastOf(Type::Text, true), Op::IsEmpty);
    }
}

std::optional<FormSchema> generate()
{
    QList<FormField> fields;
    int conditions = 0;
    for (int index = 0; index < FormBench::fieldCount; ++index) {
        FormField field = makeField(index);
        if (index > 0 && index % 4 == 0 && conditions < FormBench::conditionCount)
            field.visibleWhen = makeCondition(fields, conditions++);
        fields << field;
    }
    QList<FormProblem> problems;
    auto schema = FormSchema::fromFields(fields, &problems);
    if (!schema)
        qWarning("The generated form is refused: %s", qPrintable(problems.value(0).text()));
    return schema;
}

QList<Person> generatePeople()
{
    QList<Person> people;
    for (int id = 1; id <= 500; ++id) {
        Person person;
        person.id = id;
        person.login = u"user%1"_s.arg(id);
        person.displayName = u"Person %1"_s.arg(id);
        people << person;
    }
    return people;
}

} // namespace

void FormBench::print(const QString &bench, const QList<Time> &times, const QString &extra) const
{
    QList<double> wall;
    QList<double> cpu;
    for (const Time &time : times) {
        wall << time.wallMs;
        cpu << time.cpuMs;
    }
    const auto max = [](const QList<double> &values) {
        return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
    };
    QTextStream(stdout) << u"{\"bench\": \"%1\", \"backend\": \"none\", \"ms\": %2, "
                           "\"cpu_ms\": %3, \"max_ms\": %4, \"max_cpu_ms\": %5, \"runs\": %6%7}"_s
                               .arg(bench)
                               .arg(median(wall), 0, 'f', 2)
                               .arg(median(cpu), 0, 'f', 2)
                               .arg(max(wall), 0, 'f', 2)
                               .arg(max(cpu), 0, 'f', 2)
                               .arg(times.size())
                               .arg(extra)
                        << Qt::endl;
}

double FormBench::median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

bool FormBench::run()
{
    const auto schema = generate();
    if (!schema)
        return false;
    validate(*schema);
    render(*schema);
    rerender(*schema);
    type(*schema);
    return true;
}

void FormBench::validate(const FormSchema &schema)
{
    // Every text answered, as on a form filled in.
    QJsonObject answers;
    for (const FormField &field : schema.fields()) {
        if (field.type == Type::Text || field.type == Type::Multiline)
            answers.insert(field.key, u"quick brown fox"_s);
    }
    QList<Time> times;
    for (int i = 0; i < 50; ++i) {
        const Stopwatch timer;
        const FormValidation validation = FormValidator::validate(schema, answers);
        times << timer.elapsed();
    }
    print(u"form_validate"_s, times,
          u", \"fields\": %1, \"conditions\": %2"_s.arg(fieldCount).arg(conditionCount));
}

// From setSchema until the form is on screen, in a new window each time.
void FormBench::render(const FormSchema &schema)
{
    const QList<Person> people = generatePeople();
    QList<Time> times;
    for (int i = 0; i < repeats; ++i) {
        QScrollArea area;
        area.setWidgetResizable(true);
        area.resize(800, 900);
        auto *form = new FormRenderer;
        form->setPeople(people);
        area.setWidget(form);
        const Stopwatch timer;
        form->setSchema(schema);
        area.show();
        QApplication::processEvents();
        times << timer.elapsed();
    }
    print(u"form_render"_s, times, u", \"fields\": %1"_s.arg(fieldCount));
}

// The designer's preview: the same form set again on a renderer on screen.
void FormBench::rerender(const FormSchema &schema)
{
    QScrollArea area;
    area.setWidgetResizable(true);
    area.resize(800, 900);
    auto *form = new FormRenderer;
    area.setWidget(form);
    form->setSchema(schema);
    area.show();
    QApplication::processEvents();
    QList<Time> times;
    for (int i = 0; i < repeats; ++i) {
        const Stopwatch timer;
        form->setSchema(schema);
        QApplication::processEvents();
        times << timer.elapsed();
    }
    print(u"form_render_again"_s, times, u", \"fields\": %1"_s.arg(fieldCount));
}

// Types into the field the conditions read and deletes again, so that some
// keystrokes show or hide fields and most change nothing but the answer.
void FormBench::type(const FormSchema &schema)
{
    QScrollArea area;
    area.setWidgetResizable(true);
    area.resize(800, 900);
    auto *form = new FormRenderer;
    area.setWidget(form);
    form->setSchema(schema);
    area.show();
    QApplication::processEvents();
    auto *edit = form->findChild<QLineEdit *>(u"editor_"_s + trigger);
    if (!edit) {
        print(u"form_keystroke_skipped"_s, {});
        return;
    }
    edit->setFocus();

    QList<Time> all;
    QList<Time> toggling;
    for (int cycle = 0; cycle < 20; ++cycle) {
        for (int key = 0; key < 10; ++key) {
            const QList<bool> before = form->validation().visible;
            const Stopwatch timer;
            if (key < 5)
                QTest::keyClick(edit, u"quick"_s.at(key).toLatin1());
            else
                QTest::keyClick(edit, Qt::Key_Backspace);
            QApplication::processEvents();
            all << timer.elapsed();
            if (form->validation().visible != before)
                toggling << all.last();
        }
    }
    print(u"form_keystroke"_s, all);
    print(u"form_keystroke_showing_or_hiding"_s, toggling);
}
