#include "CatalogBench.h"

#include "BenchCatalog.h"
#include "catalog/CatalogBrowser.h"
#include "catalog/CatalogExporter.h"
#include "catalog/CatalogImporter.h"
#include "catalog/CatalogStore.h"
#include "catalog/CatalogTreeModel.h"
#include "people/PeopleStore.h"
#include "storage/Database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTest>
#include <QTextStream>
#include <algorithm>

#if __has_include("catalog/CatalogEditor.h")
#include "catalog/CatalogEditor.h"
#define KALIAOPS_BENCH_EDITOR 1
#endif

using namespace Qt::StringLiterals;

namespace {

constexpr int repeats = 5;
const auto filterWord = u"acces"_s;

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

CatalogBench::CatalogBench(const Database &database, const QString &backend)
    : m_database(database)
    , m_backend(backend)
{}

void CatalogBench::print(const QString &bench, double ms, const QString &extra) const
{
    QTextStream(stdout) << u"{\"bench\": \"%1\", \"backend\": \"%2\", \"ms\": %3%4}"_s.arg(
                               bench, m_backend, QString::number(ms, 'f', 1), extra)
                        << Qt::endl;
}

double CatalogBench::median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

bool CatalogBench::run()
{
    if (!generate() || !loadStore())
        return false;
    loadTreeModel();
    filterBrowser();
    openEditor();
    return exportAndPlan();
}

bool CatalogBench::generate()
{
    QElapsedTimer timer;
    timer.start();
    const Status generated = BenchCatalog::generate(m_database);
    if (!generated) {
        qWarning("%s", qPrintable(generated.error()));
        return false;
    }
    print(u"generate"_s, elapsedMs(timer),
          u", \"categories\": %1, \"services\": %2"_s.arg(BenchCatalog::categoryCount)
              .arg(BenchCatalog::serviceCount));
    return true;
}

bool CatalogBench::loadStore()
{
    CatalogStore store(m_database);
    QList<double> times;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto categories = store.categories();
        const auto services = store.services();
        times << elapsedMs(timer);
        if (!categories || !services || services->size() != BenchCatalog::serviceCount) {
            qWarning("The generated catalog could not be read back.");
            return false;
        }
    }
    print(u"store_categories_and_services"_s, median(times),
          u", \"max_ms\": %1"_s.arg(*std::max_element(times.begin(), times.end()), 0, 'f', 1));
    return true;
}

void CatalogBench::loadTreeModel()
{
    CatalogStore store(m_database);
    QElapsedTimer first;
    first.start();
    CatalogTreeModel model(store);
    print(u"tree_model_first_load"_s, elapsedMs(first));

    QList<double> times;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        model.reload();
        times << elapsedMs(timer);
    }
    print(u"tree_model_reload"_s, median(times), u", \"rows_top\": %1"_s.arg(model.rowCount()));
}

// Types the filter word a character at a time, as a person would, and times
// each keystroke until the window has handled it.
void CatalogBench::typeFilter(const QString &bench, QWidget *window, const QString &editName)
{
    auto *edit = window->findChild<QLineEdit *>(editName);
    if (!edit) {
        print(bench + u"_skipped"_s, 0);
        return;
    }
    edit->setFocus();
    QList<double> times;
    for (const QChar c : filterWord) {
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(edit, c.toLatin1());
        QApplication::processEvents();
        times << elapsedMs(timer);
    }
    QStringList each;
    for (double ms : std::as_const(times))
        each << QString::number(ms, 'f', 1);
    print(bench, median(times),
          u", \"max_ms\": %1, \"keystrokes_ms\": [%2]"_s
              .arg(*std::max_element(times.begin(), times.end()), 0, 'f', 1)
              .arg(each.join(u", "_s)));
}

void CatalogBench::filterBrowser()
{
    CatalogStore store(m_database);
    PeopleStore people(m_database);
    QElapsedTimer timer;
    timer.start();
    CatalogBrowser browser(store, people);
    browser.resize(1200, 800);
    browser.show();
    QApplication::processEvents();
    print(u"browser_open"_s, elapsedMs(timer));
    typeFilter(u"browser_filter_keystroke"_s, &browser, u"catalogFilter"_s);
}

void CatalogBench::openEditor()
{
#ifdef KALIAOPS_BENCH_EDITOR
    CatalogStore store(m_database);
    PeopleStore people(m_database);
    QElapsedTimer timer;
    timer.start();
    CatalogEditor editor(store, people);
    editor.resize(1200, 800);
    editor.show();
    QApplication::processEvents();
    print(u"editor_open"_s, elapsedMs(timer));
    typeFilter(u"editor_filter_keystroke"_s, &editor, u"editorFilter"_s);
#else
    print(u"editor_open_skipped"_s, 0);
#endif
}

bool CatalogBench::exportAndPlan()
{
    QElapsedTimer timer;
    timer.start();
    const auto json = CatalogExporter(m_database).toJson();
    if (!json) {
        qWarning("%s", qPrintable(json.error()));
        return false;
    }
    print(u"export"_s, elapsedMs(timer), u", \"bytes\": %1"_s.arg(json->size()));

    // The import preview of the same file: everything matches, nothing to do.
    CatalogStore store(m_database);
    timer.restart();
    const auto plan = CatalogImporter(store).plan(*json, false);
    if (!plan) {
        qWarning("%s", qPrintable(plan.error()));
        return false;
    }
    print(u"import_plan_unchanged"_s, elapsedMs(timer),
          u", \"changes\": %1"_s.arg(plan->hasChanges() ? u"true"_s : u"false"_s));
    return true;
}
