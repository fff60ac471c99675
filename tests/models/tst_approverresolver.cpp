#include "requests/ApproverResolver.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Choice = ApproverResolver::Choice;
using Source = ApproverResolver::Source;
using Rule = Service::ApproverRule;

Q_DECLARE_METATYPE(Choice)

namespace {

// Léa (1) is managed by Marc (2) and works in the support team (10), led by
// Sam (3). Dan (4) is the designated approver of some services; Olga (5)
// left the company; Tom (6) has no manager and a team without lead (11);
// Marc is his own team's lead (12).
ApproverResolver resolver()
{
    const auto person = [](qint64 id, qint64 manager, qint64 team, bool active = true) {
        Person p;
        p.id = id;
        p.managerId = manager;
        p.teamId = team;
        p.active = active;
        return p;
    };
    QHash<qint64, Person> people;
    for (const Person &p : {person(1, 2, 10), person(2, 0, 12), person(3, 2, 10), person(4, 0, 0),
                            person(5, 0, 0, false), person(6, 0, 11), person(7, 5, 10)})
        people.insert(p.id, p);
    QHash<qint64, Team> teams{{10, {10, u"Support"_s, 3}},
                              {11, {11, u"Night shift"_s, 0}},
                              {12, {12, u"Management"_s, 2}}};
    return ApproverResolver(people, teams);
}

Service service(Rule rule, qint64 designated = 0)
{
    Service s;
    s.requiresApproval = true;
    s.approverRule = rule;
    s.designatedApproverId = designated;
    return s;
}

} // namespace

// Who approves: each rule, and each fall-back when it finds nobody.
class ApproverResolverTest : public QObject
{
    Q_OBJECT

private slots:
    void resolves_data();
    void resolves();
};

void ApproverResolverTest::resolves_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<qint64>("requester");
    QTest::addColumn<Choice>("expected");

    QTest::newRow("manager") << service(Rule::Manager) << qint64(1) << Choice{2, Source::Rule};
    QTest::newRow("no manager: the stand-in")
        << service(Rule::Manager, 4) << qint64(6) << Choice{4, Source::StandIn};
    QTest::newRow("no manager, no stand-in: the catalog admins")
        << service(Rule::Manager) << qint64(6) << Choice{0, Source::CatalogAdmins};
    QTest::newRow("manager who left: the stand-in")
        << service(Rule::Manager, 4) << qint64(7) << Choice{4, Source::StandIn};
    QTest::newRow("team lead") << service(Rule::TeamLead) << qint64(1) << Choice{3, Source::Rule};
    QTest::newRow("team without lead: the stand-in")
        << service(Rule::TeamLead, 4) << qint64(6) << Choice{4, Source::StandIn};
    QTest::newRow("team without lead, no stand-in: the catalog admins")
        << service(Rule::TeamLead) << qint64(6) << Choice{0, Source::CatalogAdmins};
    QTest::newRow("the lead asks: not their own approver")
        << service(Rule::TeamLead, 4) << qint64(2) << Choice{4, Source::StandIn};
    QTest::newRow("designated") << service(Rule::Designated, 4) << qint64(1)
                                << Choice{4, Source::Rule};
    QTest::newRow("designated who left: the catalog admins")
        << service(Rule::Designated, 5) << qint64(1) << Choice{0, Source::CatalogAdmins};
    QTest::newRow("the designated person asks: the catalog admins")
        << service(Rule::Designated, 4) << qint64(4) << Choice{0, Source::CatalogAdmins};
    QTest::newRow("unknown requester: the stand-in")
        << service(Rule::Manager, 4) << qint64(99) << Choice{4, Source::StandIn};
}

void ApproverResolverTest::resolves()
{
    QFETCH(Service, service);
    QFETCH(qint64, requester);
    QFETCH(Choice, expected);
    const Choice choice = resolver().resolve(service, requester);
    QCOMPARE(choice.personId, expected.personId);
    QCOMPARE(int(choice.source), int(expected.source));
}

QTEST_GUILESS_MAIN(ApproverResolverTest)
#include "tst_approverresolver.moc"
