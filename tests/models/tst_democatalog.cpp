#include "TestDatabase.h"
#include "catalog/CategoryTable.h"
#include "catalog/ServiceTable.h"
#include "demo/DemoCatalog.h"
#include "demo/DemoData.h"
#include "forms/FormSchema.h"
#include "forms/FormValidator.h"
#include "people/PeopleStore.h"
#include "sla/SlaCommitment.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QStringList countedTables = {u"teams"_s,      u"people"_s,   u"person_roles"_s,
                                   u"categories"_s, u"services"_s, u"form_versions"_s};

// Rows in each table that the demo writes, to prove a refused load wrote
// nothing.
QList<qint64> rowCounts(const Database &database)
{
    QList<qint64> counts;
    QSqlQuery q = database.query();
    for (const QString &table : countedTables) {
        if (!q.exec(u"SELECT COUNT(*) FROM "_s + table) || !q.next())
            return {};
        counts.append(q.value(0).toLongLong());
    }
    return counts;
}

// What a reader of the catalog sees: each top-level category followed by its
// sub-categories, in display order.
QList<QStringList> categoryTree(const QList<Category> &categories)
{
    auto ordered = [&](qint64 parentId) {
        QList<Category> children;
        for (const Category &category : categories) {
            if (category.parentId == parentId)
                children.append(category);
        }
        std::stable_sort(children.begin(), children.end(), [](const auto &a, const auto &b) {
            return a.displayOrder < b.displayOrder;
        });
        return children;
    };
    QList<QStringList> tree;
    for (const Category &top : ordered(0)) {
        QStringList branch{top.name};
        for (const Category &child : ordered(top.id))
            branch.append(child.name);
        tree.append(branch);
    }
    return tree;
}

const Service *serviceNamed(const QList<Service> &services, const QString &name)
{
    for (const Service &service : services) {
        if (service.name == name)
            return &service;
    }
    return nullptr;
}

const Person *personWithLogin(const QList<Person> &people, const QString &login)
{
    for (const Person &person : people) {
        if (person.login == login)
            return &person;
    }
    return nullptr;
}

} // namespace

// The demo catalog: its content in both languages, its people and teams, and
// a load that happens whole or not at all.
class DemoCatalogTest : public QObject
{
    Q_OBJECT

private slots:
    void choosesTheLanguage_data();
    void choosesTheLanguage();

    void loadsTheCategoryTree_data() { addBackendAndLanguageColumns(); }
    void loadsTheCategoryTree();
    void loadsTheServices_data() { addBackendAndLanguageColumns(); }
    void loadsTheServices();
    void loadsPeopleAndTeams_data() { addBackendAndLanguageColumns(); }
    void loadsPeopleAndTeams();

    void refusesASecondLoad_data() { TestDatabase::addBackendColumn(); }
    void refusesASecondLoad();
    void refusesACatalogThatIsNotEmpty_data() { TestDatabase::addBackendColumn(); }
    void refusesACatalogThatIsNotEmpty();
    void writesNothingWhenTheDatabaseFailsMidway_data() { TestDatabase::addBackendColumn(); }
    void writesNothingWhenTheDatabaseFailsMidway();
    void keepsPeopleAlreadyThere_data() { TestDatabase::addBackendColumn(); }
    void keepsPeopleAlreadyThere();

private:
    static void addBackendAndLanguageColumns();
};

void DemoCatalogTest::addBackendAndLanguageColumns()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("language");
    QStringList backends{u"sqlite"_s};
    if (TestDatabase::postgresAvailable())
        backends << u"postgresql"_s;
    for (const QString &backend : std::as_const(backends)) {
        for (const QString &language : {u"en"_s, u"fr"_s})
            QTest::addRow("%s %s", qPrintable(backend), qPrintable(language))
                << backend << language;
    }
}

void DemoCatalogTest::choosesTheLanguage_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("french");
    QTest::newRow("fr") << u"fr"_s << true;
    QTest::newRow("fr_CA") << u"fr_CA"_s << true;
    QTest::newRow("fr-BE") << u"fr-BE"_s << true;
    QTest::newRow("en") << u"en"_s << false;
    QTest::newRow("de") << u"de"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("fri is not French") << u"fri"_s << false;
}

void DemoCatalogTest::choosesTheLanguage()
{
    QFETCH(QString, code);
    QFETCH(bool, french);
    QCOMPARE(DemoData::languageFor(code) == DemoData::Language::French, french);
}

