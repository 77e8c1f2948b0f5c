// `babelwire migrate`: brings the database schema (SQLite or PostgreSQL) up to date and says what it applied.
import type { Command } from 'commander';
import { redactUrl } from '../../domain/index.js';
import { migrateDatabase } from '../../store/index.js';
import { configFor, print, printJson } from '../context.js';

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('create or upgrade the database schema; running it again applies nothing')
    .option('--json', 'print JSON: {"database", "applied": [ids]}')
    .action(async (flags: { json?: boolean }, command: Command) => {
      const { database } = configFor(command);
      const applied = await migrateDatabase({ database });
      const where = redactUrl(database);
      if (flags.json) {
        printJson({ database: where, applied });
        return;
      }
      if (applied.length === 0) {
        print(`The schema of ${where} is up to date: nothing to apply.`);
        return;
      }
      print(`Applied ${applied.length} migration${applied.length === 1 ? '' : 's'} to ${where}:`);
      for (const id of applied) print(`  ${id}`);
    });
}
