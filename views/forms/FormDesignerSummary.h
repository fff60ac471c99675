#pragma once

#include "forms/FormSchema.h"
#include "people/Person.h"
#include "storage/Result.h"

#include <QJsonObject>
#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;

// The request form of a service as its editor shows it: a line saying what
// the form holds, and "Design form…", which opens the form designer and
// keeps the form it gives back.
class FormDesignerSummary : public QWidget
{
    Q_OBJECT

public:
    // Every key the service's form has ever used, read when the designer
    // opens.
    using KeysFunction = std::function<Result<QStringList>()>;

    explicit FormDesignerSummary(QWidget *parent = nullptr);

    void setSchema(const QJsonObject &schema);
    const QJsonObject &schema() const { return m_schema; }
    void setPeople(const QList<Person> &people) { m_people = people; }
    void setKeysFunction(KeysFunction function) { m_keysOf = std::move(function); }

    // "No form: requesters only confirm.", "3 fields, 1 conditional".
    static QString summaryText(const FormSchema &schema);

signals:
    // The designer was closed with OK on another form.
    void schemaEdited();

private:
    void openDesigner();

    QJsonObject m_schema;
    QList<Person> m_people;
    KeysFunction m_keysOf;
    QLabel *m_summary = nullptr;
    QPushButton *m_design = nullptr;
};
