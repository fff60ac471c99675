#include "catalog/CatalogDirectory.h"
#include "catalog/CatalogExporter.h"
#include "catalog/CatalogJson.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

// The catalog file on its own, without a database: how a document is
// written, how keys are made, and every kind of bad file the reader refuses.
class CatalogJsonTest : public QObject
{
    Q_OBJECT

private slots:
    void writesTheDocumentedLayout();
    void writingIsStable();
    void sampleFileIsCanonical();
    void slugs_data();
    void slugs();
    void exportOrdersAndKeys();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void reportsEveryProblemInFileOrder();
    void convertsParseOffsetsToLineAndColumn();
    void fillsDefaultsForLeftOutMembers();

private:
    static QByteArray fixture(const QString &name);
    static CatalogDocument smallDocument();
};

QByteArray CatalogJsonTest::fixture(const QString &name)
{
    QFile file(QStringLiteral(KALIAOPS_TEST_DATA) + u"/catalog/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

CatalogDocument CatalogJsonTest::smallDocument()
{
    CatalogDocument document;
    Category hardware;
    hardware.name = u"Hardware"_s;
    hardware.icon = u"laptop"_s;
    hardware.displayOrder = 1;
    document.categories.append({u"hardware"_s, QString(), hardware});

    Service laptop;
    laptop.name = u"New laptop"_s;
    laptop.keywords = {u"pc"_s};
    laptop.requiresApproval = true;
    laptop.approverRule = Service::ApproverRule::Designated;
    laptop.estimatedDelayAmount = 3;
    laptop.formSchema = QJsonObject{
        {u"fields"_s, QJsonArray{QJsonObject{
                          {u"key"_s, u"why"_s}, {u"type"_s, u"text"_s}, {u"label"_s, u"Why?"_s}}}}};
    document.services.append(
        {u"hardware/new-laptop"_s, u"hardware"_s, laptop, u"jdoe"_s, u"Service desk"_s, QString()});
    return document;
}

void CatalogJsonTest::writesTheDocumentedLayout()
{
    const QByteArray expected = R"({
  "format": "kaliaops-catalog",
  "version": 1,
  "categories": [
    {
      "key": "hardware",
      "parent": null,
      "name": "Hardware",
      "description": "",
      "icon": "laptop",
      "displayOrder": 1
    }
  ],
  "services": [
    {
      "key": "hardware/new-laptop",
      "category": "hardware",
      "name": "New laptop",
      "description": "",
      "keywords": [
        "pc"
      ],
      "icon": "",
      "displayOrder": 0,
      "active": true,
      "requiresApproval": true,
      "approverRule": "designated",
      "designatedApprover": "jdoe",
      "fulfilmentTeam": "Service desk",
      "estimatedDelay": {
        "amount": 3,
        "unit": "days"
      },
      "slaPolicy": null,
      "form": {
        "fields": [
          {
            "key": "why",
            "label": "Why?",
            "type": "text"
          }
        ]
      }
    }
  ]
}
)";
    QCOMPARE(CatalogJson::write(smallDocument()), expected);
}

void CatalogJsonTest::writingIsStable()
{
    const CatalogDocument document = smallDocument();
    const QByteArray first = CatalogJson::write(document);
    QCOMPARE(CatalogJson::write(document), first);

    QList<CatalogProblem> problems;
    const CatalogDocument reread = CatalogJson::read(first, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).text()));
    QCOMPARE(reread, document);
    QCOMPARE(CatalogJson::write(reread), first);
}

// The sample is what an export writes: reading and writing it changes nothing.
void CatalogJsonTest::sampleFileIsCanonical()
{
    const QByteArray sample = fixture(u"sample.json"_s);
    QList<CatalogProblem> problems;
    const CatalogDocument document = CatalogJson::read(sample, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).text()));
    QCOMPARE(document.categories.size(), 8);
    QCOMPARE(document.services.size(), 7);
    QCOMPARE(CatalogJson::write(document), sample);
}

