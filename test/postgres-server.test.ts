// The test PostgreSQL server: it runs, accepts queries, and hands each test its own empty database.
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { createTestDatabase } from './support/postgres-database.js';

const serverUrl = inject('postgresUrl');
if (!serverUrl) console.warn(`skipping PostgreSQL server test: ${inject('postgresMissing')}`);

describe.skipIf(!serverUrl)('test PostgreSQL server', () => {
  it('creates separate databases that accept writes and are dropped afterwards', async () => {
    const first = await createTestDatabase(serverUrl);
    const second = await createTestDatabase(serverUrl);
    expect(first.url).not.toBe(second.url);
    const client = new pg.Client({ connectionString: first.url });
    await client.connect();
    await client.query('create table t (x int)');
    await client.query('insert into t values (41), (1)');
    const { rows } = await client.query<{ total: number }>('select sum(x)::int as total from t');
    expect(rows[0]?.total).toBe(42);
    await client.end();
    const other = new pg.Client({ connectionString: second.url });
    await other.connect();
    const tables = await other.query<{ n: number }>("select count(*)::int as n from pg_tables where tablename = 't'");
    expect(tables.rows[0]?.n).toBe(0);
    await other.end();
    await first.drop();
    await second.drop();
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    const left = await admin.query<{ n: number }>('select count(*)::int as n from pg_database where datname = $1', [new URL(first.url).pathname.slice(1)]);
    expect(left.rows[0]?.n).toBe(0);
    await admin.end();
  });
});
