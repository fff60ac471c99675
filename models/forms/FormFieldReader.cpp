#include "FormFieldReader.h"

#include "FormAnswerCheck.h"
#include "FormChoiceReader.h"
#include "FormConditionReader.h"
#include "FormJson.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

using Type = FormField::Type;

// QRegularExpression::anchoredPattern() puts "\\A(?:" before the pattern.
const qsizetype anchorLength = QRegularExpression::anchoredPattern(QString()).indexOf(u')');

// Every member some type of field uses: one of them on the wrong type of
// field is misplaced rather than misspelt.
QSet<QString> allMembers()
{
    QSet<QString> members;
    for (const QString &key : FormField::typeKeys()) {
        for (const QString &member : FormField::members(*FormField::typeFromKey(key)))
            members.insert(member);
    }
    return members;
}

} // namespace

FormFieldReader::FormFieldReader(const QJsonObject &object, const QString &place,
                                 QList<FormProblem> *problems)
    : m_members(object, place, problems)
{}

FormField FormFieldReader::read(const QJsonValue &value, const QString &place,
                                QList<FormProblem> *problems, QRegularExpression *pattern)
{
    *pattern = {};
    if (!value.isObject()) {
        problems->append(FormJson::wrongType(place, tr("an object"), value));
        return {};
    }
    FormFieldReader reader(value.toObject(), place, problems);
    FormField field;
    const qsizetype before = problems->size();
    if (!reader.readKeyAndType(field))
        return field;

    reader.refuseOtherMembers(field);
    reader.readTexts(field);
    const FormMemberReader &members = reader.m_members;
    field.visibleWhen = FormConditionReader::read(members.value(u"visibleWhen"_s),
                                                  members.placeOf(u"visibleWhen"_s), problems);
    if (field.hasChoices())
        field.choices = FormChoiceReader::read(members.value(u"choices"_s),
                                               members.placeOf(u"choices"_s), problems);
    if (field.type == Type::Choice)
        reader.readDisplay(field);
    if (field.type == Type::Number)
        reader.readNumberRules(field);
    if (field.type == Type::Text || field.type == Type::Multiline || field.type == Type::Email)
        reader.readTextRules(field, pattern);
    if (field.type == Type::Date || field.type == Type::DateTime)
        reader.readDateRules(field);
    if (field.type == Type::File)
        reader.readFileRules(field);

    // A default can only be judged against rules that are sound.
    if (problems->size() == before)
        reader.checkDefault(field, *pattern);
    return field;
}

bool FormFieldReader::readKeyAndType(FormField &field)
{
    const QJsonValue key = m_members.value(u"key"_s);
    if (!key.isString()) {
        m_members.reportWrongType(u"key"_s, tr("a key"));
    } else if (!FormField::isValidKey(key.toString())) {
        m_members.report(u"key"_s,
                         tr("\"%1\" is not a valid key: use 1 to %2 lower-case "
                            "letters, digits and underscores, starting with a letter "
                            "or a digit.")
                             .arg(key.toString(), QString::number(FormField::maxKeyLength)));
    }
    field.key = key.toString();

    const QJsonValue type = m_members.value(u"type"_s);
    const auto known = FormField::typeFromKey(type.toString());
    if (!type.isString()) {
        m_members.reportWrongType(u"type"_s, tr("a field type"));
        return false;
    }
    if (!known) {
        m_members.report(u"type"_s, tr("\"%1\" is not a field type: use one of %2.")
                                        .arg(type.toString(), FormField::typeKeys().join(u", ")));
        return false;
    }
    field.type = *known;
    return true;
}

// Members of another type of field are misplaced; others misspelt.
void FormFieldReader::refuseOtherMembers(const FormField &field)
{
    static const QSet<QString> everyMember = allMembers();
    const QStringList &members = FormField::members(field.type);
    const QJsonObject &object = m_members.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (members.contains(it.key()))
            continue;
        if (everyMember.contains(it.key()))
            m_members.report(it.key(), tr("\"%1\" does not apply to a field of type \"%2\".")
                                           .arg(it.key(), FormField::typeKey(field.type)));
        else
            m_members.report(
                it.key(), tr("There is no member \"%1\" here; check its spelling.").arg(it.key()));
    }
}

void FormFieldReader::readTexts(FormField &field)
{
    field.label = m_members.text(u"label"_s, maxLabelLength);
    field.help = m_members.text(u"help"_s, maxTextLength);
    field.placeholder = m_members.text(u"placeholder"_s, maxLabelLength);
    field.text = m_members.text(u"text"_s, maxTextLength);
    field.required = m_members.boolean(u"required"_s);

    if (field.type == Type::Section) {
        if (field.label.trimmed().isEmpty() && field.text.trimmed().isEmpty())
            m_members.report(u"label"_s, tr("A section needs a heading, a text, or both."));
        return;
    }
    // A label of the wrong type has been reported already.
    const bool wrongType = m_members.has(u"label"_s) && !m_members.value(u"label"_s).isString();
    if (field.label.trimmed().isEmpty() && !wrongType)
        m_members.report(u"label"_s,
                         tr("A field needs a label: the question the requester reads."));
}