void CatalogJsonTest::slugs_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("slug");
    QTest::newRow("words") << u"Access & identity"_s << u"access-identity"_s;
    QTest::newRow("accents") << u"Accès réseau, Wi-Fi"_s << u"acces-reseau-wi-fi"_s;
    QTest::newRow("spaces around") << u"  VPN  "_s << u"vpn"_s;
    QTest::newRow("ligatures") << u"Œuvre straße"_s << u"oeuvre-strasse"_s;
    QTest::newRow("digits") << u"Windows 11 (x64)"_s << u"windows-11-x64"_s;
    QTest::newRow("nothing ascii") << u"日本語"_s << u"category"_s;
    QTest::newRow("punctuation only") << u"C++"_s << u"c"_s;
}

void CatalogJsonTest::slugs()
{
    QFETCH(QString, name);
    QFETCH(QString, slug);
    QCOMPARE(CatalogExporter::slug(name, u"category"_s), slug);
}

void CatalogJsonTest::exportOrdersAndKeys()
{
    // Rows as a database might return them: in no useful order.
    const QList<Category> categories = {
        {7, 2, u"Screens"_s, {}, {}, 2}, {2, 0, u"Hardware"_s, {}, {}, 1},
        {5, 2, u"Laptops"_s, {}, {}, 1}, {9, 0, u"Access"_s, {}, {}, 1},
        {3, 5, u"C++"_s, {}, {}, 0},     {4, 5, u"c"_s, {}, {}, 0}};
    Service dock;
    dock.id = 11;
    dock.categoryId = 5;
    dock.name = u"Dock"_s;
    dock.displayOrder = 2;
    dock.designatedApproverId = 40;
    dock.slaPolicyId = 8;
    Service bag = dock;
    bag.id = 12;
    bag.name = u"Bag"_s;
    bag.designatedApproverId = 0;
    bag.slaPolicyId = 0;
    Service reset = bag;
    reset.id = 13;
    reset.categoryId = 9;
    reset.name = u"Password reset"_s;
    CatalogDirectory directory;
    directory.addPerson(40, u"jdoe"_s);
    directory.addSlaPolicy(8, u"Standard"_s);

    const CatalogDocument document =
        CatalogExporter::build(categories, {dock, bag, reset}, directory);

    QStringList keys;
    for (const auto &entry : document.categories)
        keys << entry.key + u" < "_s + entry.parentKey;
    // Same display order: by name ignoring case, then upper case first.
    QCOMPARE(keys, (QStringList{u"access < "_s, u"hardware < "_s, u"hardware/laptops < hardware"_s,
                                u"hardware/laptops/c < hardware/laptops"_s,
                                u"hardware/laptops/c-2 < hardware/laptops"_s,
                                u"hardware/screens < hardware"_s}));
    QCOMPARE(document.categories.at(3).category.name, u"c"_s);
    QCOMPARE(document.categories.at(3).category.id, 0);

    keys.clear();
    for (const auto &entry : document.services)
        keys << entry.key;
    QCOMPARE(keys, (QStringList{u"access/password-reset"_s, u"hardware/laptops/bag"_s,
                                u"hardware/laptops/dock"_s}));
    QCOMPARE(document.services.at(2).designatedApprover, u"jdoe"_s);
    QCOMPARE(document.services.at(2).slaPolicy, u"Standard"_s);
    QCOMPARE(document.services.at(1).designatedApprover, QString());
}

void CatalogJsonTest::refusesBadFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("mentions");

    const auto row = [](const char *name, const QString &place, const QString &mentions) {
        QTest::newRow(name) << QString::fromLatin1(name).replace(u' ', u'-') + u".json"_s << place
                            << mentions;
    };
    row("bad json", u"line 5, column "_s, u"JSON"_s);
    row("truncated json", u"line 7, column "_s, u"JSON"_s);
    row("not an object", u"the whole file"_s, u"object"_s);
    row("wrong format", u"format"_s, u"kaliaops-catalog"_s);
    row("newer version", u"version"_s, u"version 2"_s);
    row("wrong types", u"categories[0].displayOrder"_s, u"whole number"_s);
    row("missing name", u"categories[1].name"_s, u"name"_s);
    row("blank name", u"services[0].name"_s, u"name"_s);
    row("duplicate key", u"categories[2].key"_s, u"categories[0]"_s);
    row("unknown parent", u"categories[1].parent"_s, u"\"hardwar\""_s);
    row("cycle", u"categories[0].parent"_s, u"\"a\" → \"b\" → \"a\""_s);
    row("self parent", u"categories[0].parent"_s, u"own parent"_s);
    row("duplicate sibling names", u"categories[2].name"_s, u"\"Laptops\""_s);
    row("service in unknown category", u"services[0].category"_s, u"\"hardwar\""_s);
    row("duplicate service names", u"services[1].name"_s, u"\"New laptop\""_s);
    row("bad approver rule", u"services[0].approverRule"_s, u"\"boss\""_s);
    row("negative delay", u"services[0].estimatedDelay.amount"_s, u"positive"_s);
    row("bad delay unit", u"services[0].estimatedDelay.unit"_s, u"\"weeks\""_s);
    row("designated approver missing", u"services[0].designatedApprover"_s, u"designated"_s);
    row("unknown member", u"categories[0].colour"_s, u"no such member"_s);
    row("bad form", u"services[0].form.fields[1].key"_s, u"\"why\""_s);
    row("keyword with comma", u"services[0].keywords[1]"_s, u"comma"_s);
}

