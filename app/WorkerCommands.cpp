#include "WorkerCommands.h"

#include "AppSettings.h"
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
        BackgroundJobs jobs(database);
        jobs.setMailSettings(AppSettings::mailSettings());
        const auto pass = jobs.runOnce();
        if (!pass) {
            context.err << pass.error() << Qt::endl;
            return 1;
        }
        report(context, *pass, true);
        return 0;
    }
    if (!context.words.isEmpty()) {
        context.err << tr("The worker command is \"kaliaops worker\" or \"kaliaops worker once\".")
                    << Qt::endl;
        return 2;
    }
    return runUntilStopped(context);
}

// What a pass did; a quiet pass says nothing unless asked for a report.
void WorkerCommands::report(CommandContext &context, const BackgroundJobs::Pass &pass, bool always)
{
    const NotificationDispatcher::Report &mail = pass.mail;
    if (always || pass.escalations > 0)
        context.out << tr("%n escalation(s) raised.", nullptr, pass.escalations) << Qt::endl;
    if (always || mail.sent + mail.retried + mail.failed > 0)
        context.out << tr("Mail: %1 sent, %2 to try again, %3 given up.")
                           .arg(mail.sent)
                           .arg(mail.retried)
                           .arg(mail.failed)
                    << Qt::endl;
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
    jobs.setMailSettings(AppSettings::mailSettings());
    QObject::connect(&jobs, &BackgroundJobs::passFinished,
                     [&](const BackgroundJobs::Pass &pass) { report(context, pass, false); });
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