void DemoCatalogTest::loadsTheCategoryTree()
{
    QFETCH(QString, backend);
    QFETCH(QString, language);
    TestDatabase db(backend);
    auto database = db.open();
    QVERIFY(database);
    QCOMPARE(DemoCatalog::catalogIsEmpty(*database).value(), true);

    const Status loaded = DemoCatalog::load(*database, language);
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QCOMPARE(DemoCatalog::catalogIsEmpty(*database).value(), false);

    const QList<QStringList> english = {
        {u"Access & identity"_s, u"Accounts and passwords"_s, u"VPN and remote access"_s,
         u"Application permissions"_s},
        {u"Equipment"_s, u"Workstation"_s, u"Peripherals"_s, u"Telephony"_s},
        {u"Software"_s, u"Office suite"_s, u"Business applications"_s},
        {u"Infrastructure"_s, u"Virtual servers"_s, u"Storage"_s},
    };
    const QList<QStringList> french = {
        {u"Accès et identités"_s, u"Comptes et mots de passe"_s, u"VPN et accès à distance"_s,
         u"Droits applicatifs"_s},
        {u"Matériel"_s, u"Poste de travail"_s, u"Périphériques"_s, u"Téléphonie"_s},
        {u"Logiciels"_s, u"Suite bureautique"_s, u"Applications métier"_s},
        {u"Infrastructure"_s, u"Serveurs virtuels"_s, u"Stockage"_s},
    };
    const auto categories = CategoryTable(*database).all();
    QVERIFY2(categories, qPrintable(categories.error()));
    QCOMPARE(categoryTree(*categories), language == u"fr"_s ? french : english);

    // Every category is described and drawn with an icon of the set.
    const QDir icons(QStringLiteral(KALIAOPS_SOURCE_DIR "/resources/icons"));
    for (const Category &category : *categories) {
        QVERIFY2(category.description.endsWith(u'.'), qPrintable(category.name));
        QVERIFY2(icons.exists(category.icon + u".svg"_s), qPrintable(category.icon));
    }
}

void DemoCatalogTest::loadsTheServices()
{
    QFETCH(QString, backend);
    QFETCH(QString, language);
    TestDatabase db(backend);
    auto database = db.open();
    QVERIFY(database);
    QVERIFY(DemoCatalog::load(*database, language));
    const bool inFrench = language == u"fr"_s;

    const auto services = ServiceTable(*database).all();
    QVERIFY2(services, qPrintable(services.error()));
    QVERIFY(services->size() >= 14 && services->size() <= 20);

    // The services the issue names, with the approval it asks for.
    const struct
    {
        QString english;
        QString french;
        bool requiresApproval;
    } expected[] = {
        {u"Password reset"_s, u"Réinitialisation de mot de passe"_s, false},
        {u"New computer"_s, u"Nouvel ordinateur"_s, true},
        {u"VPN access"_s, u"Accès VPN"_s, true},
        {u"Training on a business application"_s, u"Formation à une application métier"_s, true},
        {u"Extra screen"_s, u"Écran supplémentaire"_s, false},
        {u"New virtual server"_s, u"Nouveau serveur virtuel"_s, true},
        {u"Extra disk space"_s, u"Espace disque supplémentaire"_s, false},
    };
    for (const auto &row : expected) {
        const Service *service = serviceNamed(*services, inFrench ? row.french : row.english);
        QVERIFY2(service, qPrintable(row.english));
        QCOMPARE(service->requiresApproval, row.requiresApproval);
        QVERIFY(!serviceNamed(*services, inFrench ? row.english : row.french));
    }
    // Disk space commits to the demo's SLA policy; the rest give estimates.
    const Service *disk = serviceNamed(*services, inFrench ? u"Espace disque supplémentaire"_s
                                                           : u"Extra disk space"_s);
    QVERIFY(disk->slaPolicyId > 0);
    QCOMPARE(SlaCommitment::forService(*database, *disk).value(),
             u"Resolved within 2 business day(s)"_s);
    const Service *computer =
        serviceNamed(*services, inFrench ? u"Nouvel ordinateur"_s : u"New computer"_s);
    QCOMPARE(computer->estimatedDelayUnit, Service::DelayUnit::Days);
    QVERIFY(computer->estimatedDelayAmount > 1);

    const QDir icons(QStringLiteral(KALIAOPS_SOURCE_DIR "/resources/icons"));
    const auto teams = PeopleStore(*database).teams();
    QVERIFY(teams);
    QList<FormProblem> problems;
    for (const Service &service : *services) {
        const QByteArray name = service.name.toUtf8();
        QVERIFY2(!service.description.isEmpty() && !service.keywords.isEmpty(), name);
        QVERIFY2(icons.exists(service.icon + u".svg"_s), name);
        QVERIFY2(service.estimatedDelayAmount > 0, name);
        QVERIFY2(std::any_of(teams->begin(), teams->end(),
                             [&](const Team &team) { return team.id == service.fulfilmentTeamId; }),
                 name);
        if (service.requiresApproval && service.approverRule == Service::ApproverRule::Designated)
            QVERIFY2(service.designatedApproverId > 0, name);

        // Every demo form is one the designer and the portal accept.
        const auto form = FormSchema::fromJson(service.formSchema, &problems);
        QVERIFY2(form, qPrintable(service.name + u": "_s +
                                  (problems.isEmpty() ? QString() : problems.first().text())));
        QVERIFY2(form->fields().size() >= 1 && form->fields().size() <= 8, name);
        for (const FormField &field : form->fields()) {
            QVERIFY2(!field.label.isEmpty(), name);
            QCOMPARE(field.choices.size() >= 2, field.hasChoices());
        }
    }

    // The new computer offers a screen only with a desktop PC.
    const auto computerForm = FormSchema::fromJson(computer->formSchema, &problems);
    QVERIFY(computerForm);
    const int screen = computerForm->indexOf(u"screen"_s);
    QVERIFY(screen >= 0);
    const QDate today(2026, 12, 4);
    QVERIFY(!FormValidator::validate(*computerForm, {{u"model"_s, u"laptop"_s}}, today)
                 .visible.at(screen));
    QVERIFY(FormValidator::validate(*computerForm, {{u"model"_s, u"desktop"_s}}, today)
                .visible.at(screen));
    QVERIFY(FormValidator::validate(*computerForm, {{u"desired_date"_s, u"2026-12-03"_s}}, today)
                .errorFor(u"desired_date"_s)
                .contains(inFrench ? u"Date souhaitée"_s : u"Desired date"_s));

    // Form labels follow the language too.
    const Service *reset = serviceNamed(*services, inFrench ? u"Réinitialisation de mot de passe"_s
                                                            : u"Password reset"_s);
    const QJsonObject firstField =
        reset->formSchema.value(u"fields"_s).toArray().first().toObject();
    QCOMPARE(firstField.value(u"label"_s).toString(), inFrench ? u"Compte"_s : u"Account"_s);
}

