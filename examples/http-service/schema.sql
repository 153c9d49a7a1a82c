-- Cases as the shebao-transfer README advises: the case whole as JSONB, and id, version and state
-- in columns of their own for queries and for compare-and-set. Every event applied is kept too.
CREATE TABLE IF NOT EXISTS transfer_cases (
  id         text PRIMARY KEY,
  version    integer NOT NULL CHECK (version > 0),
  state      text NOT NULL,
  body       jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS transfer_cases_state ON transfer_cases (state);

CREATE TABLE IF NOT EXISTS transfer_case_events (
  case_id text NOT NULL REFERENCES transfer_cases (id),
  seq     integer NOT NULL,
  type    text NOT NULL,
  event   jsonb NOT NULL,
  at      timestamptz NOT NULL,
  PRIMARY KEY (case_id, seq)
);

-- The outbox: each notification a transition (or the overdue check) asks for, written in the same
-- transaction as the case, with the key the receiver sees as Idempotency-Key. A queue job per row
-- delivers it; delivered_at is set once the receiver has answered 2xx.
CREATE TABLE IF NOT EXISTS notification_outbox (
  key          text PRIMARY KEY,
  case_id      text NOT NULL REFERENCES transfer_cases (id),
  notification jsonb NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  attempts     integer NOT NULL DEFAULT 0,
  delivered_at timestamptz
);
CREATE INDEX IF NOT EXISTS notification_outbox_pending ON notification_outbox (created_at) WHERE delivered_at IS NULL;

-- One reminder per overdue step and China date, whichever instance finds it first.
CREATE TABLE IF NOT EXISTS overdue_reminders (
  case_id   text NOT NULL REFERENCES transfer_cases (id),
  insurance text NOT NULL,
  step      text NOT NULL,
  day       date NOT NULL,
  PRIMARY KEY (case_id, insurance, step, day)
);
