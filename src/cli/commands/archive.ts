// `babelwire export` and `babelwire import`: a whole archive out of one database and into another, checked table by table.
import type { Command } from 'commander';
import { redactUrl } from '../../domain/index.js';
import { exportArchive, importArchive, openStore } from '../../store/index.js';
import type { ExportReport, ImportReport } from '../../store/index.js';
import { configFor, print, printJson } from '../context.js';
import { exitCodes } from '../exit-codes.js';

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function printExport(report: ExportReport, database: string, out: string, write: (line: string) => void): void {
  const size = report.bytes === null ? '' : ` (${formatBytes(report.bytes)})`;
  write(`Exported ${redactUrl(database)} to ${out === '-' ? 'stdout' : out}${size} in ${(report.ms / 1000).toFixed(1)} s`);
  write(`${'table'.padEnd(22)} ${'rows'.padStart(8)}  sha256`);
  for (const [table, digest] of Object.entries(report.tables)) {
    write(`${table.padEnd(22)} ${String(digest.count).padStart(8)}  ${digest.checksum.slice(0, 16)}`);
  }
}

function printImport(report: ImportReport, database: string, file: string): void {
  const verdict = report.verified
    ? 'every table matches the archive'
    : 'MISMATCH: some tables differ from the archive (the database already held other rows?); nothing was imported';
  print(`Imported ${file} into ${redactUrl(database)} in ${(report.ms / 1000).toFixed(1)} s: ${verdict}`);
  print(`${'table'.padEnd(22)} ${'archived'.padStart(8)} ${'stored'.padStart(8)} ${'added'.padStart(8)}  ${'sha256 (archive)'.padEnd(16)}  result`);
  for (const t of report.tables) {
    const result = t.matches ? 'ok' : `differs (stored sha256 ${t.stored.checksum.slice(0, 16)})`;
    print(
      `${t.table.padEnd(22)} ${String(t.archived.count).padStart(8)} ${String(t.stored.count).padStart(8)} ${String(t.inserted).padStart(8)}  ${t.archived.checksum.slice(0, 16)}  ${result}`,
    );
  }
}

export function registerArchive(program: Command): void {
  program
    .command('export')
    .description('write the whole archive (articles, stories, translations, cache, pending jobs, failures) to one file')
    .option('--out <file>', 'archive file; .gz compresses; - writes JSON lines to stdout', 'babelwire-archive.jsonl.gz')
    .option('--json', 'print the report as JSON')
    .action(async (flags: { out: string; json?: boolean }, command: Command) => {
      const { database } = configFor(command);
      const store = await openStore({ database });
      try {
        const report = await exportArchive(store, flags.out);
        // With the archive on stdout, the report goes to stderr.
        const write = flags.out === '-' ? (line: string) => process.stderr.write(`${line}\n`) : print;
        if (flags.json) write(JSON.stringify({ database: redactUrl(database), out: flags.out, ...report }));
        else printExport(report, database, flags.out, write);
      } finally {
        await store.close();
      }
    });

  program
    .command('import')
    .description('read an archive made by `babelwire export` into the database, then compare counts and checksums per table')
    .argument('<file>', 'archive file (gzip or plain JSON lines); - reads plain JSON lines from stdin')
    .option('--json', 'print the report as JSON')
    .action(async (file: string, flags: { json?: boolean }, command: Command) => {
      const { database } = configFor(command);
      const store = await openStore({ database });
      try {
        const report = await importArchive(store, file);
        if (flags.json) printJson({ database: redactUrl(database), file, ...report });
        else printImport(report, database, file);
        process.exitCode = report.verified ? exitCodes.ok : exitCodes.partial;
      } finally {
        await store.close();
      }
    });
}
