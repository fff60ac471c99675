-- The SLA clock: when each clock of a request turns to warning and critical,
-- fixed at clock start like the due dates, so that the SLA state is a plain
-- comparison with the current time; and the next instant at which the
-- escalation worker has something to do for the request.

ALTER TABLE service_requests ADD COLUMN response_warning_at TEXT;
ALTER TABLE service_requests ADD COLUMN response_critical_at TEXT;
ALTER TABLE service_requests ADD COLUMN resolution_warning_at TEXT;
ALTER TABLE service_requests ADD COLUMN resolution_critical_at TEXT;
ALTER TABLE service_requests ADD COLUMN next_escalation_at TEXT;

CREATE INDEX requests_next_escalation_idx ON service_requests (next_escalation_at)
    WHERE next_escalation_at IS NOT NULL;
CREATE INDEX requests_expected_idx ON service_requests (expected_at);