void FormFieldReader::readDisplay(FormField &field)
{
    const QJsonValue display = m_members.value(u"display"_s);
    if (display.isUndefined() || display == u"dropdown"_s)
        field.display = FormField::ChoiceDisplay::Dropdown;
    else if (display == u"radio"_s)
        field.display = FormField::ChoiceDisplay::Radio;
    else
        m_members.report(u"display"_s, tr("A choice is displayed as \"dropdown\" or \"radio\"."));
}

void FormFieldReader::readNumberRules(FormField &field)
{
    field.integer = m_members.boolean(u"integer"_s);
    field.minimum = m_members.number(u"min"_s, maxLimit);
    field.maximum = m_members.number(u"max"_s, maxLimit);
    if (field.minimum && field.maximum && *field.minimum > *field.maximum)
        m_members.report(u"min"_s, tr("The minimum (%1) is above the maximum (%2).")
                                       .arg(*field.minimum, 0, 'g', 15)
                                       .arg(*field.maximum, 0, 'g', 15));
}

void FormFieldReader::readTextRules(FormField &field, QRegularExpression *pattern)
{
    field.pattern = m_members.text(u"pattern"_s, maxPatternLength);
    field.patternMessage = m_members.text(u"patternMessage"_s, maxLabelLength);
    *pattern = FormAnswerCheck::compilePattern(field.pattern);
    if (!pattern->isValid()) {
        // The offset counts from the pattern as written, before anchoring.
        const qsizetype offset = pattern->patternErrorOffset() - anchorLength;
        const QString at = QString::number(qBound(qsizetype(0), offset, field.pattern.size()) + 1);
        m_members.report(u"pattern"_s,
                         tr("This is not a valid regular expression: %1 (at character %2).")
                             .arg(pattern->errorString(), at));
    }

    field.minLength = m_members.wholeNumber(u"minLength"_s, 0, FormAnswerCheck::maxTextLength);
    field.maxLength = m_members.wholeNumber(u"maxLength"_s, 1, FormAnswerCheck::maxTextLength);
    if (field.minLength && field.maxLength && *field.minLength > *field.maxLength)
        m_members.report(u"minLength"_s,
                         tr("The minimum length (%1) is above the maximum length (%2).")
                             .arg(*field.minLength)
                             .arg(*field.maxLength));
}

void FormFieldReader::readDateRules(FormField &field)
{
    field.dateMin = m_members.date(u"dateMin"_s);
    field.dateMax = m_members.date(u"dateMax"_s);
    if (field.dateMin.isValid() && field.dateMax.isValid() && field.dateMin > field.dateMax)
        m_members.report(u"dateMin"_s, tr("The earliest date (%1) is after the latest date (%2).")
                                           .arg(field.dateMin.toString(Qt::ISODate),
                                                field.dateMax.toString(Qt::ISODate)));
    field.notInPast = m_members.boolean(u"notInPast"_s);
    field.minDaysAhead = int(m_members.wholeNumber(u"minDaysAhead"_s, 0, maxDaysAhead).value_or(0));
}

void FormFieldReader::readFileRules(FormField &field)
{
    static const QRegularExpression validExtension(u"\\A[a-z0-9][a-z0-9._+-]{0,19}\\z"_s);
    const QJsonValue list = m_members.value(u"extensions"_s);
    if (!list.isUndefined() && !list.isArray())
        m_members.reportWrongType(u"extensions"_s, tr("a list of file extensions"));

    const QJsonArray extensions = list.toArray();
    for (qsizetype i = 0; i < extensions.size(); ++i) {
        // ".PDF" and "pdf" mean the same: keep the short, lower-case form.
        QString extension = extensions.at(i).toString().trimmed().toLower();
        if (extension.startsWith(u'.'))
            extension.remove(0, 1);
        if (!extensions.at(i).isString() || !validExtension.match(extension).hasMatch())
            m_members.report(u"extensions[%1]"_s.arg(i),
                             tr("A file extension is a short word such as \"pdf\" or \"png\"."));
        else if (!field.extensions.contains(extension))
            field.extensions.append(extension);
    }
    field.maxSizeBytes = m_members.wholeNumber(u"maxSizeBytes"_s, 1, maxFileSize).value_or(0);
}

void FormFieldReader::checkDefault(FormField &field, const QRegularExpression &pattern)
{
    const QJsonValue value = m_members.value(u"default"_s);
    if (value.isUndefined() || value.isNull())
        return;

    const auto outcome = FormAnswerCheck::check(field, pattern, value, QDate());
    if (!outcome.error.isEmpty())
        m_members.report(u"default"_s,
                         tr("The default value is not a valid answer: %1").arg(outcome.error));
    else
        field.defaultValue = outcome.value;
}
