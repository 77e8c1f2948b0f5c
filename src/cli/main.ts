// The `babelwire` command: parses arguments, runs one command, turns any error into a message and an exit code.
import { Command, CommanderError } from 'commander';
import { registerCluster } from './commands/cluster.js';
import { registerIngest } from './commands/ingest.js';
import { registerMigrate } from './commands/migrate.js';
import { registerArchive } from './commands/archive.js';
import { registerServe } from './commands/serve.js';
import { registerReadCommands } from './commands/stories.js';
import { registerTranslate } from './commands/translate.js';
import { registerWorker } from './commands/worker.js';
import { registerSources } from './commands/sources.js';
import { registerRun } from './commands/run.js';
import { registerExtract } from './commands/extract.js';
import { registerExplain } from './commands/explain.js';
import { registerRecluster } from './commands/recluster.js';
import { registerStorylineCommands } from './commands/storylines.js';
import { registerReviseStories } from './commands/revise-stories.js';
import { exitCodes, reportError } from './exit-codes.js';

export function buildProgram(): Command {
  const program = new Command('babelwire')
    .description('Self-hosted multilingual news desk: ingest, detect language, find entities, cluster across languages, serve.')
    .option('--db <path>', 'SQLite database file (BABELWIRE_DB; default ./data/babelwire.db)')
    .option('--database <url-or-path>', 'PostgreSQL URL (postgres://...) or SQLite file (DATABASE_URL, used when BABELWIRE_DB is not set)')
    .showHelpAfterError()
    .exitOverride();
  registerIngest(program);
  registerCluster(program);
  registerServe(program);
  registerTranslate(program);
  registerReadCommands(program);
  registerWorker(program);
  registerMigrate(program);
  registerArchive(program);
  registerSources(program);
  registerRun(program);
  registerExtract(program);
  registerExplain(program);
  registerRecluster(program);
  registerStorylineCommands(program);
  registerReviseStories(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  (globalThis as { babelwireReleaseEarlySignals?: () => void }).babelwireReleaseEarlySignals?.();
  try {
    await buildProgram().parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : exitCodes.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // commander already printed its message (or the help/version text).
      return error.exitCode === 0 ? exitCodes.ok : exitCodes.input;
    }
    return reportError(error);
  }
}

process.exitCode = await main(process.argv);
