-- Axon's JDBC dead-letter queue, one for every event processor (processing_group): an event a processor cannot
-- handle waits here with its cause, and so do the later events of the same sequence (aggregate), while the rest of
-- the stream moves on. Column types follow Axon's JdbcSequencedDeadLetterQueue: instants as ISO-8601 text, message
-- parts as Jackson JSON in bytea; the cause's message is text (Axon truncates it to 1,024 characters).
CREATE TABLE dead_letter_entry (
    dead_letter_id       VARCHAR(255) NOT NULL PRIMARY KEY,
    processing_group     VARCHAR(255) NOT NULL,
    sequence_identifier  VARCHAR(255) NOT NULL,
    sequence_index       BIGINT       NOT NULL,
    message_type         VARCHAR(255) NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL,
    time_stamp           VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA        NOT NULL,
    meta_data            BYTEA,
    aggregate_type       VARCHAR(255),
    aggregate_identifier VARCHAR(255),
    sequence_number      BIGINT,
    token_type           VARCHAR(255),
    token                BYTEA,
    enqueued_at          VARCHAR(255) NOT NULL,
    last_touched         VARCHAR(255),
    processing_started   VARCHAR(255),
    cause_type           VARCHAR(255),
    cause_message        TEXT,
    diagnostics          BYTEA,
    CONSTRAINT dead_letter_entry_sequence_uk UNIQUE (processing_group, sequence_identifier, sequence_index)
);
CREATE INDEX dead_letter_entry_by_group ON dead_letter_entry (processing_group);
CREATE INDEX dead_letter_entry_by_sequence ON dead_letter_entry (processing_group, sequence_identifier);
