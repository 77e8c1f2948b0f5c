// Duplicate check at insertion: the same page under another URL spelling, or near-identical text from the same
// outlet, is the article already stored (it gains a link); near-identical text from another outlet is a copy.
import type { ArticleFingerprint, ExtractedArticle } from '../domain/index.js';
import { fingerprintText, judgeDuplicate, normaliseArticleUrl, readOutletHost } from '../dedupe/index.js';
import type { Store } from '../store/index.js';

/** Candidates sharing a fingerprint band that are measured; more would only be ever more distant collisions. */
const MAX_CANDIDATES = 50;

export type DuplicateCheck =
  | { kind: 'known'; articleId: string }
  | { kind: 'new'; fingerprint: Omit<ArticleFingerprint, 'articleId'> | null };

/** Where this copy of the article was seen: its URL's canonical key and the source that led to it. */
export interface SeenLink {
  url: string;
  urlKey: string;
  sourceName: string | null;
}

export function readSeenLink(extracted: ExtractedArticle): SeenLink | null {
  const urlKey = normaliseArticleUrl(extracted.url);
  return extracted.url && urlKey ? { url: extracted.url, urlKey, sourceName: extracted.sourceName } : null;
}

export async function findDuplicate(store: Store, extracted: ExtractedArticle, link: SeenLink | null): Promise<DuplicateCheck> {
  if (link) {
    const byUrl = await store.findArticleByUrlKey(link.urlKey);
    if (byUrl) return { kind: 'known', articleId: byUrl };
  }
  const fingerprint = fingerprintText(extracted.text);
  if (!fingerprint) return { kind: 'new', fingerprint: null };
  const incoming = { fingerprint, host: readOutletHost(extracted.url), sourceName: extracted.sourceName };
  let nearCopyOf: string | null = null;
  for (const candidate of await store.findNearFingerprints(fingerprint, MAX_CANDIDATES)) {
    const verdict = judgeDuplicate(incoming, candidate);
    if (verdict === 'same-article') return { kind: 'known', articleId: candidate.articleId };
    // Copies point at the first outlet's article, so a dispatch republished five times has one original.
    if (verdict === 'outlet-copy') nearCopyOf ??= candidate.nearCopyOf ?? candidate.articleId;
  }
  return { kind: 'new', fingerprint: { ...incoming, nearCopyOf } };
}

/** Records the link on the article it led to; repeated links are ignored by the store. */
export async function recordLink(store: Store, articleId: string, link: SeenLink | null, seenAt: string): Promise<void> {
  if (link) await store.addArticleLink({ articleId, ...link, seenAt });
}
