-- A dead-letter queue holds each event at most once per processor (io.servicebalance.deadletter.OncePerEventQueue):
-- the check before each enqueue, and the rebuild's, look letters up by event.
CREATE INDEX dead_letter_entry_by_event ON dead_letter_entry (processing_group, event_identifier);
