// `babelwire sources add|list|remove|import|export`: the feeds, sitemaps and pages the desk follows, with their health.
import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Source } from '../../domain/index.js';
import { InputError, NotFoundError, describeError } from '../../domain/index.js';
import { createFetcher } from '../../fetch/index.js';
import { fetchSettingsFrom, resolveSource } from '../../pipeline/index.js';
import { readOpml, writeOpml } from '../../sources/index.js';
import { openStore } from '../../store/index.js';
import { configFor, print, printJson } from '../context.js';
import { exitCodes } from '../exit-codes.js';

interface AddFlags {
  name?: string;
  lang?: string;
  section?: string;
  interval?: string;
}

export function registerSources(program: Command): void {
  const sources = program.command('sources').description('follow feeds, sitemaps and sites; list them with their health');

  sources
    .command('add <url>')
    .description('follow a feed, a sitemap, or a site (its feed is discovered, else its sitemap)')
    .option('--name <name>', 'name shown for its articles (default: the feed or page title)')
    .option('--lang <code>', 'language hint for its articles, e.g. fr')
    .option('--section <name>', 'section it belongs to, e.g. World')
    .option('--interval <minutes>', 'minutes between fetches (BABELWIRE_FETCH_INTERVAL, default 30)')
    .action(async (url: string, flags: AddFlags, command: Command) => {
      const config = configFor(command);
      const intervalMinutes = parseInterval(flags.interval, config.fetch.intervalMinutes);
      const store = await openStore({ database: config.database });
      try {
        const resolved = await resolveSource(
          { url, name: flags.name ?? null, language: flags.lang ?? null, section: flags.section ?? null, intervalMinutes },
          createFetcher(fetchSettingsFrom(config)),
        );
        const { source, created } = await store.addSource(resolved.source);
        print(`${created ? 'Added' : 'Already following'} ${source.id}: ${source.url} (${resolved.how}${source.name ? `, "${source.name}"` : ''})`);
      } finally {
        await store.close();
      }
    });

  sources
    .command('list')
    .description('every source with its health: last fetch, last error, failures, articles per day')
    .option('--json', 'print JSON')
    .action(async (flags: { json?: boolean }, command: Command) => {
      const store = await openStore({ database: configFor(command).database });
      try {
        const list = await store.listSources();
        if (flags.json) printJson(list);
        else printSources(list);
      } finally {
        await store.close();
      }
    });

  sources
    .command('remove <id-or-url>')
    .description('stop following a source (its articles stay)')
    .action(async (idOrUrl: string, _flags: unknown, command: Command) => {
      const store = await openStore({ database: configFor(command).database });
      try {
        if (!(await store.removeSource(idOrUrl))) throw new NotFoundError('sources', 'no such source', idOrUrl);
        print(`Removed ${idOrUrl}.`);
      } finally {
        await store.close();
      }
    });

  sources
    .command('import <opml>')
    .description('follow every feed of an OPML file (from any feed reader)')
    .action(async (path: string, _flags: unknown, command: Command) => {
      const config = configFor(command);
      const text = await readFile(path, 'utf8').catch((error: Error) => {
        throw new InputError('sources', `cannot read the OPML file: ${error.message}`, path);
      });
      const entries = readOpml(text, path);
      const store = await openStore({ database: config.database });
      let added = 0;
      const failed: string[] = [];
      try {
        for (const entry of entries) {
          try {
            const { created } = await store.addSource({
              url: new URL(entry.url).href,
              kind: entry.kind ?? 'feed',
              name: entry.name,
              language: entry.language,
              section: entry.section,
              intervalMinutes: config.fetch.intervalMinutes,
            });
            if (created) added++;
          } catch (error) {
            failed.push(`${entry.url}: ${describeError(error)}`);
          }
        }
      } finally {
        await store.close();
      }
      print(`Imported ${entries.length} sources from ${path}: ${added} new, ${entries.length - added - failed.length} already followed, ${failed.length} failed.`);
      for (const f of failed) print(`  ${f}`);
      process.exitCode = failed.length > 0 ? exitCodes.partial : exitCodes.ok;
    });

  sources
    .command('export')
    .description('write the sources as OPML (stdout, or --out FILE)')
    .option('--out <file>', 'file to write instead of stdout')
    .action(async (flags: { out?: string }, command: Command) => {
      const config = configFor(command);
      const store = await openStore({ database: config.database });
      try {
        const opml = opmlOf(await store.listSources(), config.site.name);
        if (flags.out) {
          await writeFile(flags.out, opml);
          print(`Wrote ${flags.out}.`);
        } else process.stdout.write(opml.endsWith('\n') ? opml : `${opml}\n`);
      } finally {
        await store.close();
      }
    });
}

export function opmlOf(list: readonly Source[], siteName: string): string {
  return writeOpml(
    list.map((s) => ({ url: s.url, name: s.name, section: s.section, language: s.language, kind: s.kind })),
    `${siteName} sources`,
  );
}

function parseInterval(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InputError('cli', `--interval must be a whole number of minutes, got ${JSON.stringify(value)}`);
  return n;
}

function printSources(list: readonly Source[]): void {
  if (list.length === 0) {
    print('No sources yet: babelwire sources add <url>');
    return;
  }
  for (const s of list) {
    const health = s.lastError ? `FAILING x${s.consecutiveFailures}` : s.lastFetchAt ? 'ok' : 'not fetched yet';
    print(`${s.id}  ${s.kind.padEnd(7)} ${health}  ${s.name ?? '(no name)'}${s.section ? ` [${s.section}]` : ''}${s.language ? ` (${s.language})` : ''}`);
    print(`    ${s.url}`);
    print(`    every ${s.intervalMinutes} min · last fetch ${s.lastFetchAt ?? 'never'} · next ${s.nextDueAt} · ${s.articleCount} articles (${s.articlesPerDay}/day)`);
    if (s.lastError) print(`    last error: ${s.lastError}`);
  }
}