void DemoCatalogTest::loadsPeopleAndTeams()
{
    QFETCH(QString, backend);
    QFETCH(QString, language);
    TestDatabase db(backend);
    auto database = db.open();
    QVERIFY(database);
    QVERIFY(DemoCatalog::load(*database, language));

    const PeopleStore store(*database);
    const auto people = store.people();
    const auto teams = store.teams();
    QVERIFY(people && teams);
    for (const Person &person : *people)
        QCOMPARE(person.language, language);

    // Requesters with managers who approve, and one without a manager.
    for (const QString &login : {u"lmartin"_s, u"hbernard"_s, u"cpetit"_s, u"aroux"_s}) {
        const Person *requester = personWithLogin(*people, login);
        QVERIFY2(requester, qPrintable(login));
        QVERIFY(requester->roles.testFlag(Person::Role::Requester));
        const auto manager = store.person(requester->managerId);
        QVERIFY2(manager, qPrintable(login));
        QVERIFY(manager->roles.testFlag(Person::Role::Approver));
    }
    QCOMPARE(personWithLogin(*people, u"eleroy"_s)->managerId, qint64(0));
    QCOMPARE(personWithLogin(*people, u"lmartin"_s)->displayName, u"Léa Martin"_s);

    // A service desk with a lead and two technicians.
    const QString deskName = language == u"fr"_s ? u"Centre de services"_s : u"Service desk"_s;
    const auto desk = std::find_if(teams->begin(), teams->end(),
                                   [&](const Team &team) { return team.name == deskName; });
    QVERIFY(desk != teams->end());
    const auto lead = store.person(desk->leadId);
    QVERIFY(lead);
    QCOMPARE(lead->teamId, desk->id);
    const auto technicians = std::count_if(people->begin(), people->end(), [&](const Person &p) {
        return p.teamId == desk->id && p.roles.testFlag(Person::Role::Technician);
    });
    QCOMPARE(int(technicians), 2);

    // Exactly one catalog administrator.
    const auto admins = std::count_if(people->begin(), people->end(), [](const Person &p) {
        return p.roles.testFlag(Person::Role::CatalogAdmin);
    });
    QCOMPARE(int(admins), 1);
    QVERIFY(personWithLogin(*people, u"cfontaine"_s)->roles.testFlag(Person::Role::CatalogAdmin));
}

