// The translation job on a real SQLite store: queued at ingestion, cached, retried when a provider fails.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewArticle } from '../domain/index.js';
import { UpstreamError } from '../domain/index.js';
import type { Store } from '../store/index.js';
import { openStore } from '../store/index.js';
import type { TranslationRequest, TranslationResult, Translator } from '../translate/index.js';
import { withCache } from '../translate/index.js';
import { queueTranslations, storeTranslationCache, translatePending } from './translate-articles.js';

/** A fake provider (unit test): upper-cases the text, or fails while `down` is set. */
class FakeTranslator implements Translator {
  readonly name = 'fake';
  calls = 0;
  down = false;
  supports(): boolean {
    return true;
  }
  translate(request: TranslationRequest): Promise<TranslationResult> {
    this.calls++;
    if (this.down) return Promise.reject(new UpstreamError('translate', 'fake provider is down', 'fake', true));
    return Promise.resolve({ segments: request.segments.map((s) => `[${request.to}] ${s.toUpperCase()}`), provider: 'fake', quality: 'machine', path: [request.from, request.to] });
  }
}

function article(id: string, language: string, title: string): NewArticle {
  return {
    id, ref: `${id}.txt`, url: null, sourceName: null, credits: [], author: null, section: null, imageUrl: null,
    title, text: 'Premier paragraphe.\n\nSecond paragraphe.', language, languageConfidence: 0.99,
    publishedAt: '2026-10-07T09:00:00.000Z', publishedAtOrigin: 'text', ingestedAt: '2026-10-07T10:00:00.000Z',
    contentHash: `h-${id}`, entities: [], dates: [], terms: [],
  };
}

let dir: string;
let store: Store;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bw-translate-'));
  store = await openStore({ database: join(dir, 't.db') });
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('translation jobs', () => {
  it('translates title and body into each reader language other than the article own', async () => {
    const fake = new FakeTranslator();
    const plan = { targets: ['en', 'fr'], bodies: 'eager' } as const;
    for (const a of [article('a1', 'fr', 'Crue du Rhin'), article('a2', 'en', 'Rhine flood'), article('a3', 'und', '???')]) {
      await store.insertArticle(a);
      await queueTranslations(store, a, plan);
    }
    const run = await translatePending(store, withCache(fake, storeTranslationCache(store)), plan);
    expect(run).toMatchObject({ translated: 2, degraded: 0, failed: [], stoppedEarly: false });
    const [fr] = await store.listTranslations(['a1'], 'en');
    expect(fr).toMatchObject({ title: '[en] CRUE DU RHIN', text: '[en] PREMIER PARAGRAPHE.\n\n[en] SECOND PARAGRAPHE.', quality: 'machine', path: ['fr', 'en'] });
    expect(await store.listTranslations(['a2'], 'en')).toEqual([]);
    expect((await store.listTranslations(['a2'], 'fr'))[0]?.title).toBe('[fr] RHINE FLOOD');
    expect(await store.listTranslations(['a3'], 'en')).toEqual([]);
  });

  it('translates the lead (standfirst) with the body, as its first paragraph', async () => {
    const fake = new FakeTranslator();
    const plan = { targets: ['en'], bodies: 'eager' } as const;
    const withLead = { ...article('l1', 'fr', 'Crue du Rhin'), lead: 'Le fleuve a débordé.' };
    await store.insertArticle(withLead);
    await queueTranslations(store, withLead, plan);
    await translatePending(store, fake, plan);
    const [en] = await store.listTranslations(['l1'], 'en');
    expect(en?.text).toBe('[en] LE FLEUVE A DÉBORDÉ.\n\n[en] PREMIER PARAGRAPHE.\n\n[en] SECOND PARAGRAPHE.');
  });

  it('never loses the article when the provider is down: jobs stay queued and a later run completes them', async () => {
    const fake = new FakeTranslator();
    fake.down = true;
    const plan = { targets: ['en'], bodies: 'lazy' } as const;
    for (let i = 0; i < 6; i++) {
      const a = article(`d${i}`, 'fr', `Titre ${i}`);
      await store.insertArticle(a);
      await queueTranslations(store, a, plan);
    }
    // No gloss fallback here: the fake is the whole chain, so the failure surfaces.
    const first = await translatePending(store, fake, plan);
    expect(first.stoppedEarly).toBe(true);
    expect(first.failed.length).toBe(3);
    expect(fake.calls).toBe(3);
    expect(await store.getArticle('d0')).not.toBeNull();
    expect((await store.stats()).queuedJobs).toBe(6);
  });

  it('answers from the cache after a restart instead of calling the provider again', async () => {
    const fake = new FakeTranslator();
    const plan = { targets: ['en'], bodies: 'eager' } as const;
    const a = article('c1', 'fr', 'Grève à la SNCF');
    await store.insertArticle(a);
    await queueTranslations(store, a, plan);
    await translatePending(store, withCache(fake, storeTranslationCache(store)), plan);
    expect(fake.calls).toBe(1);
    await store.close();
    store = await openStore({ database: join(dir, 't.db') });
    const again = new FakeTranslator();
    const b = { ...article('c2', 'fr', 'Grève à la SNCF'), contentHash: 'other' };
    await store.insertArticle(b);
    await queueTranslations(store, b, plan);
    await translatePending(store, withCache(again, storeTranslationCache(store)), plan);
    expect(again.calls).toBe(0);
    expect((await store.listTranslations(['c2'], 'en'))[0]?.title).toBe('[en] GRÈVE À LA SNCF');
  });
});
