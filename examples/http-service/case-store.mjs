/**
 * Transfer cases in PostgreSQL. A case is written with compare-and-set on `version`: an event is
 * applied to the version that was read, and the update only lands if nobody has written since —
 * otherwise the caller gets `version-conflict` and nothing is written. The event goes into
 * transfer_case_events in the same transaction, so a case and its event log never disagree.
 */
import { caseState, createCase, transition } from 'shebao-transfer';

export class CaseStore {
  /** @param {import('pg').Pool} pool */
  constructor(pool) {
    this.pool = pool;
  }

  /** Creates a case from an application; `exists` when the id is taken. */
  async create(application, { now, id, actor }) {
    const created = createCase(application, { now, id, actor });
    const inserted = await this.pool.query(
      'INSERT INTO transfer_cases (id, version, state, body) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING',
      [created.id, created.version, caseState(created), created],
    );
    return inserted.rowCount === 1 ? { ok: true, case: created } : { ok: false, error: { code: 'exists', message: `case ${created.id} exists` } };
  }

  async get(id) {
    const { rows } = await this.pool.query('SELECT body FROM transfer_cases WHERE id = $1', [id]);
    return rows[0]?.body;
  }

  /**
   * Applies one event. `expectedVersion` is the version the client last saw (If-Match); without
   * it, the version read here. Returns transition's result; a lost race is `version-conflict`.
   */
  async apply(id, event, { now, expectedVersion }) {
    const current = await this.get(id);
    if (!current) return { ok: false, error: { code: 'not-found', message: `no case ${id}` } };
    const result = transition(current, event, { now, expectedVersion: expectedVersion ?? current.version });
    if (!result.ok) return result;
    const next = result.case;
    const entry = next.history[next.history.length - 1];
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const updated = await client.query(
        'UPDATE transfer_cases SET body = $2, version = $3, state = $4, updated_at = now() WHERE id = $1 AND version = $5',
        [id, next, next.version, caseState(next), current.version],
      );
      if (updated.rowCount !== 1) {
        await client.query('ROLLBACK');
        return { ok: false, error: { code: 'version-conflict', message: `case ${id} changed since version ${current.version}`, expected: current.version } };
      }
      await client.query('INSERT INTO transfer_case_events (case_id, seq, type, event, at) VALUES ($1, $2, $3, $4, $5)', [id, entry.seq, entry.event, event, entry.at]);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  /** Every stored case, a page at a time, for statistics. */
  async *all(pageSize = 500) {
    let after = '';
    for (;;) {
      const { rows } = await this.pool.query('SELECT id, body FROM transfer_cases WHERE id > $1 ORDER BY id LIMIT $2', [after, pageSize]);
      for (const row of rows) yield row.body;
      if (rows.length < pageSize) return;
      after = rows[rows.length - 1].id;
    }
  }
}
