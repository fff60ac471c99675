-- The whole data model of DESIGN.md, SQLite dialect. Times are UTC text in
-- ISO 8601 (sortable); JSON is text checked by json_valid; booleans are 0/1.

CREATE TABLE teams (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    lead_id INTEGER REFERENCES people (id) ON DELETE SET NULL
);

CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL UNIQUE CHECK (length(trim(login)) > 0),
    display_name TEXT NOT NULL CHECK (length(trim(display_name)) > 0),
    email TEXT NOT NULL DEFAULT '',
    manager_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
    team_id INTEGER REFERENCES teams (id) ON DELETE SET NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    language TEXT NOT NULL DEFAULT '' CHECK (language IN ('', 'en', 'fr')),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX people_manager_idx ON people (manager_id);
CREATE INDEX people_team_idx ON people (team_id);

CREATE TABLE person_roles (
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('requester', 'technician', 'approver', 'catalog_admin')),
    PRIMARY KEY (person_id, role)
);
CREATE INDEX person_roles_role_idx ON person_roles (role);

CREATE TABLE calendars (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    time_zone TEXT NOT NULL DEFAULT 'UTC',
    working_hours TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(working_hours))
);

CREATE TABLE calendar_holidays (
    calendar_id INTEGER NOT NULL REFERENCES calendars (id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (calendar_id, day)
);

CREATE TABLE sla_policies (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    description TEXT NOT NULL DEFAULT '',
    calendar_id INTEGER NOT NULL REFERENCES calendars (id) ON DELETE RESTRICT,
    warning_percent INTEGER NOT NULL DEFAULT 50 CHECK (warning_percent BETWEEN 1 AND 99),
    critical_percent INTEGER NOT NULL DEFAULT 80 CHECK (critical_percent BETWEEN 1 AND 99),
    CHECK (warning_percent < critical_percent)
);

CREATE TABLE sla_targets (
    policy_id INTEGER NOT NULL REFERENCES sla_policies (id) ON DELETE CASCADE,
    priority TEXT NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'critical')),
    response_minutes INTEGER NOT NULL CHECK (response_minutes > 0),
    resolution_minutes INTEGER NOT NULL CHECK (resolution_minutes >= response_minutes),
    PRIMARY KEY (policy_id, priority)
);

CREATE TABLE categories (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES categories (id) ON DELETE RESTRICT,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    description TEXT NOT NULL DEFAULT '',
    icon TEXT NOT NULL DEFAULT '',
    display_order INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK (parent_id IS NULL OR parent_id <> id)
);
-- Names are unique among siblings; top-level categories count as siblings.
CREATE UNIQUE INDEX categories_sibling_name_idx ON categories (COALESCE(parent_id, 0), name);
CREATE INDEX categories_parent_idx ON categories (parent_id, display_order);

CREATE TABLE services (
    id INTEGER PRIMARY KEY,
    category_id INTEGER NOT NULL REFERENCES categories (id) ON DELETE RESTRICT,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    description TEXT NOT NULL DEFAULT '',
    keywords TEXT NOT NULL DEFAULT '',
    icon TEXT NOT NULL DEFAULT '',
    display_order INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    requires_approval INTEGER NOT NULL DEFAULT 0 CHECK (requires_approval IN (0, 1)),
    approver_rule TEXT NOT NULL DEFAULT 'manager'
        CHECK (approver_rule IN ('manager', 'team_lead', 'designated')),
    designated_approver_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
    fulfilment_team_id INTEGER REFERENCES teams (id) ON DELETE SET NULL,
    estimated_delay_amount INTEGER CHECK (estimated_delay_amount IS NULL OR estimated_delay_amount > 0),
    estimated_delay_unit TEXT NOT NULL DEFAULT 'days' CHECK (estimated_delay_unit IN ('hours', 'days')),
    sla_policy_id INTEGER REFERENCES sla_policies (id) ON DELETE SET NULL,
    form_schema TEXT NOT NULL DEFAULT '{"fields":[]}' CHECK (json_valid(form_schema)),
    form_version INTEGER NOT NULL DEFAULT 1 CHECK (form_version > 0),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (category_id, name)
);
CREATE INDEX services_category_idx ON services (category_id, display_order);
CREATE INDEX services_active_idx ON services (active);