void DemoCatalogTest::refusesASecondLoad()
{
    QFETCH(QString, backend);
    TestDatabase db(backend);
    auto database = db.open();
    QVERIFY(database);
    QVERIFY(DemoCatalog::load(*database, u"en"_s));
    const QList<qint64> before = rowCounts(*database);
    QVERIFY(!before.isEmpty() && !before.contains(0));

    const Status second = DemoCatalog::load(*database, u"fr"_s);
    QVERIFY(!second);
    QVERIFY2(second.error().contains(u"already holds a catalog of 14 categor"_s),
             qPrintable(second.error()));
    QCOMPARE(rowCounts(*database), before);
}

void DemoCatalogTest::refusesACatalogThatIsNotEmpty()
{
    QFETCH(QString, backend);
    TestDatabase db(backend);
    auto database = db.open();
    QVERIFY(database);
    Category facilities;
    facilities.name = u"Facilities"_s;
    const Status created = Transaction::run(
        *database, [&] { return Status::from(CategoryTable(*database).insert(facilities)); });
    QVERIFY(created);
    QCOMPARE(DemoCatalog::catalogIsEmpty(*database).value(), false);

    QVERIFY(!DemoCatalog::load(*database, u"en"_s));
    QCOMPARE(rowCounts(*database), (QList<qint64>{0, 0, 0, 1, 0, 0}));
}

void DemoCatalogTest::writesNothingWhenTheDatabaseFailsMidway()
{
    QFETCH(QString, backend);
    TestDatabase db(backend);
    auto database = db.open();
    QVERIFY(database);

    // A trigger makes the tenth service fail, long after teams, people and
    // categories were written.
    QSqlQuery q = database->query();
    if (database->isPostgres()) {
        QVERIFY(q.exec(u"CREATE FUNCTION fail_midway() RETURNS trigger LANGUAGE plpgsql AS $$ "
                       "BEGIN IF (SELECT COUNT(*) FROM services) >= 9 THEN "
                       "RAISE EXCEPTION 'disk full'; END IF; RETURN NEW; END $$"_s));
        QVERIFY(q.exec(u"CREATE TRIGGER fail_midway BEFORE INSERT ON services "
                       "FOR EACH ROW EXECUTE FUNCTION fail_midway()"_s));
    } else {
        QVERIFY(q.exec(u"CREATE TRIGGER fail_midway BEFORE INSERT ON services "
                       "WHEN (SELECT COUNT(*) FROM services) >= 9 "
                       "BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s));
    }

    const Status failed = DemoCatalog::load(*database, u"en"_s);
    QVERIFY(!failed);
    QVERIFY2(failed.error().contains(u"disk full"_s), qPrintable(failed.error()));
    QCOMPARE(rowCounts(*database), (QList<qint64>{0, 0, 0, 0, 0, 0}));

    // Once the cause is gone, the same load goes through.
    QVERIFY(q.exec(u"DROP TRIGGER fail_midway"_s +
                   (database->isPostgres() ? u" ON services"_s : QString())));
    q.finish();
    const Status loaded = DemoCatalog::load(*database, u"en"_s);
    QVERIFY2(loaded, qPrintable(loaded.error()));
}

void DemoCatalogTest::keepsPeopleAlreadyThere()
{
    QFETCH(QString, backend);
    TestDatabase db(backend);
    auto database = db.open();
    QVERIFY(database);
    PeopleStore store(*database);
    Person existing;
    existing.login = u"jmarchand"_s;
    existing.displayName = u"J. Marchand (IT)"_s;
    const auto existingId = store.createPerson(existing);
    QVERIFY(existingId);

    const Status loaded = DemoCatalog::load(*database, u"en"_s);
    QVERIFY2(loaded, qPrintable(loaded.error()));

    const auto people = store.peopleWithLogin(u"jmarchand"_s);
    QVERIFY(people);
    QCOMPARE(people->size(), 1);
    QCOMPARE(people->first().displayName, u"J. Marchand (IT)"_s);
    const auto teams = store.teams();
    QVERIFY(teams);
    const auto desk = std::find_if(teams->begin(), teams->end(),
                                   [](const Team &team) { return team.name == u"Service desk"_s; });
    QVERIFY(desk != teams->end());
    QCOMPARE(desk->leadId, *existingId);
    QCOMPARE(store.person(*existingId)->managerId, qint64(0));
    const auto everyone = store.people();
    QVERIFY(everyone);
    QCOMPARE(everyone->size(), DemoData::people().size());
    QCOMPARE(personWithLogin(*everyone, u"slambert"_s)->managerId, *existingId);
}

QTEST_GUILESS_MAIN(DemoCatalogTest)
#include "tst_democatalog.moc"
