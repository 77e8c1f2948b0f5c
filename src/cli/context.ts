// What every command gets: the validated config from its flags and the environment, and output helpers.
import type { Command } from 'commander';
import type { Config, ConfigFlags } from '../config/index.js';
import { loadConfig } from '../config/index.js';
import { InputError } from '../domain/index.js';

export interface GlobalFlags {
  db?: string;
  /** A PostgreSQL URL or a SQLite path; same as --db, named for DATABASE_URL. */
  database?: string;
}

/** Builds the config from the command's own flags plus the program's global ones. */
export function configFor(command: Command, extra: ConfigFlags = {}): Config {
  const globals = command.optsWithGlobals<GlobalFlags>();
  return loadConfig(process.env, {
    ...extra,
    ...(globals.db ? { database: globals.db } : {}),
    ...(globals.database ? { databaseUrl: globals.database } : {}),
  });
}

export function print(line = ''): void {
  process.stdout.write(`${line}\n`);
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** A `--since`-style date flag as an ISO time, null when absent; a value that is not a date is an input error naming it. */
export function parseDateFlag(value: string | undefined): string | null {
  if (value === undefined) return null;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new InputError('cli', 'not a date; use YYYY-MM-DD', value);
  return new Date(ms).toISOString();
}
