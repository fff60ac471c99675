#include "catalog/CatalogWarnings.h"
#include "catalog/TextFolding.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Person person(qint64 id, qint64 managerId, qint64 teamId, bool active = true)
{
    Person p;
    p.id = id;
    p.login = u"p%1"_s.arg(id);
    p.displayName = p.login;
    p.managerId = managerId;
    p.teamId = teamId;
    p.active = active;
    return p;
}

Service approvedBy(Service::ApproverRule rule, qint64 designated = 0)
{
    Service service;
    service.id = 1;
    service.categoryId = 1;
    service.name = u"Laptop"_s;
    service.requiresApproval = true;
    service.approverRule = rule;
    service.designatedApproverId = designated;
    return service;
}

} // namespace

class CatalogWarningsTest : public QObject
{
    Q_OBJECT

private slots:
    void countsRequestersTheRuleStrands_data();
    void countsRequestersTheRuleStrands();
    void flagsCategoriesWithoutActiveServices();
    void foldsCaseAndAccents_data();
    void foldsCaseAndAccents();
};

void CatalogWarningsTest::countsRequestersTheRuleStrands_data()
{
    QTest::addColumn<int>("rule");
    QTest::addColumn<qint64>("designated");
    QTest::addColumn<int>("stranded");
    QTest::addColumn<QString>("warningStart");

    // People 1 (no manager, team 10 with a lead), 2 (manager 1, team 20
    // without a lead), 3 (manager 1, no team); 4 is inactive and ignored.
    QTest::newRow("manager") << int(Service::ApproverRule::Manager) << qint64(0) << 1
                             << u"1 requester"_s;
    QTest::newRow("team lead") << int(Service::ApproverRule::TeamLead) << qint64(0) << 2
                               << u"2 requester"_s;
    QTest::newRow("designated, nobody")
        << int(Service::ApproverRule::Designated) << qint64(0) << 3 << u"Approval is required"_s;
    QTest::newRow("designated, someone")
        << int(Service::ApproverRule::Designated) << qint64(1) << 0 << QString();
}

void CatalogWarningsTest::countsRequestersTheRuleStrands()
{
    QFETCH(int, rule);
    QFETCH(qint64, designated);
    QFETCH(int, stranded);
    QFETCH(QString, warningStart);

    const QList<Person> people = {person(1, 0, 10), person(2, 1, 20), person(3, 1, 0),
                                  person(4, 0, 0, false)};
    const QList<Team> teams = {{10, u"Desk"_s, 1}, {20, u"Network"_s, 0}};
    const CatalogWarnings warnings({{1, 0, u"Equipment"_s, {}, {}, 1}}, {}, people, teams);

    const Service service = approvedBy(Service::ApproverRule(rule), designated);
    QCOMPARE(warnings.requestersWithoutApprover(service), stranded);
    const QString text = warnings.serviceWarning(service);
    QCOMPARE(text.isEmpty(), warningStart.isEmpty());
    QVERIFY2(text.startsWith(warningStart), qPrintable(text));

    Service noApproval = service;
    noApproval.requiresApproval = false;
    QVERIFY(warnings.serviceWarning(noApproval).isEmpty());
}

void CatalogWarningsTest::flagsCategoriesWithoutActiveServices()
{
    // Equipment › Workstation holds one active service; Access holds only
    // an inactive one; Empty holds nothing.
    const QList<Category> categories = {{1, 0, u"Equipment"_s, {}, {}, 1},
                                        {2, 1, u"Workstation"_s, {}, {}, 1},
                                        {3, 0, u"Access"_s, {}, {}, 2},
                                        {4, 0, u"Empty"_s, {}, {}, 3}};
    Service pc;
    pc.id = 1;
    pc.categoryId = 2;
    Service vpn;
    vpn.id = 2;
    vpn.categoryId = 3;
    vpn.active = false;
    const CatalogWarnings warnings(categories, {pc, vpn}, {}, {});

    QVERIFY(warnings.categoryWarning(1).isEmpty()); // through its sub-category
    QVERIFY(warnings.categoryWarning(2).isEmpty());
    QVERIFY(!warnings.categoryWarning(3).isEmpty());
    QVERIFY(!warnings.categoryWarning(4).isEmpty());
}

void CatalogWarningsTest::foldsCaseAndAccents_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("accent") << u"Accès VPN"_s << u"acces vpn"_s;
    QTest::newRow("capitals") << u"ÉCRAN Œil"_s << u"ecran œil"_s;
    QTest::newRow("cedilla") << u"Reçu"_s << u"recu"_s;
    QTest::newRow("plain") << u"printer"_s << u"printer"_s;
}

void CatalogWarningsTest::foldsCaseAndAccents()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(TextFolding::fold(text), folded);
}

QTEST_GUILESS_MAIN(CatalogWarningsTest)
#include "tst_catalogwarnings.moc"
