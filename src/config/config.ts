// The one validated configuration: environment variables and CLI flags parsed once, checked, frozen.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { InputError, redactUrl } from '../domain/index.js';

/** Where each setting comes from: flag name (if any) and environment variable. */
const sources = {
  database: { env: 'BABELWIRE_DB', flag: '--db' },
  databaseUrl: { env: 'DATABASE_URL', flag: '--database' },
  host: { env: 'BABELWIRE_HOST', flag: '--host' },
  port: { env: 'BABELWIRE_PORT', flag: '--port' },
  siteName: { env: 'BABELWIRE_SITE_NAME', flag: null },
  readerLanguage: { env: 'BABELWIRE_READER_LANGUAGE', flag: '--lang' },
  pageSize: { env: 'BABELWIRE_PAGE_SIZE', flag: null },
  maxFileBytes: { env: 'BABELWIRE_MAX_FILE_BYTES', flag: null },
  languageEngine: { env: 'BABELWIRE_LANGUAGE_ENGINE', flag: null },
  joinThreshold: { env: 'BABELWIRE_CLUSTER_THRESHOLD', flag: null },
  clusterDense: { env: 'BABELWIRE_CLUSTER_DENSE', flag: null },
  embedProvider: { env: 'BABELWIRE_EMBED_PROVIDER', flag: null },
  embedBaseUrl: { env: 'BABELWIRE_EMBED_BASE_URL', flag: null },
  embedModel: { env: 'BABELWIRE_EMBED_MODEL', flag: null },
  embedKey: { env: 'BABELWIRE_EMBED_API_KEY', flag: null },
  embedDimensions: { env: 'BABELWIRE_EMBED_DIMENSIONS', flag: null },
  embedTimeoutMs: { env: 'BABELWIRE_EMBED_TIMEOUT_MS', flag: null },
  embedMaxWords: { env: 'BABELWIRE_EMBED_MAX_WORDS', flag: null },
  translateTo: { env: 'BABELWIRE_TRANSLATE_TO', flag: null },
  translateBodies: { env: 'BABELWIRE_TRANSLATE_BODIES', flag: null },
  translateProviders: { env: 'BABELWIRE_TRANSLATE_PROVIDERS', flag: null },
  translateTimeoutMs: { env: 'BABELWIRE_TRANSLATE_TIMEOUT_MS', flag: null },
  libretranslateUrl: { env: 'BABELWIRE_LIBRETRANSLATE_URL', flag: null },
  libretranslateKey: { env: 'BABELWIRE_LIBRETRANSLATE_KEY', flag: null },
  openaiBaseUrl: { env: 'BABELWIRE_OPENAI_BASE_URL', flag: null },
  openaiModel: { env: 'BABELWIRE_OPENAI_MODEL', flag: null },
  openaiKey: { env: 'BABELWIRE_OPENAI_API_KEY', flag: null },
  deeplKey: { env: 'BABELWIRE_DEEPL_KEY', flag: null },
  deeplUrl: { env: 'BABELWIRE_DEEPL_URL', flag: null },
  jobLeaseSeconds: { env: 'BABELWIRE_JOB_LEASE_SECONDS', flag: null },
  jobRetrySeconds: { env: 'BABELWIRE_JOB_RETRY_SECONDS', flag: null },
  logLevel: { env: 'BABELWIRE_LOG_LEVEL', flag: null },
  fetchInterval: { env: 'BABELWIRE_FETCH_INTERVAL', flag: null },
  fetchAllowPrivate: { env: 'BABELWIRE_FETCH_ALLOW_PRIVATE', flag: null },
  fetchContactUrl: { env: 'BABELWIRE_FETCH_CONTACT_URL', flag: null },
  fetchTimeoutMs: { env: 'BABELWIRE_FETCH_TIMEOUT_MS', flag: null },
  fetchMaxBytes: { env: 'BABELWIRE_FETCH_MAX_BYTES', flag: null },
  fetchHostDelayMs: { env: 'BABELWIRE_FETCH_HOST_DELAY_MS', flag: null },
} as const;

type Key = keyof typeof sources;

