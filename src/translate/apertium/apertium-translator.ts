// The offline Apertium provider: finds a path of installed pairs, batches chunks through long-running pipelines.
import { InputError, UpstreamError } from '../../domain/index.js';
import { cleanText } from '../clean-text.js';
import { toLangCode } from '../lang-codes.js';
import { chunkParagraph, splitParagraphs } from '../split-text.js';
import type { TranslationRequest, TranslationResult, Translator } from '../translator.js';
import { ApertiumProcess, isProcessExit } from './apertium-process.js';
import { discoverPairs, type ApertiumPair } from './discover-pairs.js';
import { ENGLISH_ABBREVIATIONS, ENGLISH_TITLES, FRENCH_PRONOUNS, encodeChunk } from './encode-chunk.js';
import { findPath, pathLanguages } from './find-path.js';
import { postprocessChunk } from './postprocess.js';
import { runBatch } from './run-batch.js';
import { findChangedNames, restoreNames } from './restore-names.js';
import { UNKNOWN_MARK, decodeStream } from './stream-format.js';

export interface ApertiumOptions {
  modesDir?: string;
  /** Long-running pipelines per path (pool mode). */
  poolSize?: number;
  /** `pool`: null-flush processes kept open; `batch`: a fresh process per batch of chunks. */
  mode?: 'pool' | 'batch';
  /** Time allowed for one batch in a one-shot process, or for one chunk once a pool pipeline starts on it. */
  timeoutMs?: number;
  /** Longest chunk sent in one piece; longer paragraphs are cut at sentence ends. */
  maxChunkChars?: number;
  /** Chunks per batch. */
  batchSize?: number;
  /** Keep runs of capitalised words (names) untranslated. */
  protectNames?: boolean;
  /** Our post-processing; off gives Apertium's own output (marks removed only where `raw` is false). */
  postprocess?: boolean;
  pairPenalty?: Record<string, number>;
  /** Routes by direction ("fr>en": mode names) that win over the fewest-hops path; `{}` turns the measured defaults off. */
  routes?: Record<string, string[]>;
  /** Dictionary lookup for words Apertium leaves unknown. */
  lookupUnknown?: (word: string, from: string, to: string) => string | undefined;
}

interface Chunk {
  segment: number;
  paragraph: number;
  source: string;
}

export class ApertiumTranslator implements Translator {
  readonly name = 'apertium';
  private pairs: Promise<ApertiumPair[]> | null = null;
  private readonly pools = new Map<string, ApertiumProcess[]>();

  constructor(private readonly options: ApertiumOptions = {}) {}

  /** The installed pairs (discovered once). */
  listPairs(): Promise<ApertiumPair[]> {
    this.pairs ??= discoverPairs(this.options.modesDir);
    return this.pairs;
  }

  /** The chain of pairs used for a direction, or null. */
  async findPath(from: string, to: string): Promise<ApertiumPair[] | null> {
    return findPath(await this.listPairs(), toLangCode(from), toLangCode(to), { pairPenalty: this.options.pairPenalty, routes: this.options.routes });
  }

  async supports(from: string, to: string): Promise<boolean> {
    const path = await this.findPath(from, to);
    return path !== null && path.length > 0;
  }

  async translate(request: TranslationRequest): Promise<TranslationResult> {
    const path = await this.findPath(request.from, request.to);
    if (!path || path.length === 0) {
      throw new InputError('translate', `apertium has no pair or pivot from ${request.from} to ${request.to}`, request.ref ?? null);
    }
    const languages = pathLanguages(path);
    const maxChars = this.options.maxChunkChars ?? 1000;
    const chunks: Chunk[] = [];
    request.segments.forEach((segment, s) => {
      splitParagraphs(cleanText(segment)).forEach((paragraph, p) => {
        for (const source of chunkParagraph(paragraph, maxChars)) chunks.push({ segment: s, paragraph: p, source });
      });
    });
    const titles = languages[languages.length - 1] === 'en' && this.options.postprocess !== false ? ENGLISH_TITLES : undefined;
    // Every pivot out of French is pro-drop (Catalan, Spanish): the subject is carried across as English.
    const pronouns = titles && languages[0] === 'fr' && languages.length > 2 ? FRENCH_PRONOUNS : undefined;
    const abbreviations = titles ? ENGLISH_ABBREVIATIONS : undefined;
    const encoded = chunks.map((c) => encodeChunk(c.source, { protectNames: this.options.protectNames ?? false, titles, pronouns, abbreviations }));
    const outputs = await this.runChunks(path, encoded, request.ref ?? languages.join('>'));
    const decoded = outputs.map((out) => decodeStream(out));
    const lookupUnknown = this.options.lookupUnknown;
    const texts = decoded.map(({ text, protectedSpans }, i) => {
      const source = chunks[i]?.source ?? '';
      if (this.options.postprocess === false) return text.replace(/\s+/gu, ' ').trim();
      return postprocessChunk(text, { source, path: languages, lookupUnknown, protectedSpans });
    });
    if (this.options.postprocess !== false) {
      const renamed = await this.translateChangedNames(path, decoded.map((d) => d.text), chunks.map((c) => c.source), request.ref ?? languages.join('>'));
      texts.forEach((text, i) => (texts[i] = restoreNames(text, chunks[i]?.source ?? '', renamed)));
    }
    return { segments: assemble(request.segments.length, chunks, texts), provider: this.name, quality: 'machine', path: languages };
  }