CREATE TABLE form_versions (
    id INTEGER PRIMARY KEY,
    service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    version INTEGER NOT NULL CHECK (version > 0),
    form_schema TEXT NOT NULL CHECK (json_valid(form_schema)),
    published_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    published_by INTEGER REFERENCES people (id) ON DELETE SET NULL,
    UNIQUE (service_id, version)
);

CREATE TABLE service_requests (
    id INTEGER PRIMARY KEY,
    tracking_number TEXT NOT NULL UNIQUE,
    service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE RESTRICT,
    form_version INTEGER NOT NULL DEFAULT 1,
    requester_id INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'critical')),
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'pending_approval', 'approved',
        'rejected', 'in_progress', 'done', 'cancelled')),
    assignee_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
    approver_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
    request_data TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(request_data)),
    sla_policy_id INTEGER REFERENCES sla_policies (id) ON DELETE SET NULL,
    response_target_minutes INTEGER,
    resolution_target_minutes INTEGER,
    warning_percent INTEGER,
    critical_percent INTEGER,
    clock_started_at TEXT,
    response_due_at TEXT,
    resolution_due_at TEXT,
    expected_at TEXT,
    escalation_level INTEGER NOT NULL DEFAULT 0 CHECK (escalation_level BETWEEN 0 AND 3),
    decision_reason TEXT NOT NULL DEFAULT '',
    resolution_note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    decided_at TEXT,
    taken_at TEXT,
    done_at TEXT,
    cancelled_at TEXT,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX requests_status_created_idx ON service_requests (status, created_at);
CREATE INDEX requests_created_idx ON service_requests (created_at);
CREATE INDEX requests_service_created_idx ON service_requests (service_id, created_at);
CREATE INDEX requests_requester_created_idx ON service_requests (requester_id, created_at);
CREATE INDEX requests_assignee_status_idx ON service_requests (assignee_id, status);
CREATE INDEX requests_approver_status_idx ON service_requests (approver_id, status);
CREATE INDEX requests_resolution_due_idx ON service_requests (resolution_due_at);
CREATE INDEX requests_done_idx ON service_requests (done_at);

CREATE TABLE request_events (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES service_requests (id) ON DELETE CASCADE,
    actor_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
    kind TEXT NOT NULL,
    from_status TEXT,
    to_status TEXT,
    detail TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(detail)),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX request_events_request_idx ON request_events (request_id, created_at);
CREATE INDEX request_events_kind_created_idx ON request_events (kind, created_at);

CREATE TABLE comments (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES service_requests (id) ON DELETE CASCADE,
    author_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
    body TEXT NOT NULL CHECK (length(trim(body)) > 0),
    visibility TEXT NOT NULL DEFAULT 'internal' CHECK (visibility IN ('external', 'internal')),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX comments_request_idx ON comments (request_id, created_at);

CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES service_requests (id) ON DELETE CASCADE,
    field_key TEXT NOT NULL,
    file_name TEXT NOT NULL,
    mime_type TEXT NOT NULL DEFAULT 'application/octet-stream',
    size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
    sha256 TEXT NOT NULL,
    content BLOB NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX attachments_request_idx ON attachments (request_id);

CREATE TABLE notifications (
    id INTEGER PRIMARY KEY,
    recipient_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    request_id INTEGER REFERENCES service_requests (id) ON DELETE CASCADE,
    event TEXT NOT NULL,
    channel TEXT NOT NULL DEFAULT 'email' CHECK (channel IN ('email', 'webhook', 'in_app')),
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    next_attempt_at TEXT,
    sent_at TEXT,
    read_at TEXT,
    failed_at TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT ''
);
-- The dispatcher's work list: what is neither sent nor given up.
CREATE INDEX notifications_pending_idx ON notifications (next_attempt_at)
    WHERE sent_at IS NULL AND failed_at IS NULL;
CREATE INDEX notifications_recipient_idx ON notifications (recipient_id, created_at);
