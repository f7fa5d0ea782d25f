-- Customer values per currency for plans (issue 11: mixed currencies are converted at a scenario's rates or refused,
-- never added together). One row per purchase, keyed by the purchase event's sequence number in its customer's
-- aggregate, so a redelivered event is stored once.
CREATE TABLE contact_history_purchase (
    customer_id  TEXT        NOT NULL,
    seq          BIGINT      NOT NULL,
    currency     TEXT        NOT NULL,
    amount       NUMERIC     NOT NULL,
    purchased_at TIMESTAMPTZ,
    PRIMARY KEY (customer_id, seq)
);

-- Every currency a purchase was recorded in: what a scenario is checked against when it is submitted.
CREATE TABLE contact_history_currency (
    currency TEXT PRIMARY KEY
);

-- The purchases already projected are only in contact_history_customer.value, summed: rebuild the read model from
-- the event store (the processor starts again from the first event when it has no token).
TRUNCATE contact_history, contact_history_tier, contact_history_customer;
DELETE FROM token_entry WHERE processor_name = 'contact-history';
