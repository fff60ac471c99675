#include "Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "kaliaops.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCatalog, "kaliaops.catalog", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPeople, "kaliaops.people", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDemo, "kaliaops.demo", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSla, "kaliaops.sla", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRequests, "kaliaops.requests", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNotifications, "kaliaops.notifications", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "kaliaops.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "kaliaops.ui", QtInfoMsg)
