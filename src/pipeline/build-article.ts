// Puts together a storable article from the stages' results, with its stable id and content fingerprint.
import { createHash } from 'node:crypto';
import type { Enrichment, ExtractedArticle, LanguageGuess, NewArticle } from '../domain/index.js';

/** Ids are stable across runs: from the URL when there is one, else from the content. */
export function articleIdFor(url: string | null, contentHash: string): string {
  const basis = url ? `url:${normalizeUrl(url)}` : `content:${contentHash}`;
  return `a_${sha1(basis).slice(0, 16)}`;
}

/** Fingerprint of the words of title and text, insensitive to case, punctuation and white space. */
export function contentHashOf(title: string, text: string): string {
  const words = `${title}\n${text}`.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  return sha1(words.join(' '));
}

export function buildArticle(
  extracted: ExtractedArticle,
  guess: LanguageGuess,
  enrichment: Enrichment,
  ingestedAt: string,
): NewArticle {
  const contentHash = contentHashOf(extracted.title, extracted.text);
  return {
    id: articleIdFor(extracted.url, contentHash),
    ref: extracted.ref,
    url: extracted.url,
    sourceName: extracted.sourceName,
    credits: extracted.credits,
    author: extracted.author,
    section: extracted.section,
    imageUrl: extracted.imageUrl,
    title: extracted.title,
    lead: extracted.lead,
    text: extracted.text,
    language: guess.language,
    languageConfidence: guess.confidence,
    publishedAt: extracted.publishedAt,
    publishedAtOrigin: extracted.publishedAtOrigin,
    ingestedAt,
    contentHash,
    entities: enrichment.entities,
    dates: enrichment.dates,
    terms: enrichment.terms,
  };
}

/** Lower-cases scheme and host and drops the fragment, so trivially different spellings of a URL are one article. */
function normalizeUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.toString();
  } catch {
    return url.trim();
  }
}

function sha1(s: string): string {
  return createHash('sha1').update(s).digest('hex');
}
