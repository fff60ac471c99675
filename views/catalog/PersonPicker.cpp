#include "PersonPicker.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStringListModel>

using namespace Qt::StringLiterals;

PersonPicker::PersonPicker(QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("Type a name to search"));
    setClearButtonEnabled(true);

    m_names = new QStringListModel(this);
    m_completer = new QCompleter(m_names, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->popup()->setObjectName(u"personPickerPopup"_s);
    setCompleter(m_completer);

    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &PersonPicker::resolve);
    connect(this, &QLineEdit::textEdited, this, &PersonPicker::resolve);
}

QString PersonPicker::label(const Person &person)
{
    return u"%1 (%2)"_s.arg(person.displayName, person.login);
}

void PersonPicker::setPeople(const QList<Person> &people)
{
    m_idByLabel.clear();
    m_labelById.clear();
    QStringList labels;
    for (const Person &person : people) {
        if (!person.active)
            continue;
        labels << label(person);
        m_idByLabel.insert(labels.last(), person.id);
        m_labelById.insert(person.id, labels.last());
    }
    labels.sort(Qt::CaseInsensitive);
    m_names->setStringList(labels);
}

void PersonPicker::setPersonId(qint64 id)
{
    m_personId = m_labelById.contains(id) ? id : 0;
    setText(m_labelById.value(id));
}

void PersonPicker::resolve(const QString &text)
{
    const qint64 id = m_idByLabel.value(text.trimmed());
    if (id == m_personId)
        return;
    m_personId = id;
    emit personChanged(id);
}
