// Numbers that read the same in every language (years, figures): a cross-language signal needing no translation.

// Thousands written with separators ("1,500", "1.500", "1 500": extraction turns French no-break
// spaces into plain ones) or plain digits with an optional decimal part.
const NUMBER = /(?<![\d.,])(\d{1,3}(?:[,. \u00a0\u202f]\d{3})+|\d+(?:[.,]\d+)?)(?![\d])/g;

/**
 * The most repeated numbers of a text, normalised ("1,500" and "1 500" -> "1500", "3,5" -> "3.5").
 * Integers below 100 are left out: days, small counts and list markers match by accident.
 */
export function extractSalientNumbers(text: string, max: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of text.matchAll(NUMBER)) {
    const value = normalizeNumber(match[1] ?? '');
    if (value === null) continue;
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  // Map keeps first-seen order, so equal counts stay in text order: deterministic.
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return new Map(ranked.slice(0, max));
}

function normalizeNumber(raw: string): string | null {
  let value: string;
  if (/^\d{1,3}(?:[,. \u00a0\u202f]\d{3})+$/.test(raw)) value = raw.replace(/[,. \u00a0\u202f]/g, '');
  else value = raw.replace(',', '.');
  const number = Number(value);
  if (!Number.isFinite(number)) return null;
  if (Number.isInteger(number) && number < 100) return null;
  if (!Number.isInteger(number) && number === 0) return null;
  return String(number);
}
