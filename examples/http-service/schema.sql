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
