#include "WorkerCommands.h"

#include "CommandContext.h"
#include "DatabaseSetup.h"
#include "jobs/BackgroundJobs.h"
#include "storage/Database.h"

#include <QEventLoop>
#include <QTimer>
#include <csignal>

using namespace Qt::StringLiterals;

namespace {

// Set by the signal handler, read by a timer: a handler may do no more.
volatile std::sig_atomic_t stopRequested = 0;

void requestStop(int)
{
    stopRequested = 1;
}

// How often the worker looks for a stop request.
constexpr std::chrono::milliseconds stopPollInterval{100};

bool openDatabase(CommandContext &context, Database &database)
{
    QString error;
    // Like the window: the schema is brought up to date first.
    if (!database.open(context.url, &error) || DatabaseSetup::prepare(database, &error) < 0) {
        context.err << error << Qt::endl;
        return false;
    }
    return true;
}

} // namespace

int WorkerCommands::run(CommandContext &context)
{
    if (context.words == QStringList{u"once"_s}) {
        Database database;
        if (!openDatabase(context, database))
            return 1;
        const auto escalations = BackgroundJobs(database).runOnce();
        if (!escalations) {
            context.err << escalations.error() << Qt::endl;
            return 1;
        }
        context.out << tr("%n escalation(s) raised.", nullptr, *escalations) << Qt::endl;
        return 0;
    }
    if (!context.words.isEmpty()) {
        context.err << tr("The worker command is \"kaliaops worker\" or \"kaliaops worker once\".")
                    << Qt::endl;
        return 2;
    }
    return runUntilStopped(context);
}

int WorkerCommands::runUntilStopped(CommandContext &context)
{
    Database database;
    if (!openDatabase(context, database))
        return 1;

    stopRequested = 0;
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);

    BackgroundJobs jobs(database);
    QObject::connect(&jobs, &BackgroundJobs::passFinished, [&](int escalations) {
        if (escalations > 0)
            context.out << tr("%n escalation(s) raised.", nullptr, escalations) << Qt::endl;
    });
    QObject::connect(&jobs, &BackgroundJobs::passFailed,
                     [&](const QString &message) { context.err << message << Qt::endl; });

    QEventLoop loop;
    QTimer stopPoll;
    QObject::connect(&stopPoll, &QTimer::timeout, &loop, [&] {
        if (stopRequested)
            loop.quit();
    });
    stopPoll.start(stopPollInterval);

    context.out << tr("Worker running on %1; stop it with Ctrl+C or SIGTERM.")
                       .arg(context.url.toDisplayString())
                << Qt::endl;
    jobs.start();
    loop.exec();
    jobs.stop();
    context.out << tr("Worker stopped.") << Qt::endl;
    return 0;
}