const schema = z.object({
  database: z.string().min(1, 'must not be empty; give a file path such as ./data/babelwire.db or a postgres:// URL'),
  databaseUrl: z.string().optional(),
  host: z.string().min(1),
  port: z.coerce.number().int('must be a whole number').min(0).max(65535, 'must be a port number, 0-65535'),
  siteName: z.string().min(1),
  readerLanguage: z.enum(['en', 'fr'], { message: 'must be "en" or "fr" (the languages the site can be read in)' }),
  pageSize: z.coerce.number().int().min(1).max(200, 'must be between 1 and 200'),
  maxFileBytes: z.coerce.number().int().min(1024, 'must be at least 1024 bytes'),
  languageEngine: z.enum(['fasttext', 'eld'], { message: 'must be "fasttext" or "eld"' }),
  joinThreshold: z.coerce.number().min(0).max(1, 'must be between 0 and 1').optional(),
  clusterDense: z.enum(['on', 'off', 'true', 'false', '1', '0'], { message: 'must be on or off' }).transform((v) => v === 'on' || v === 'true' || v === '1'),
  embedProvider: z.enum(['use-lite', 'openai'], { message: 'must be "use-lite" (packaged, offline) or "openai" (an OpenAI-compatible /embeddings endpoint)' }),
  embedBaseUrl: z.url({ message: 'must be a URL such as http://127.0.0.1:11434/v1' }).optional(),
  embedModel: z.string().optional(),
  embedKey: z.string().optional(),
  embedDimensions: z.coerce.number().int('must be a whole number').min(1).max(65536).optional(),
  embedTimeoutMs: z.coerce.number().int().min(100, 'must be at least 100 ms'),
  embedMaxWords: z.coerce.number().int('must be a whole number').min(8, 'must be at least 8 words').max(2000, 'must be at most 2000 words'),
  translateTo: z
    .string()
    .transform((v) => [...new Set(v.split(',').map((x) => x.trim()).filter((x) => x !== '' && x !== 'none'))])
    .pipe(z.array(z.enum(['en', 'fr'], { message: 'lists reader languages: en, fr (comma-separated), or none' }))),
  translateBodies: z.enum(['eager', 'lazy'], { message: 'must be "eager" (at ingestion) or "lazy" (on first view)' }),
  translateProviders: z
    .string()
    .transform((v) => v.split(',').map((x) => x.trim()).filter((x) => x !== '' && x !== 'none'))
    .pipe(z.array(z.enum(['apertium', 'libretranslate', 'openai', 'deepl'], { message: 'lists providers: apertium, libretranslate, openai, deepl (or none)' }))),
  translateTimeoutMs: z.coerce.number().int().min(100, 'must be at least 100 ms'),
  libretranslateUrl: z.url({ message: 'must be a URL such as http://127.0.0.1:5000' }).optional(),
  libretranslateKey: z.string().optional(),
  openaiBaseUrl: z.url({ message: 'must be a URL such as http://127.0.0.1:11434/v1' }).optional(),
  openaiModel: z.string().optional(),
  openaiKey: z.string().optional(),
  deeplKey: z.string().optional(),
  deeplUrl: z.url().optional(),
  jobLeaseSeconds: z.coerce.number().int().min(1, 'must be at least 1 second').max(86_400, 'must be at most a day (86400)'),
  jobRetrySeconds: z.coerce.number().min(0.01, 'must be a positive number of seconds'),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'must be one of fatal, error, warn, info, debug, trace, silent' }),
  fetchInterval: z.coerce.number().int('must be a whole number of minutes').min(1, 'must be at least 1 minute').max(10080, 'must be at most a week (10080)'),
  fetchAllowPrivate: z.enum(['true', 'false', '1', '0'], { message: 'must be true or false' }).transform((v) => v === 'true' || v === '1'),
  fetchContactUrl: z.url({ message: 'must be a URL where site owners can reach you' }),
  fetchTimeoutMs: z.coerce.number().int().min(1000, 'must be at least 1000 ms'),
  fetchMaxBytes: z.coerce.number().int().min(65536, 'must be at least 65536 bytes'),
  fetchHostDelayMs: z.coerce.number().int().min(0, 'must be 0 or more'),
});

export type TranslationProviderConfig =
  | { readonly kind: 'apertium'; readonly timeoutMs: number }
  | { readonly kind: 'libretranslate'; readonly url: string; readonly apiKey?: string; readonly timeoutMs: number }
  | { readonly kind: 'openai'; readonly baseUrl: string; readonly model: string; readonly apiKey?: string; readonly timeoutMs: number }
  | { readonly kind: 'deepl'; readonly apiKey: string; readonly url?: string; readonly timeoutMs: number };

