-- The history of the catalog: one row per change of a category or service,
-- with who made it and what changed. item_id has no foreign key: the history
-- of a deleted item stays readable.

CREATE TABLE catalog_changes (
    id INTEGER PRIMARY KEY,
    item_kind TEXT NOT NULL CHECK (item_kind IN ('category', 'service')),
    item_id INTEGER NOT NULL,
    action TEXT NOT NULL
        CHECK (action IN ('created', 'changed', 'moved', 'deleted', 'restored')),
    actor_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
    actor_name TEXT NOT NULL DEFAULT '',
    changed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    changes TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(changes))
);
CREATE INDEX catalog_changes_item_idx ON catalog_changes (item_kind, item_id, changed_at);
CREATE INDEX catalog_changes_actor_idx ON catalog_changes (actor_id);
