#include "DatabaseSetup.h"

#include "sla/CalendarStore.h"
#include "storage/Migrator.h"

#include <QDate>

int DatabaseSetup::prepare(const Database &database, QString *error)
{
    const int applied = Migrator(database).migrate(error);
    if (applied < 0)
        return -1;

    // The holidays of this year and the next go into a new Office hours calendar.
    const Status defaults = CalendarStore::ensureDefaults(database, QDate::currentDate().year());
    if (!defaults) {
        *error = defaults.error();
        return -1;
    }
    return applied;
}
