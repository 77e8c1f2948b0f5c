// Turns any language code, tag or name an input may carry into our code, or null when it is none.
import type { LangCode } from '../domain/index.js';
import { findLanguageByName } from './find-language-by-name.js';
import { parseLanguageTag } from './parse-language-tag.js';

/**
 * Our code is ISO 639-1 when the language has one, ISO 639-3 otherwise, following CLDR's
 * canonical forms; see parse-language-tag.ts and code-decisions.ts for the mapping and the
 * deliberate exceptions (`tl` -> `fil` as CLDR has it, `nb` -> `no`). Accepts fastText labels
 * (`__label__fr`), BCP 47 tags with `-` or `_`, the first entry of a list ("en-US,en;q=0.9")
 * and language names in English, French or the language itself.
 */
export function normalizeLanguageCode(code: string): LangCode | null {
  if (typeof code !== 'string') return null;
  const text = code.trim().replace(/^__label__/i, '');
  if (text === '' || text.length > 80) return null;
  const first = text.split(/[,;]/, 1)[0]?.trim() ?? '';
  return parseLanguageTag(first) ?? findLanguageByName(text);
}
