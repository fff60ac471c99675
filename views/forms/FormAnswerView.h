#pragma once

#include "forms/FormSchema.h"
#include "people/Person.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class FormField;
class QFormLayout;
class QLabel;

// A filled form as technicians and requesters read it: each visible answered
// field with the label and choice labels of the form version the request was
// filled against, person ids as names, dates in the reader's locale, and
// attachments by name and size (attachmentActivated() when one is clicked).
// Sections head their fields; unanswered optional fields are left out.
class FormAnswerView : public QWidget
{
    Q_OBJECT

public:
    explicit FormAnswerView(QWidget *parent = nullptr);

    void setPeople(const QList<Person> &people);
    void setForm(const FormSchema &schema, const QJsonObject &answers);

    // What the view shows, as plain text "Label: answer" lines: the tests
    // read it, and the copy action puts it on the clipboard.
    QString plainText() const;

signals:
    // The "id" of the attachment in the answers.
    void attachmentActivated(qint64 attachmentId);

private:
    void clear();
    void addHeading(const FormField &section);
    void addAnswer(const FormField &field, const QJsonValue &answer);
    QLabel *answerLabel(const FormField &field, const QJsonValue &answer);

    QFormLayout *m_layout = nullptr;
    QHash<qint64, QString> m_people;
    QStringList m_lines;
};