  /**
   * On a path with two pivots or more, a name the first pivot put in its own form may reach the last pair in a
   * form it does not know ("Genève" -> "Ginebra" through Catalan and Spanish). Such words (capitalised, marked
   * unknown by the last pair, absent from the source) are translated on their own from the first pivot on the shortest
   * path; a known translation replaces them ("Ginebra" -> "Geneva"). Words unknown there stay as they are.
   */
  private async translateChangedNames(path: ApertiumPair[], rawOutputs: string[], sources: string[], label: string): Promise<Map<string, string>> {
    const renamed = new Map<string, string>();
    const languages = pathLanguages(path);
    const pivot = languages[1];
    const target = languages[languages.length - 1];
    if (path.length < 3 || !pivot || !target) return renamed;
    const shorter = findPath(await this.listPairs(), pivot, target, { routes: {} });
    if (!shorter || shorter.length === 0 || shorter.length >= path.length - 1) return renamed;
    const words = [...new Set(rawOutputs.flatMap((raw, i) => findChangedNames(raw, sources[i] ?? '')))];
    if (words.length === 0) return renamed;
    const outputs = await this.runChunks(shorter, words.map((w) => encodeChunk(w, { protectNames: false })), label);
    outputs.forEach((out, i) => {
      const word = words[i] ?? '';
      const translated = decodeStream(out).text.replace(/\s+/gu, ' ').trim();
      // Only a clean single name: no unknown-word mark, capitalised, and not the word itself.
      if (UNKNOWN_MARK.test(translated) || translated === word || !/^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(translated)) return;
      renamed.set(word, translated);
    });
    return renamed;
  }

  async close(): Promise<void> {
    for (const pool of this.pools.values()) for (const p of pool) p.stop();
    this.pools.clear();
    return Promise.resolve();
  }

  private async runChunks(path: ApertiumPair[], encoded: string[], label: string): Promise<string[]> {
    const batchSize = this.options.batchSize ?? 64;
    const batches: Promise<string[]>[] = [];
    for (let i = 0; i < encoded.length; i += batchSize) batches.push(this.runOneBatch(path, encoded.slice(i, i + batchSize), label));
    return (await Promise.all(batches)).flat();
  }

  private async runOneBatch(path: ApertiumPair[], chunks: string[], label: string): Promise<string[]> {
    const timeoutMs = this.options.timeoutMs ?? 30_000;
    const modeFiles = path.map((p) => p.modeFile);
    if ((this.options.mode ?? 'pool') === 'pool') {
      // A pipeline that exited is replaced by a fresh one once; a stuck one (timeout) was killed, and the
      // batch goes to a one-shot process instead.
      for (let attempt = 0; attempt < 2; attempt++) {
        try {
          return await this.pickProcess(path).run(chunks, timeoutMs);
        } catch (error) {
          if (!(error instanceof UpstreamError) || !error.retryable) throw error;
          if (!isProcessExit(error)) break;
        }
      }
    }
    return runBatchSplitting(modeFiles, chunks, timeoutMs, label);
  }

  private pickProcess(path: ApertiumPair[]): ApertiumProcess {
    const key = path.map((p) => p.mode).join('|');
    let pool = this.pools.get(key);
    if (!pool) {
      const size = Math.max(1, this.options.poolSize ?? 1);
      pool = Array.from({ length: size }, () => new ApertiumProcess(path.map((p) => p.modeFile), pathLanguages(path).join('>')));
      this.pools.set(key, pool);
    }
    return pool.reduce((a, b) => (b.busy < a.busy ? b : a));
  }
}

// When a batch comes back with the wrong number of segments, halves are tried until single chunks fail.
async function runBatchSplitting(modeFiles: string[], chunks: string[], timeoutMs: number, label: string): Promise<string[]> {
  try {
    return await runBatch(modeFiles, chunks, timeoutMs, label);
  } catch (error) {
    if (chunks.length <= 1 || !(error instanceof UpstreamError) || !error.retryable) throw error;
    const half = Math.ceil(chunks.length / 2);
    const first = await runBatchSplitting(modeFiles, chunks.slice(0, half), timeoutMs, label);
    const second = await runBatchSplitting(modeFiles, chunks.slice(half), timeoutMs, label);
    return [...first, ...second];
  }
}

function assemble(count: number, chunks: Chunk[], texts: string[]): string[] {
  const paragraphs: string[][][] = Array.from({ length: count }, () => []);
  chunks.forEach((c, i) => {
    const segment = paragraphs[c.segment];
    if (!segment) return;
    (segment[c.paragraph] ??= []).push(texts[i] ?? '');
  });
  return paragraphs.map((segment) =>
    segment
      .filter((p) => p !== undefined)
      .map((p) => p.join(' '))
      .join('\n\n'),
  );
}
