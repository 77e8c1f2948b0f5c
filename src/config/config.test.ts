import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('gives the documented defaults', () => {
    const c = loadConfig({});
    expect(c.database).toBe('./data/babelwire.db');
    expect(c.server).toEqual({ host: '127.0.0.1', port: 8080 });
    expect(c.site.readerLanguage).toBe('en');
    expect(Object.isFrozen(c.server)).toBe(true);
  });

  it('leaves the dense signal off by default, with the packaged encoder; an endpoint needs its URL and model', () => {
    const c = loadConfig({});
    expect(c.cluster.signals).toEqual({ dense: false });
    expect(c.embed).toEqual({ kind: 'use-lite', maxWords: 64 });
    const on = loadConfig({
      BABELWIRE_CLUSTER_DENSE: 'on',
      BABELWIRE_EMBED_PROVIDER: 'openai',
      BABELWIRE_EMBED_BASE_URL: 'http://127.0.0.1:11434/v1',
      BABELWIRE_EMBED_MODEL: 'nomic-embed-text',
      BABELWIRE_EMBED_DIMENSIONS: '768',
    });
    expect(on.cluster.signals.dense).toBe(true);
    expect(on.embed).toEqual({ kind: 'openai', baseUrl: 'http://127.0.0.1:11434/v1', model: 'nomic-embed-text', dimensions: 768, timeoutMs: 30000, maxWords: 64 });
    expect(() => loadConfig({ BABELWIRE_EMBED_PROVIDER: 'openai' })).toThrow(/BABELWIRE_EMBED_BASE_URL and BABELWIRE_EMBED_MODEL: needed/);
    expect(() => loadConfig({ BABELWIRE_CLUSTER_DENSE: 'maybe', BABELWIRE_EMBED_MAX_WORDS: '2' })).toThrow(/BABELWIRE_CLUSTER_DENSE: must be on or off[\s\S]*BABELWIRE_EMBED_MAX_WORDS/);
  });

  it('lets flags win over environment variables', () => {
    const c = loadConfig({ BABELWIRE_DB: '/tmp/env.db', BABELWIRE_PORT: '9000' }, { database: '/tmp/flag.db' });
    expect(c.database).toBe('/tmp/flag.db');
    expect(c.server.port).toBe(9000);
  });

  it('reports every bad setting at once, naming variable and flag', () => {
    let message = '';
    try {
      loadConfig({ BABELWIRE_PORT: 'eighty', BABELWIRE_READER_LANGUAGE: 'de', BABELWIRE_CLUSTER_THRESHOLD: '3' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^config: invalid settings/);
    expect(message).toContain('BABELWIRE_PORT (--port)');
    expect(message).toContain('BABELWIRE_READER_LANGUAGE (--lang)');
    expect(message).toContain('BABELWIRE_CLUSTER_THRESHOLD');
  });

  it('builds the translation providers in order, with their secrets, and names what is missing', () => {
    const c = loadConfig({
      BABELWIRE_TRANSLATE_TO: 'en, fr',
      BABELWIRE_TRANSLATE_PROVIDERS: 'libretranslate,apertium',
      BABELWIRE_LIBRETRANSLATE_URL: 'http://127.0.0.1:5000',
    });
    expect(c.translate.targets).toEqual(['en', 'fr']);
    expect(c.translate.providers.map((p) => p.kind)).toEqual(['libretranslate', 'apertium']);
    expect(loadConfig({}).translate).toEqual({ targets: ['en'], bodies: 'eager', providers: [{ kind: 'apertium', timeoutMs: 20000 }] });
    expect(loadConfig({ BABELWIRE_TRANSLATE_PROVIDERS: 'none' }).translate.providers).toEqual([]);
    expect(loadConfig({ BABELWIRE_TRANSLATE_TO: 'none' }).translate.targets).toEqual([]);
    expect(() => loadConfig({ BABELWIRE_TRANSLATE_PROVIDERS: 'deepl,openai' })).toThrow(/BABELWIRE_DEEPL_KEY[\s\S]*BABELWIRE_OPENAI_BASE_URL/);
    expect(() => loadConfig({ BABELWIRE_TRANSLATE_TO: 'en,de' })).toThrow(/BABELWIRE_TRANSLATE_TO/);
    expect(() => loadConfig({ BABELWIRE_TRANSLATE_PROVIDERS: 'google' })).toThrow(/BABELWIRE_TRANSLATE_PROVIDERS/);
  });

  it('reads a setting from NAME_FILE', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bw-config-'));
    const file = join(dir, 'db');
    writeFileSync(file, '/srv/news.db\n');
    expect(loadConfig({ BABELWIRE_DB_FILE: file }).database).toBe('/srv/news.db');
  });
});

describe('loadConfig: the database setting', () => {
  it('takes --database, then --db, then BABELWIRE_DB, then DATABASE_URL, then the default file', () => {
    const url = 'postgres://news:pw@127.0.0.1:5432/babelwire';
    expect(loadConfig({ DATABASE_URL: url }).database).toBe(url);
    expect(loadConfig({ DATABASE_URL: url, BABELWIRE_DB: '/srv/a.db' }).database).toBe('/srv/a.db');
    expect(loadConfig({ DATABASE_URL: url }, { database: '/tmp/flag.db' }).database).toBe('/tmp/flag.db');
    expect(loadConfig({ BABELWIRE_DB: '/srv/a.db' }, { databaseUrl: url }).database).toBe(url);
    expect(loadConfig({ DATABASE_URL: '' }).database).toBe('./data/babelwire.db');
    expect(loadConfig({}, { databaseUrl: url, database: url }).database).toBe(url);
  });

  it('refuses --database and --db naming different databases', () => {
    expect(() => loadConfig({}, { databaseUrl: 'postgres://u@h/db', database: './x.db' })).toThrow(/--database and --db: give only one/);
  });

  it('never prints a password from a database URL in its messages', () => {
    let message = '';
    try {
      loadConfig({ DATABASE_URL: 'postgres://news:s3cret@db/x', BABELWIRE_PORT: 'eighty' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('BABELWIRE_PORT');
    expect(message).not.toContain('s3cret');
  });
});
