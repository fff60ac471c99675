#pragma once

#include "requests/Priority.h"
#include "storage/Result.h"

#include <QCoreApplication>
#include <QString>

class BusinessCalendar;
class Database;
class Service;
class SlaPolicy;

// What a service promises a requester, in words: the resolution target of
// its SLA policy for a normal request ("Resolved within 2 business days"),
// or, without policy, its estimate ("Usually done within 4 hours"), which
// is indicative only.
class SlaCommitment
{
    Q_DECLARE_TR_FUNCTIONS(SlaCommitment)

public:
    static QString forPolicy(const SlaPolicy &policy, const BusinessCalendar &calendar,
                             Priority::Level priority = Priority::Level::Normal);
    // Empty for a service without estimate.
    static QString forEstimate(const Service &service);
    // The commitment of a service: its policy's, else its estimate's.
    static Result<QString> forService(const Database &database, const Service &service);
};
