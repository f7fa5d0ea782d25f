-- Imports over HTTP are shared work (issue 13, ADR 0028): the node that accepts an upload checks it, stores its files
-- here and offers the import as a work claim of kind 'import' in the same transaction as its history_import row; any
-- node with the web application claims it and runs it, and a dead node's import is taken over once its lease expires.
-- The files are deleted when the import ends (succeeded or failed): they hold personal data in plain text.
ALTER TABLE history_import DROP CONSTRAINT history_import_status_check;
ALTER TABLE history_import ADD CONSTRAINT history_import_status_check
    CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'));
-- The node running (or last running) the import, and how many times a node started it.
ALTER TABLE history_import ADD COLUMN node TEXT, ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;

-- One uploaded file of a queued or running import; its bytes in chunks of at most 1 MiB, written and read one chunk
-- at a time so that neither end holds the file twice.
CREATE TABLE history_import_file (
    import_id UUID   NOT NULL REFERENCES history_import (id) ON DELETE CASCADE,
    part      TEXT   NOT NULL CHECK (part IN ('customers', 'contacts', 'purchases')),
    name      TEXT   NOT NULL,
    size      BIGINT NOT NULL CHECK (size >= 0),
    PRIMARY KEY (import_id, part)
);
CREATE TABLE history_import_chunk (
    import_id UUID    NOT NULL,
    part      TEXT    NOT NULL,
    seq       INTEGER NOT NULL CHECK (seq >= 0),
    data      BYTEA   NOT NULL,
    PRIMARY KEY (import_id, part, seq),
    FOREIGN KEY (import_id, part) REFERENCES history_import_file (import_id, part) ON DELETE CASCADE
);

-- Imports left running by a version that kept the files in one node's memory cannot be taken over: their
-- transaction was rolled back when that process stopped, nothing of them was written.
UPDATE history_import SET status = 'FAILED', finished_at = now(),
    error = 'the process running this import stopped before it committed; nothing of it was written: post the same'
        || ' files again'
WHERE status = 'RUNNING';
