#include "RequestFixture.h"
#include "sla/SlaBadge.h"

#include <QTest>

using namespace Qt::StringLiterals;

// A request's due date and mark, read from the database at an instant.
class SlaBadgeTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void marksTheState_data();
    void marksTheState();
};

void SlaBadgeTest::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    qputenv("TZ", "Europe/Paris");
}

void SlaBadgeTest::marksTheState_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<bool>("firm");
    QTest::addColumn<QString>("now");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QColor>("color");

    // Submitted Monday 15 June 2026 at 17:00 in Paris: resolution due
    // Wednesday 15:00 (16 business hours); the response (4 hours) turns to
    // warning on Tuesday at 10:00 while nobody has taken it. The estimate of
    // two days expects it Wednesday 17:00.
    const QStringList backends = TestDatabase::postgresAvailable()
                                     ? QStringList{u"sqlite"_s, u"postgresql"_s}
                                     : QStringList{u"sqlite"_s};
    for (const QString &backend : backends) {
        const auto row = [&](const char *name, bool firm, const QString &now, const QString &text,
                             SlaState::Value state) {
            QTest::addRow("%s, %s", qPrintable(backend), name)
                << backend << firm << now << text << SlaBadge::colorFor(state);
        };
        row("on track", true, u"2026-06-15T17:30:00+02:00"_s, u"Due 17/06/2026 15:00 — On track"_s,
            SlaState::Value::OnTrack);
        row("warning", true, u"2026-06-16T10:30:00+02:00"_s, u"Due 17/06/2026 15:00 — Warning"_s,
            SlaState::Value::Warning);
        row("breached", true, u"2026-06-17T15:00:00+02:00"_s, u"Due 17/06/2026 15:00 — Breached"_s,
            SlaState::Value::Breached);
        row("estimate, on track", false, u"2026-06-16T09:00:00+02:00"_s,
            u"Expected 17/06/2026 17:00 — On track"_s, SlaState::Value::OnTrack);
        row("estimate, late", false, u"2026-06-18T09:00:00+02:00"_s,
            u"Expected 17/06/2026 17:00 — Late"_s, SlaState::Value::Breached);
    }
}

void SlaBadgeTest::marksTheState()
{
    QFETCH(QString, backend);
    QFETCH(bool, firm);
    QFETCH(QString, now);
    QFETCH(QString, text);
    QFETCH(QColor, color);

    RequestFixture fixture(backend);
    QVERIFY(fixture.ok());
    const qint64 service = firm ? fixture.createService(u"Repair"_s, fixture.policyId())
                                : fixture.createService(u"Screen"_s, 0, false, 2);
    const qint64 request =
        fixture.submit(service, RequestFixture::at(u"2026-06-15T17:00:00+02:00"_s));
    const auto sla = RequestSla::read(fixture.database(), request, RequestFixture::at(now));
    QVERIFY2(sla, qPrintable(sla.error()));
    QCOMPARE(sla->firm, firm);

    SlaBadge badge;
    badge.setSla(*sla);
    QCOMPARE(badge.text(), text);
    QCOMPARE(SlaBadge::colorFor(sla->state), color);
    QVERIFY(SlaBadge::colorFor(SlaState::Value::OnTrack) !=
            SlaBadge::colorFor(SlaState::Value::Warning));
}

QTEST_MAIN(SlaBadgeTest)
#include "tst_slabadge.moc"
