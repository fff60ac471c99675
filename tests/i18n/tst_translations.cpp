#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

// Every string the program shows must have its French translation, and every
// plural its English forms. The check runs lupdate over today's sources
// first, so a tr() added without updating the .ts files fails here too.
class TranslationsTest : public QObject
{
    Q_OBJECT

private slots:
    void isComplete_data();
    void isComplete();

private:
    struct Counts
    {
        int messages = 0;
        QStringList unfinished;
    };
    static Counts read(const QString &path);
};

TranslationsTest::Counts TranslationsTest::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Counts counts;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"source"_s)
            source = xml.readElementText();
        if (xml.name() != u"translation"_s)
            continue;
        ++counts.messages;
        const bool unfinished = xml.attributes().value(u"type"_s) == u"unfinished"_s;
        const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        if (unfinished || text.trimmed().isEmpty())
            counts.unfinished << source;
    }
    return counts;
}

void TranslationsTest::isComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("french") << u"kaliaops_fr.ts"_s << QStringList();
    QTest::newRow("english plurals") << u"kaliaops_en.ts"_s << QStringList{u"-pluralonly"_s};
}

void TranslationsTest::isComplete()
{
    QFETCH(QString, file);
    QFETCH(QStringList, options);

    QTemporaryDir folder;
    const QString copy = folder.filePath(file);
    QVERIFY(QFile::copy(QStringLiteral(KALIAOPS_SOURCE_DIR "/translations/") + file, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess lupdate;
    const QDir source(QStringLiteral(KALIAOPS_SOURCE_DIR));
    lupdate.start(QStringLiteral(KALIAOPS_LUPDATE),
                  options + QStringList{u"-silent"_s, u"-no-obsolete"_s, u"-locations"_s, u"none"_s,
                                        source.filePath(u"app"_s), source.filePath(u"models"_s),
                                        source.filePath(u"views"_s), u"-ts"_s, copy});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    const Counts counts = read(copy);
    QVERIFY2(counts.messages > 0, "lupdate found no string at all");
    if (!counts.unfinished.isEmpty())
        qInfo("Run `cmake --build build --target update_translations`, then translate %s.",
              qPrintable(file));
    QVERIFY2(counts.unfinished.isEmpty(),
             qPrintable(
                 u"%1 of %2 strings lack a translation, e.g.:\n  %3"_s.arg(counts.unfinished.size())
                     .arg(counts.messages)
                     .arg(counts.unfinished.mid(0, 15).join(u"\n  "_s))));
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
