// Sends only non-empty segments to a server, in batches, and puts the answers back in place.
import { UpstreamError } from '../../domain/index.js';

/** Translates the non-empty segments `batchSize` at a time; empty ones stay empty. Checks every batch's count. */
export async function translateInBatches(
  segments: readonly string[],
  batchSize: number,
  provider: string,
  ref: string | null,
  send: (batch: string[]) => Promise<string[]>,
): Promise<string[]> {
  const out = segments.map(() => '');
  const todo = segments.map((s, i) => ({ text: s.trim(), i })).filter((s) => s.text.length > 0);
  for (let start = 0; start < todo.length; start += batchSize) {
    const batch = todo.slice(start, start + batchSize);
    const answers = await send(batch.map((b) => b.text));
    if (answers.length !== batch.length) {
      throw new UpstreamError('translate', `${provider} returned ${answers.length} translations for ${batch.length} segments`, ref, true);
    }
    batch.forEach((b, k) => (out[b.i] = answers[k] ?? ''));
  }
  return out;
}