void CatalogJsonTest::refusesBadFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, place);
    QFETCH(QString, mentions);

    QList<CatalogProblem> problems;
    CatalogJson::read(fixture(u"bad/"_s + file), &problems);

    QStringList texts;
    for (const CatalogProblem &problem : problems)
        texts << problem.text();
    QVERIFY2(!problems.isEmpty(), "the file was accepted");
    // A JSON error's column is where Qt's parser stopped; only the line is exact.
    const auto found =
        std::find_if(problems.begin(), problems.end(), [&](const CatalogProblem &problem) {
            return problem.place == place ||
                   (place.endsWith(u' ') && problem.place.startsWith(place));
        });
    QVERIFY2(found != problems.end(), qPrintable(texts.join(u'\n')));
    QVERIFY2(found->text().startsWith(found->place + u": "_s), qPrintable(found->text()));
    QVERIFY2(found->message.contains(mentions), qPrintable(found->text()));
}

void CatalogJsonTest::reportsEveryProblemInFileOrder()
{
    QList<CatalogProblem> problems;
    CatalogJson::read(fixture(u"bad/several-problems.json"_s), &problems);

    QStringList places;
    for (const CatalogProblem &problem : problems)
        places << problem.place;
    QCOMPARE(places, (QStringList{u"categories[1].name"_s, u"categories[1].parent"_s,
                                  u"categories[2].name"_s, u"services[0].approverRule"_s,
                                  u"services[1].estimatedDelay.amount"_s, u"services[1].key"_s,
                                  u"services[1].category"_s}));
}

void CatalogJsonTest::convertsParseOffsetsToLineAndColumn()
{
    // The same error after "é" (two bytes) and after "e": columns count
    // characters, not bytes.
    QList<CatalogProblem> accented;
    CatalogJson::read("{\n  \"format\": \"\xc3\xa9\" ]\n}", &accented);
    QList<CatalogProblem> plain;
    CatalogJson::read("{\n  \"format\": \"e\" ]\n}", &plain);

    QCOMPARE(accented.size(), 1);
    QVERIFY2(accented.first().place.startsWith(u"line 2, column "_s),
             qPrintable(accented.first().place));
    QCOMPARE(accented.first().place, plain.value(0).place);
}

void CatalogJsonTest::fillsDefaultsForLeftOutMembers()
{
    const QByteArray json = R"({"format": "kaliaops-catalog", "version": 1,
        "categories": [{"key": "k", "name": "Hardware"}],
        "services": [{"key": "s", "category": "k", "name": "Laptop"}]})";
    QList<CatalogProblem> problems;
    const CatalogDocument document = CatalogJson::read(json, &problems);
    QVERIFY(problems.isEmpty());

    const Service &service = document.services.first().service;
    QCOMPARE(document.categories.first().parentKey, QString());
    QCOMPARE(service.active, true);
    QCOMPARE(service.requiresApproval, false);
    QCOMPARE(service.approverRule, Service::ApproverRule::Manager);
    QCOMPARE(service.estimatedDelayAmount, 0);
    QCOMPARE(service.formSchema, Service::emptyFormSchema());
}

QTEST_GUILESS_MAIN(CatalogJsonTest)
#include "tst_catalogjson.moc"