export type EmbedConfig = (
  | { readonly kind: 'use-lite' }
  | { readonly kind: 'openai'; readonly baseUrl: string; readonly model: string; readonly apiKey?: string; readonly dimensions?: number; readonly timeoutMs: number }
) & {
  /** Words of the pivot text embedded (title first): bounds the cost per article. */
  readonly maxWords: number;
};

export interface Config {
  readonly database: string;
  readonly server: { readonly host: string; readonly port: number };
  readonly site: { readonly name: string; readonly readerLanguage: 'en' | 'fr'; readonly pageSize: number };
  readonly ingest: { readonly maxFileBytes: number };
  readonly language: { readonly engine: 'fasttext' | 'eld' };
  readonly cluster: {
    readonly joinThreshold?: number;
    /** Each optional signal's switch; the dense one needs an embedder (`embed`). */
    readonly signals: { readonly dense: boolean };
  };
  /** The sentence encoder of the dense signal, used only when `cluster.signals.dense` is on. */
  readonly embed: EmbedConfig;
  readonly translate: {
    /** Reader languages every article is translated into (titles at ingestion). */
    readonly targets: readonly ('en' | 'fr')[];
    readonly bodies: 'eager' | 'lazy';
    /** Tried in order; the gloss and then the original are the last resort. */
    readonly providers: readonly TranslationProviderConfig[];
  };
  readonly queue: {
    /** A job running longer than this is presumed lost with its worker and runs again. */
    readonly leaseSeconds: number;
    /** Wait before the first retry of a failed job; doubled after each further failure. */
    readonly retrySeconds: number;
  };
  readonly log: { readonly level: string };
  readonly fetch: {
    /** Default minutes between fetches of a source. */
    readonly intervalMinutes: number;
    /** Lets fetches reach loopback and private addresses (tests, intranets); off by default. */
    readonly allowPrivateAddresses: boolean;
    /** Put in the User-Agent so site owners can reach whoever runs this desk. */
    readonly contactUrl: string;
    readonly timeoutMs: number;
    readonly maxBodyBytes: number;
    readonly hostDelayMs: number;
  };
}

const DEFAULT_DATABASE = './data/babelwire.db';

const defaults: Record<Key, string | undefined> = {
  // Resolved after the loop: BABELWIRE_DB and DATABASE_URL both name the database.
  database: undefined,
  databaseUrl: undefined,
  host: '127.0.0.1',
  port: '8080',
  siteName: 'Babelwire',
  readerLanguage: 'en',
  pageSize: '30',
  maxFileBytes: String(5 * 1024 * 1024),
  languageEngine: 'fasttext',
  joinThreshold: undefined,
  clusterDense: 'off',
  embedProvider: 'use-lite',
  embedBaseUrl: undefined,
  embedModel: undefined,
  embedKey: undefined,
  embedDimensions: undefined,
  embedTimeoutMs: '30000',
  embedMaxWords: '64',
  translateTo: 'en',
  translateBodies: 'eager',
  translateProviders: 'apertium',
  translateTimeoutMs: '20000',
  libretranslateUrl: undefined,
  libretranslateKey: undefined,
  openaiBaseUrl: undefined,
  openaiModel: undefined,
  openaiKey: undefined,
  deeplKey: undefined,
  deeplUrl: undefined,
  jobLeaseSeconds: '600',
  jobRetrySeconds: '60',
  logLevel: 'info',
  fetchInterval: '30',
  fetchAllowPrivate: 'false',
  fetchContactUrl: 'https://github.com/babelwire/babelwire',
  fetchTimeoutMs: '30000',
  fetchMaxBytes: String(10 * 1024 * 1024),
  fetchHostDelayMs: '1000',
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
  // --database, then --db, then BABELWIRE_DB, then DATABASE_URL (the name hosting platforms set), then the default file.
  if (flags.databaseUrl !== undefined && flags.database !== undefined && flags.databaseUrl !== flags.database) {
    problems.push('--database and --db: give only one of them (both name the database)');
  }
  raw.database = (flags.databaseUrl === '' ? undefined : flags.databaseUrl) ?? raw.database ?? raw.databaseUrl ?? DEFAULT_DATABASE;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] as Key;
      const source = sources[key];
      const label = source.flag ? `${source.env} (${source.flag})` : source.env;
      const given = typeof raw[key] === 'string' ? redactUrl(raw[key]) : raw[key];
      problems.push(`${label}: ${issue.message}, got ${JSON.stringify(given)}`);
    }
  }
  const providers = parsed.success ? providerConfigs(parsed.data, problems) : [];
  const embed = parsed.success ? embedConfig(parsed.data, problems) : null;
  if (problems.length > 0 || !parsed.success || !embed) {
    throw new InputError('config', `invalid settings:\n  ${problems.join('\n  ')}`);
  }
  const c = parsed.data;
  return deepFreeze({
    database: c.database,
    server: { host: c.host, port: c.port },
    site: { name: c.siteName, readerLanguage: c.readerLanguage, pageSize: c.pageSize },
    ingest: { maxFileBytes: c.maxFileBytes },
    language: { engine: c.languageEngine },
    cluster: { ...(c.joinThreshold === undefined ? {} : { joinThreshold: c.joinThreshold }), signals: { dense: c.clusterDense } },
    embed,
    translate: { targets: c.translateTo, bodies: c.translateBodies, providers },
    queue: { leaseSeconds: c.jobLeaseSeconds, retrySeconds: c.jobRetrySeconds },
    log: { level: c.logLevel },
    fetch: {
      intervalMinutes: c.fetchInterval,
      allowPrivateAddresses: c.fetchAllowPrivate,
      contactUrl: c.fetchContactUrl,
      timeoutMs: c.fetchTimeoutMs,
      maxBodyBytes: c.fetchMaxBytes,
      hostDelayMs: c.fetchHostDelayMs,
    },
  });
}

