// The embedded work queue in portable SQL: enqueue with de-duplication, claim with leases, complete, fail.
import { sql } from 'kysely';
import type { ExpressionBuilder, Kysely } from 'kysely';
import { InputError, NotFoundError } from '../../domain/index.js';
import type { Job } from '../store.js';
import type { Database } from './tables.js';
import { nowUtcIso, toUtcIsoOrNull } from './time.js';

/**
 * The partial unique index on (kind, key) where state is queued or running makes a second
 * enqueue a no-op; `ON CONFLICT DO NOTHING` without a target honours partial indexes in both SQLite
 * and PostgreSQL. Done and failed jobs do not block: the same work can be queued again later.
 */
export async function enqueueJob(db: Kysely<Database>, kind: string, key: string): Promise<void> {
  const now = nowUtcIso();
  await db
    .insertInto('jobs')
    .values({ kind, key, state: 'queued', attempts: 0, last_error: null, run_after: now, claimed_at: null, created_at: now, updated_at: now })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/**
 * One WITH picked AS (SELECT ...) UPDATE ... RETURNING statement, so two workers can never claim
 * the same job. SQLite serialises writers. On PostgreSQL (`skipLocked`) the CTE passes over jobs
 * another claim holds, so concurrent claims take different jobs, and the outer `due` check drops
 * a job another claim committed in between. Due means queued with run_after <= now, longest due
 * first (then oldest id). A job still `running` whose claim is older than `leaseMs` counts as
 * crashed: it is claimed again, and the lost run counts as a failed attempt so a job that kills
 * its worker cannot loop unnoticed.
 */
export async function claimJobs(
  db: Kysely<Database>,
  kind: string,
  limit: number,
  leaseMs: number,
  skipLocked = false,
): Promise<Job[]> {
  if (!Number.isSafeInteger(limit) || limit < 0) {
    throw new InputError('store', `limit must be a whole number >= 0, got ${limit}`, kind);
  }
  if (limit === 0) return [];
  const now = nowUtcIso();
  const leaseStart = new Date(Date.parse(now) - leaseMs).toISOString();
  const expired = `job lease expired: not completed within ${Math.round(leaseMs / 1000)} s of being claimed`;
  const due = (w: ExpressionBuilder<Database, 'jobs'>) =>
    w.or([
      w.and([w('state', '=', 'queued'), w('run_after', '<=', now)]),
      w.and([w('state', '=', 'running'), w('claimed_at', '<=', leaseStart)]),
    ]);
  // A CTE, not `id IN (subquery)`: PostgreSQL may rescan an IN subquery, and a rescan that skips
  // rows this statement has just locked takes more jobs than `limit`. A locking CTE runs once.
  const rows = await db
    .with('picked', (qb) =>
      qb
        .selectFrom('jobs')
        .select('id')
        .where('kind', '=', kind)
        .where(due)
        .orderBy('run_after')
        .orderBy('id')
        .limit(limit)
        .$if(skipLocked, (q) => q.forUpdate().skipLocked()),
    )
    .updateTable('jobs')
    .set((eb) => ({
      attempts: eb.case().when('state', '=', 'running').then(eb('attempts', '+', 1)).else(eb.ref('attempts')).end(),
      last_error: eb.case().when('state', '=', 'running').then(sql.val(expired)).else(eb.ref('last_error')).end(),
      state: 'running',
      claimed_at: now,
      updated_at: now,
    }))
    .where('id', 'in', (eb) => eb.selectFrom('picked').select('picked.id'))
    // Checked again on the row itself: PostgreSQL re-evaluates this on a row another claim has just
    // updated (and then skips it), while the CTE's answer would still name it.
    .where(due)
    .returning(['id', 'kind', 'key', 'attempts', 'last_error', 'run_after'])
    .execute();
  const jobs = rows.map((row) => ({
    id: Number(row.id),
    kind: row.kind,
    key: row.key,
    attempts: Number(row.attempts),
    lastError: row.last_error,
    runAfter: row.run_after,
  }));
  return jobs.sort((a, b) => (a.runAfter < b.runAfter ? -1 : a.runAfter > b.runAfter ? 1 : a.id - b.id));
}

export async function completeJob(db: Kysely<Database>, id: number): Promise<void> {
  const result = await db
    .updateTable('jobs')
    .set({ state: 'done', claimed_at: null, updated_at: nowUtcIso() })
    .where('id', '=', id)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw new NotFoundError('store', `no job ${id} to complete`, String(id));
}

/** Counts the attempt; requeues the job for `retryAt`, or marks it failed for good when that is null. */
export async function failJob(db: Kysely<Database>, id: number, error: string, retryAt: string | null): Promise<void> {
  const retryUtc = toUtcIsoOrNull(retryAt, 'retryAt', String(id));
  const result = await db
    .updateTable('jobs')
    .set((eb) => ({
      attempts: eb('attempts', '+', 1),
      last_error: error,
      state: retryUtc === null ? 'failed' : 'queued',
      run_after: retryUtc ?? eb.ref('run_after'),
      claimed_at: null,
      updated_at: nowUtcIso(),
    }))
    .where('id', '=', id)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw new NotFoundError('store', `no job ${id} to fail`, String(id));
}
