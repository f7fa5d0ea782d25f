-- Crypto-shredding of personal data (docs/privacy.md): every personal field of an event is encrypted with its
-- customer's own key. Erasing a customer deletes the key; the events stay as they are and read as "[erased]".
CREATE TABLE customer_key (
    customer_id TEXT        PRIMARY KEY,
    secret      BYTEA       NOT NULL CHECK (length(secret) = 32),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Erased customers: no key is ever created for them again, and their old plain (revision 1) values read as erased.
CREATE TABLE customer_erasure (
    customer_id TEXT        PRIMARY KEY,
    erased_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
