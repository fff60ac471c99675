#pragma once

#include "people/Person.h"

#include <QLineEdit>

class QCompleter;
class QStringListModel;

// A line edit that finds a person as one types part of a name or login:
// the completer lists "Alice Martin (amartin)"; choosing one sets personId().
class PersonPicker : public QLineEdit
{
    Q_OBJECT

public:
    explicit PersonPicker(QWidget *parent = nullptr);

    void setPeople(const QList<Person> &people);
    // 0 when the text names nobody.
    qint64 personId() const { return m_personId; }
    void setPersonId(qint64 id);
    QCompleter *personCompleter() const { return m_completer; }

signals:
    void personChanged(qint64 id);

private:
    void resolve(const QString &text);
    static QString label(const Person &person);

    QCompleter *m_completer = nullptr;
    QStringListModel *m_names = nullptr;
    QHash<QString, qint64> m_idByLabel;
    QHash<qint64, QString> m_labelById;
    qint64 m_personId = 0;
};
