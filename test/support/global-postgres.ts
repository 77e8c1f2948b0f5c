// vitest global setup: one PostgreSQL server for the whole test run, handed to tests as `postgresUrl`.
import type { TestProject } from 'vitest/node';
import { startPostgresServer, type PostgresServer } from './postgres-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of a running PostgreSQL server's `postgres` database, or '' when none could be started. */
    postgresUrl: string;
    /** Why there is no server, when postgresUrl is ''. */
    postgresMissing: string;
  }
}

let server: PostgresServer | null = null;

export async function setup(project: TestProject): Promise<void> {
  const given = process.env.BABELWIRE_TEST_POSTGRES_URL?.trim();
  if (given) {
    project.provide('postgresUrl', given);
    project.provide('postgresMissing', '');
    return;
  }
  try {
    server = await startPostgresServer();
    project.provide('postgresUrl', server.url);
    project.provide('postgresMissing', '');
  } catch (error) {
    project.provide('postgresUrl', '');
    project.provide('postgresMissing', error instanceof Error ? error.message : String(error));
  }
}

export function teardown(): void {
  server?.stop();
  server = null;
}
