import { describe, it, expect } from 'vitest';
import { countLetters, defaultMaxChars, prepareText } from './prepare-text.js';

describe('prepareText', () => {
  it('makes one line without URLs, e-mails and digits', () => {
    const raw = 'Résultats 2026\n\nLe taux atteint 12,5 %.\r\nVoir https://exemple.fr/article?id=3 ou www.exemple.fr, écrire à redaction@exemple.fr.';
    const { text } = prepareText(raw);
    expect(text).not.toMatch(/[\n\r]/);
    expect(text).not.toMatch(/\d/);
    expect(text).not.toMatch(/exemple|@/);
    // The URL pattern takes the comma glued to "www.exemple.fr," with it.
    expect(text).toBe('Résultats Le taux atteint , %. Voir ou écrire à .');
  });

  it('drops control characters and replacement marks but keeps the joiners Persian needs', () => {
    expect(prepareText('a\u0000b\uFFFDc\uFEFFd').text).toBe('a b c d');
    expect(prepareText('می\u200Cخواهم').text).toBe('می\u200Cخواهم');
  });

  it('cuts long texts at a space near the limit', () => {
    const word = 'parlement ';
    const { text } = prepareText(word.repeat(1000));
    expect(text.length).toBeLessThanOrEqual(defaultMaxChars);
    expect(text.length).toBeGreaterThan(defaultMaxChars - word.length);
    expect(text.endsWith('parlement')).toBe(true);
    expect(prepareText('abc def ghi', 7).text).toBe('abc def');
  });

  it('never leaves half a surrogate pair at the cut', () => {
    const { text } = prepareText('𠀀'.repeat(50), 11);
    expect(text.length).toBe(10);
    expect(text).toBe('𠀀'.repeat(5));
  });

  it('counts letters, CJK characters twice, and the share of letters', () => {
    expect(countLetters('abc')).toBe(3);
    expect(countLetters('東京は')).toBe(6);
    expect(countLetters('서울')).toBe(4);
    const emoji = prepareText('🙂 🎉 🔥 ok');
    expect(emoji.letters).toBe(2);
    expect(emoji.letterShare).toBeCloseTo(2 / 5);
    expect(prepareText('').letterShare).toBe(0);
    // Devanagari vowel signs are combining marks: they count as letter material.
    expect(prepareText('हिन्दी').letterShare).toBe(1);
  });
});
