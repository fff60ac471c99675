#include "CatalogJson.h"

#include "CatalogDocumentCheck.h"
#include "CatalogEntryReader.h"
#include "CatalogMemberReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// Members in the order the file shows them (QJsonObject would sort them).
using Members = QList<std::pair<QString, QJsonValue>>;

const QStringList topLevelMembers = {u"format"_s, u"version"_s, u"categories"_s, u"services"_s};

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// Qt writes a scalar exactly as JSON wants it; only the brackets go.
QByteArray scalarText(const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2);
}

QByteArray indent(int depth)
{
    return QByteArray(depth * 2, ' ');
}

void writeValue(QByteArray &out, const QJsonValue &value, int depth);

void writeMembers(QByteArray &out, const Members &members, int depth)
{
    if (members.isEmpty()) {
        out += "{}";
        return;
    }
    out += "{\n";
    for (qsizetype i = 0; i < members.size(); ++i) {
        out += indent(depth + 1) + scalarText(members.at(i).first) + ": ";
        writeValue(out, members.at(i).second, depth + 1);
        out += i + 1 < members.size() ? ",\n" : "\n";
    }
    out += indent(depth) + '}';
}

void writeArray(QByteArray &out, const QList<QJsonValue> &items, int depth)
{
    if (items.isEmpty()) {
        out += "[]";
        return;
    }
    out += "[\n";
    for (qsizetype i = 0; i < items.size(); ++i) {
        out += indent(depth + 1);
        writeValue(out, items.at(i), depth + 1);
        out += i + 1 < items.size() ? ",\n" : "\n";
    }
    out += indent(depth) + ']';
}

void writeValue(QByteArray &out, const QJsonValue &value, int depth)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        Members members;
        for (auto it = object.begin(); it != object.end(); ++it)
            members.append({it.key(), it.value()});
        writeMembers(out, members, depth);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        writeArray(out, QList<QJsonValue>(array.begin(), array.end()), depth);
    } else {
        out += scalarText(value);
    }
}

Members categoryMembers(const CatalogDocument::CategoryEntry &entry)
{
    const Category &category = entry.category;
    return {{u"key"_s, entry.key},      {u"parent"_s, textOrNull(entry.parentKey)},
            {u"name"_s, category.name}, {u"description"_s, category.description},
            {u"icon"_s, category.icon}, {u"displayOrder"_s, category.displayOrder}};
}

QJsonValue delayValue(const Service &service)
{
    if (service.estimatedDelayAmount <= 0)
        return QJsonValue::Null;
    return QJsonObject{{u"amount"_s, service.estimatedDelayAmount},
                       {u"unit"_s, Service::delayUnitKey(service.estimatedDelayUnit)}};
}

Members serviceMembers(const CatalogDocument::ServiceEntry &entry)
{
    const Service &service = entry.service;
    return {{u"key"_s, entry.key},
            {u"category"_s, entry.categoryKey},
            {u"name"_s, service.name},
            {u"description"_s, service.description},
            {u"keywords"_s, QJsonArray::fromStringList(service.keywords)},
            {u"icon"_s, service.icon},
            {u"displayOrder"_s, service.displayOrder},
            {u"active"_s, service.active},
            {u"requiresApproval"_s, service.requiresApproval},
            {u"approverRule"_s, Service::approverRuleKey(service.approverRule)},
            {u"designatedApprover"_s, textOrNull(entry.designatedApprover)},
            {u"fulfilmentTeam"_s, textOrNull(entry.fulfilmentTeam)},
            {u"estimatedDelay"_s, delayValue(service)},
            {u"slaPolicy"_s, textOrNull(entry.slaPolicy)},
            {u"form"_s, service.formSchema}};
}

void writeEntries(QByteArray &out, const QList<Members> &entries, int depth)
{
    if (entries.isEmpty()) {
        out += "[]";
        return;
    }
    out += "[\n";
    for (qsizetype i = 0; i < entries.size(); ++i) {
        out += indent(depth + 1);
        writeMembers(out, entries.at(i), depth + 1);
        out += i + 1 < entries.size() ? ",\n" : "\n";
    }
    out += indent(depth) + ']';
}

