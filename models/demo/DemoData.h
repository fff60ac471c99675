#pragma once

#include "catalog/Service.h"
#include "people/Person.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

// The content of the demo catalog: categories, teams and people, each text in
// English and French, and the row types DemoServices uses for the services.
// This is data, not user interface: it is written into the database once, in
// the language chosen at that time.
class DemoData
{
public:
    enum class Language
    {
        English,
        French
    };

    // "fr" (or "fr_CA", "fr-BE"…) gives French; anything else English.
    static Language languageFor(const QString &code);
    static QString languageCode(Language language);

    // One text in both languages.
    struct Text
    {
        QStringView english = {};
        QStringView french = {};

        QString in(Language language) const;
    };

    struct CategoryRow
    {
        QStringView key = {};
        QStringView parentKey = {}; // empty: a top-level category
        Text name = {};
        Text description = {};
        QStringView icon = {};
    };

    struct Choice
    {
        QStringView value = {};
        Text label = {};
    };

    struct Field
    {
        QStringView key = {};
        QStringView type = {}; // a FormField type key
        Text label = {};
        bool required = false;
        QList<Choice> choices = {};
        Text help = {};
        // Members that need no translation, as in the schema: rules
        // ("notInPast", "minLength"…), "display" and "visibleWhen".
        QJsonObject extra = {};
        Text patternMessage = {}; // with a "pattern" in extra
    };

    struct ServiceRow
    {
        QStringView key = {};
        QStringView categoryKey = {};
        Text name = {};
        Text description = {};
        Text keywords = {}; // comma-separated
        QStringView icon = {};
        bool requiresApproval = false;
        Service::ApproverRule approverRule = Service::ApproverRule::Manager;
        QStringView designatedApproverLogin = {};
        QStringView teamKey = {};
        int delayAmount = 0;
        Service::DelayUnit delayUnit = Service::DelayUnit::Days;
        QList<Field> fields = {};
        bool standardSla = false; // committed to by the demo's "Standard support" policy

        QJsonObject formSchema(Language language) const;
    };

    struct TeamRow
    {
        QStringView key = {};
        Text name = {};
        QStringView leadLogin = {};
    };

    struct PersonRow
    {
        QStringView login = {};
        QStringView displayName = {};
        QStringView email = {};
        Person::Roles roles = {};
        QStringView teamKey = {};      // empty: no team
        QStringView managerLogin = {}; // empty: no manager; listed before
    };

    // Parents come before their sub-categories, in display order. The
    // services are in DemoServices.
    static const QList<CategoryRow> &categories();
    static const QList<TeamRow> &teams();
    // Managers come before the people they manage.
    static const QList<PersonRow> &people();
};
