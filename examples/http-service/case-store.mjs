/**
 * Transfer cases in PostgreSQL. A case is written with compare-and-set on `version`: an event is
 * applied to the version that was read, and the update only lands if nobody has written since —
 * otherwise the caller gets `version-conflict` and nothing is written. The event goes into
 * transfer_case_events, and its notifications into the outbox, in the same transaction, so a
 * case, its event log and its notifications never disagree.
 */
import { applyAgencyUpdate, caseState, createCase, transition } from 'shebao-transfer';
import { Rollback, transaction } from './database.mjs';
import { enqueueEffects } from './outbox.mjs';

export class CaseStore {
  /** @param {import('pg').Pool} pool @param {import('pg-boss').PgBoss} boss */
  constructor(pool, boss) {
    this.pool = pool;
    this.boss = boss;
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

  /** Applies one event. `expectedVersion` is the version the client last saw (If-Match). */
  apply(id, event, { now, expectedVersion }) {
    return this.#change(id, expectedVersion, (current) => transition(current, event, { now, expectedVersion: expectedVersion ?? current.version }), event);
  }

  /** Applies an agency's report (or several): each entry written is one history entry. */
  applyAgency(id, updates, { now, expectedVersion }) {
    return this.#change(id, expectedVersion, (current) => applyAgencyUpdate(current, updates, { now, expectedVersion }));
  }

  async #change(id, expectedVersion, change, event) {
    const current = await this.get(id);
    if (!current) return { ok: false, error: { code: 'not-found', message: `no case ${id}` } };
    const result = change(current);
    if (!result.ok || result.changed === false) return result;
    const next = result.case;
    const written = next.history.slice(current.history.length);
    return transaction(this.pool, async (client) => {
      const updated = await client.query(
        'UPDATE transfer_cases SET body = $2, version = $3, state = $4, updated_at = now() WHERE id = $1 AND version = $5',
        [id, next, next.version, caseState(next), current.version],
      );
      if (updated.rowCount !== 1) {
        throw new Rollback({ ok: false, error: { code: 'version-conflict', message: `case ${id} changed since version ${current.version}`, expected: expectedVersion ?? current.version } });
      }
      for (const entry of written) {
        await client.query('INSERT INTO transfer_case_events (case_id, seq, type, event, at) VALUES ($1, $2, $3, $4, $5)', [id, entry.seq, entry.event, event ?? { type: entry.event, agency: entry.agency }, entry.at]);
      }
      await enqueueEffects(client, this.boss, next, result.effects);
      return result;
    });
  }

  /** Every stored case, a page at a time; `where` narrows by state. */
  async *all({ pageSize = 500, states } = {}) {
    let after = '';
    for (;;) {
      const { rows } = states
        ? await this.pool.query('SELECT id, body FROM transfer_cases WHERE id > $1 AND state = ANY($3) ORDER BY id LIMIT $2', [after, pageSize, states])
        : await this.pool.query('SELECT id, body FROM transfer_cases WHERE id > $1 ORDER BY id LIMIT $2', [after, pageSize]);
      for (const row of rows) yield row.body;
      if (rows.length < pageSize) return;
      after = rows[rows.length - 1].id;
    }
  }
}