// QJsonParseError counts bytes from the start; people count lines.
CatalogProblem jsonProblem(const QByteArray &json, const QJsonParseError &error)
{
    const QByteArray before = json.left(error.offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
    return {CatalogJson::tr("line %1, column %2").arg(line).arg(column),
            CatalogJson::tr("The file is not valid JSON: %1.").arg(error.errorString())};
}

// Problems in the order of the file: categories, then services, by index.
std::pair<int, int> fileOrder(const CatalogProblem &problem)
{
    static const QRegularExpression entry(u"^(categories|services)\\[(\\d+)\\]"_s);
    const QRegularExpressionMatch match = entry.match(problem.place);
    if (!match.hasMatch())
        return {0, 0};
    return {match.captured(1) == u"categories"_s ? 1 : 2, match.captured(2).toInt()};
}

} // namespace

QString CatalogJson::formatTag()
{
    return u"kaliaops-catalog"_s;
}

QByteArray CatalogJson::write(const CatalogDocument &document)
{
    QList<Members> categories;
    for (const auto &entry : document.categories)
        categories.append(categoryMembers(entry));
    QList<Members> services;
    for (const auto &entry : document.services)
        services.append(serviceMembers(entry));

    QByteArray out = "{\n";
    out += indent(1) + "\"format\": " + scalarText(formatTag()) + ",\n";
    out += indent(1) + "\"version\": " + QByteArray::number(formatVersion) + ",\n";
    out += indent(1) + "\"categories\": ";
    writeEntries(out, categories, 1);
    out += ",\n" + indent(1) + "\"services\": ";
    writeEntries(out, services, 1);
    out += "\n}\n";
    return out;
}

CatalogDocument CatalogJson::read(const QByteArray &json, QList<CatalogProblem> *problems)
{
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        problems->append(jsonProblem(json, error));
        return {};
    }
    if (!parsed.isObject()) {
        problems->append({tr("the whole file"),
                          tr("A catalog file holds one JSON object with the members "
                             "\"format\", \"version\", \"categories\" and \"services\".")});
        return {};
    }
    const QJsonObject top = parsed.object();
    if (!readTopLevel(top, problems))
        return {};

    const qsizetype first = problems->size();
    CatalogDocument document;
    const QJsonArray categories = top.value(u"categories"_s).toArray();
    for (qsizetype i = 0; i < categories.size(); ++i) {
        document.categories.append(CatalogEntryReader::readCategory(
            categories.at(i), u"categories[%1]"_s.arg(i), problems));
    }
    const QJsonArray services = top.value(u"services"_s).toArray();
    for (qsizetype i = 0; i < services.size(); ++i) {
        document.services.append(
            CatalogEntryReader::readService(services.at(i), u"services[%1]"_s.arg(i), problems));
    }

    CatalogDocumentCheck::run(document, problems);
    std::stable_sort(problems->begin() + first, problems->end(),
                     [](const auto &a, const auto &b) { return fileOrder(a) < fileOrder(b); });
    return document;
}

// The members that say what the file is; without them nothing else is read.
bool CatalogJson::readTopLevel(const QJsonObject &top, QList<CatalogProblem> *problems)
{
    const qsizetype before = problems->size();
    if (top.value(u"format"_s) != QJsonValue(formatTag())) {
        problems->append({u"format"_s, tr("This is not a KaliaOps catalog file: \"format\" must "
                                          "be \"%1\".")
                                           .arg(formatTag())});
        return false;
    }

    const QJsonValue version = top.value(u"version"_s);
    if (!version.isDouble() || version.toDouble() != version.toInt()) {
        problems->append(
            CatalogMemberReader::wrongType(u"version"_s, tr("a whole number"), version));
    } else if (version.toInt() > formatVersion) {
        problems->append({u"version"_s, tr("This file has version %1, written by a newer "
                                           "KaliaOps; this program reads version %2.")
                                            .arg(version.toInt())
                                            .arg(formatVersion)});
    } else if (version.toInt() < 1) {
        problems->append(
            {u"version"_s, tr("There is no version %1 of the catalog file.").arg(version.toInt())});
    }

    for (const QString &list : {u"categories"_s, u"services"_s}) {
        if (!top.value(list).isArray())
            problems->append(CatalogMemberReader::wrongType(list, tr("a list"), top.value(list)));
    }
    for (const QString &member : top.keys()) {
        if (!topLevelMembers.contains(member))
            problems->append(CatalogMemberReader::unknownMember(member));
    }
    return problems->size() == before;
}
