#include "FormChoiceReader.h"

#include "FormJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

QList<FormField::Choice> FormChoiceReader::read(const QJsonValue &value, const QString &place,
                                                QList<FormProblem> *problems)
{
    if (!value.isUndefined() && !value.isArray()) {
        problems->append(FormJson::wrongType(place, tr("a list of choices"), value));
        return {};
    }
    const QJsonArray list = value.toArray();
    if (list.isEmpty()) {
        problems->append({place, tr("A choice field needs at least one choice.")});
        return {};
    }
    if (list.size() > maxChoices) {
        problems->append({place, tr("A field offers at most %1 choices; this one has %2.")
                                     .arg(maxChoices)
                                     .arg(list.size())});
        return {};
    }

    QList<FormField::Choice> choices;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString choicePlace = place + u"[%1]"_s.arg(i);
        const FormField::Choice choice = readOne(list.at(i), choicePlace, problems);
        const auto sameValue = [&choice](const FormField::Choice &other) {
            return other.value == choice.value;
        };
        if (!choice.value.isEmpty() && std::any_of(choices.begin(), choices.end(), sameValue))
            problems->append({FormJson::placeOf(choicePlace, u"value"_s),
                              tr("Another choice of this field already has the value \"%1\".")
                                  .arg(choice.value)});
        choices.append(choice);
    }
    return choices;
}

FormField::Choice FormChoiceReader::readOne(const QJsonValue &value, const QString &place,
                                            QList<FormProblem> *problems)
{
    if (!value.isObject()) {
        problems->append(
            FormJson::wrongType(place, tr("an object with a value and a label"), value));
        return {};
    }
    const QJsonObject object = value.toObject();
    FormJson::refuseUnknownMembers(object, {u"value"_s, u"label"_s}, place, problems);

    FormField::Choice choice;
    for (const QString &member : {u"value"_s, u"label"_s}) {
        const QJsonValue text = object.value(member);
        const QString memberPlace = FormJson::placeOf(place, member);
        const int longest = member == u"value"_s ? maxValueLength : maxLabelLength;
        if (!text.isString())
            problems->append(FormJson::wrongType(memberPlace, tr("a text"), text));
        else if (text.toString().trimmed().isEmpty())
            problems->append({memberPlace, tr("A choice needs a value and a label that are not "
                                              "blank.")});
        else if (text.toString().size() > longest)
            problems->append({memberPlace, tr("This text is too long: it may hold at most %n "
                                              "character(s).",
                                              nullptr, longest)});
    }
    choice.value = object.value(u"value"_s).toString();
    choice.label = object.value(u"label"_s).toString();
    return choice;
}