/** Each provider named in BABELWIRE_TRANSLATE_PROVIDERS with the settings it needs; a missing one is a problem. */
function providerConfigs(c: z.infer<typeof schema>, problems: string[]): TranslationProviderConfig[] {
  const timeoutMs = c.translateTimeoutMs;
  const configs: TranslationProviderConfig[] = [];
  for (const kind of c.translateProviders) {
    if (kind === 'apertium') configs.push({ kind, timeoutMs });
    else if (kind === 'libretranslate') {
      if (!c.libretranslateUrl) problems.push('BABELWIRE_LIBRETRANSLATE_URL: needed when BABELWIRE_TRANSLATE_PROVIDERS lists libretranslate');
      else configs.push({ kind, url: c.libretranslateUrl, timeoutMs, ...(c.libretranslateKey ? { apiKey: c.libretranslateKey } : {}) });
    } else if (kind === 'openai') {
      if (!c.openaiBaseUrl || !c.openaiModel) {
        problems.push('BABELWIRE_OPENAI_BASE_URL and BABELWIRE_OPENAI_MODEL: needed when BABELWIRE_TRANSLATE_PROVIDERS lists openai');
      } else configs.push({ kind, baseUrl: c.openaiBaseUrl, model: c.openaiModel, timeoutMs, ...(c.openaiKey ? { apiKey: c.openaiKey } : {}) });
    } else if (!c.deeplKey) problems.push('BABELWIRE_DEEPL_KEY: needed when BABELWIRE_TRANSLATE_PROVIDERS lists deepl');
    else configs.push({ kind, apiKey: c.deeplKey, timeoutMs, ...(c.deeplUrl ? { url: c.deeplUrl } : {}) });
  }
  return configs;
}

/** The embedder: the packaged model, or an endpoint whose URL and model must then be given. */
function embedConfig(c: z.infer<typeof schema>, problems: string[]): EmbedConfig | null {
  if (c.embedProvider === 'use-lite') return { kind: 'use-lite', maxWords: c.embedMaxWords };
  if (!c.embedBaseUrl || !c.embedModel) {
    problems.push('BABELWIRE_EMBED_BASE_URL and BABELWIRE_EMBED_MODEL: needed when BABELWIRE_EMBED_PROVIDER is openai');
    return null;
  }
  return {
    kind: 'openai',
    baseUrl: c.embedBaseUrl,
    model: c.embedModel,
    timeoutMs: c.embedTimeoutMs,
    maxWords: c.embedMaxWords,
    ...(c.embedKey ? { apiKey: c.embedKey } : {}),
    ...(c.embedDimensions ? { dimensions: c.embedDimensions } : {}),
  };
}

function deepFreeze<T extends object>(value: T): T {
  for (const v of Object.values(value)) if (v && typeof v === 'object') deepFreeze(v as object);
  return Object.freeze(value);
}
