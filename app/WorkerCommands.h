#pragma once

#include "jobs/BackgroundJobs.h"

#include <QCoreApplication>

struct CommandContext;

// kaliaops worker: the background jobs of a team's server (the SLA
// escalation clock and the delivery of notifications by e-mail), headless, until
// SIGTERM or Ctrl+C stops it cleanly between two passes. "worker once" runs
// one pass and exits, for cron and for checks.
class WorkerCommands
{
    Q_DECLARE_TR_FUNCTIONS(WorkerCommands)

public:
    static int run(CommandContext &context);

private:
    static int runUntilStopped(CommandContext &context);
    static void report(CommandContext &context, const BackgroundJobs::Pass &pass, bool always);
};
