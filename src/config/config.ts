// The one validated configuration: environment variables and CLI flags parsed once, checked, frozen.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { InputError } from '../domain/index.js';

/** Where each setting comes from: flag name (if any) and environment variable. */
const sources = {
  database: { env: 'BABELWIRE_DB', flag: '--db' },
  host: { env: 'BABELWIRE_HOST', flag: '--host' },
  port: { env: 'BABELWIRE_PORT', flag: '--port' },
  siteName: { env: 'BABELWIRE_SITE_NAME', flag: null },
  readerLanguage: { env: 'BABELWIRE_READER_LANGUAGE', flag: '--lang' },
  pageSize: { env: 'BABELWIRE_PAGE_SIZE', flag: null },
  maxFileBytes: { env: 'BABELWIRE_MAX_FILE_BYTES', flag: null },
  languageEngine: { env: 'BABELWIRE_LANGUAGE_ENGINE', flag: null },
  joinThreshold: { env: 'BABELWIRE_CLUSTER_THRESHOLD', flag: null },
} as const;

type Key = keyof typeof sources;

const schema = z.object({
  database: z.string().min(1, 'must not be empty; give a file path such as ./data/babelwire.db'),
  host: z.string().min(1),
  port: z.coerce.number().int('must be a whole number').min(0).max(65535, 'must be a port number, 0-65535'),
  siteName: z.string().min(1),
  readerLanguage: z.enum(['en', 'fr'], { message: 'must be "en" or "fr" (the languages the site can be read in)' }),
  pageSize: z.coerce.number().int().min(1).max(200, 'must be between 1 and 200'),
  maxFileBytes: z.coerce.number().int().min(1024, 'must be at least 1024 bytes'),
  languageEngine: z.enum(['fasttext', 'eld'], { message: 'must be "fasttext" or "eld"' }),
  joinThreshold: z.coerce.number().min(0).max(1, 'must be between 0 and 1').optional(),
});

export interface Config {
  readonly database: string;
  readonly server: { readonly host: string; readonly port: number };
  readonly site: { readonly name: string; readonly readerLanguage: 'en' | 'fr'; readonly pageSize: number };
  readonly ingest: { readonly maxFileBytes: number };
  readonly language: { readonly engine: 'fasttext' | 'eld' };
  readonly cluster: { readonly joinThreshold?: number };
}

const defaults: Record<Key, string | undefined> = {
  database: './data/babelwire.db',
  host: '127.0.0.1',
  port: '8080',
  siteName: 'Babelwire',
  readerLanguage: 'en',
  pageSize: '30',
  maxFileBytes: String(5 * 1024 * 1024),
  languageEngine: 'fasttext',
  joinThreshold: undefined,
};

/** Flags as commander gives them (already named by setting), only those the user set. */
export type ConfigFlags = Partial<Record<Key, string | number | undefined>>;

/**
 * Reads every setting from flags, then `NAME`, then `NAME_FILE` (for secrets), then defaults;
 * reports every problem at once as `VARIABLE (--flag): what is wrong`.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, flags: ConfigFlags = {}): Config {
  const raw: Record<string, string | number | undefined> = {};
  const problems: string[] = [];
  for (const key of Object.keys(sources) as Key[]) {
    const { env: name } = sources[key];
    let value: string | number | undefined = flags[key] ?? env[name];
    const fileVar = env[`${name}_FILE`];
    if (value === undefined && fileVar) {
      try {
        value = readFileSync(fileVar, 'utf8').trim();
      } catch (error) {
        problems.push(`${name}_FILE: cannot read ${fileVar} (${(error as Error).message})`);
      }
    }
    raw[key] = value === '' ? undefined : (value ?? defaults[key]);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] as Key;
      const source = sources[key];
      const label = source.flag ? `${source.env} (${source.flag})` : source.env;
      problems.push(`${label}: ${issue.message}, got ${JSON.stringify(raw[key])}`);
    }
  }
  if (problems.length > 0 || !parsed.success) {
    throw new InputError('config', `invalid settings:\n  ${problems.join('\n  ')}`);
  }
  const c = parsed.data;
  return deepFreeze({
    database: c.database,
    server: { host: c.host, port: c.port },
    site: { name: c.siteName, readerLanguage: c.readerLanguage, pageSize: c.pageSize },
    ingest: { maxFileBytes: c.maxFileBytes },
    language: { engine: c.languageEngine },
    cluster: c.joinThreshold === undefined ? {} : { joinThreshold: c.joinThreshold },
  });
}

function deepFreeze<T extends object>(value: T): T {
  for (const v of Object.values(value)) if (v && typeof v === 'object') deepFreeze(v as object);
  return Object.freeze(value);
}
