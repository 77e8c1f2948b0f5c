import { describe, it, expect, beforeAll } from 'vitest';
import type { LanguageDetector } from './index.js';
import { createLanguageDetector } from './index.js';

// Short news sentences written for these tests, one per language the site's readers meet most.
const sentences: Record<string, string> = {
  en: 'The finance minister said on Tuesday that the new budget would cut taxes for small businesses.',
  fr: 'Le ministre des Finances a annoncé mardi que le nouveau budget réduirait les impôts des petites entreprises.',
  de: 'Der Finanzminister kündigte am Dienstag an, dass der neue Haushalt die Steuern für kleine Unternehmen senken werde.',
  es: 'El ministro de Hacienda anunció el martes que el nuevo presupuesto reducirá los impuestos a las pequeñas empresas.',
  it: 'Il ministro delle Finanze ha annunciato martedì che la nuova legge di bilancio ridurrà le tasse per le piccole imprese.',
  pt: 'O ministro das Finanças anunciou na terça-feira que o novo orçamento vai reduzir os impostos das pequenas empresas.',
  ru: 'Министр финансов заявил во вторник, что новый бюджет снизит налоги для малого бизнеса.',
  ar: 'أعلن وزير المالية يوم الثلاثاء أن الميزانية الجديدة ستخفض الضرائب على الشركات الصغيرة.',
  zh: '财政部长周二表示，新预算将为小企业减税。',
  ja: '財務大臣は火曜日、新しい予算で中小企業の税金を引き下げると発表した。',
};

describe('createLanguageDetector (fastText lid.176)', () => {
  let detector: LanguageDetector;
  beforeAll(async () => {
    detector = await createLanguageDetector();
  });

  it('uses fastText by default and knows its 176 labels as our codes', () => {
    expect(detector.engine).toBe('fasttext');
    // 176 labels, of which `sh` and `sr` both become `sr`.
    expect(detector.languages).toHaveLength(175);
    expect(detector.languages).toEqual(expect.arrayContaining(['en', 'fr', 'zh', 'yue', 'fil', 'gsw', 'no', 'nn']));
  });

  for (const [language, text] of Object.entries(sentences)) {
    it(`detects ${language} in a short news sentence`, async () => {
      const guess = await detector.detect(text);
      expect(guess.language).toBe(language);
      expect(guess.method).toBe('fasttext');
      expect(guess.confidence).toBeGreaterThan(0.5);
      expect(guess.confidence).toBeLessThanOrEqual(1);
    });
  }

  it('reads a multi-line article with URLs, e-mails and figures as one line of text', async () => {
    const article = `Wahlen in Berlin\n\nDie Wahlbeteiligung lag bei 63,5 Prozent, teilte die Landeswahlleiterin mit.\nMehr unter https://www.example.org/wahl-2026?id=42 oder presse@example.org.`;
    expect(await detector.detect(article)).toMatchObject({ language: 'de', method: 'fasttext' });
  });

  it('judges a long text by its start', async () => {
    const long = `${sentences.fr} `.repeat(60) + `${sentences.en} `.repeat(200);
    expect(long.length).toBeGreaterThan(20_000);
    expect((await detector.detect(long)).language).toBe('fr');
  });

  it('uses the hint when the text is too short to judge', async () => {
    expect(await detector.detect('Brexit', 'fr-FR')).toMatchObject({ language: 'fr', method: 'hint' });
    expect(await detector.detect('', 'pt_BR')).toMatchObject({ language: 'pt', method: 'hint' });
    expect(await detector.detect('Paris', 'French')).toMatchObject({ language: 'fr', method: 'hint' });
  });

  it('returns und without a usable hint when the text is too short', async () => {
    expect(await detector.detect('Brexit')).toEqual({ language: 'und', confidence: 0, method: 'none' });
    expect(await detector.detect('Brexit', null)).toMatchObject({ language: 'und', method: 'none' });
    expect(await detector.detect('Brexit', 'xx-nonsense')).toMatchObject({ language: 'und', method: 'none' });
  });

  it('trusts the detector over a hint it confidently contradicts', async () => {
    const guess = await detector.detect(sentences.es ?? '', 'en');
    expect(guess).toMatchObject({ language: 'es', method: 'fasttext' });
  });

  it('keeps the fastText answer, with its probability, when it agrees with the hint', async () => {
    const guess = await detector.detect(sentences.it ?? '', 'ita');
    expect(guess.language).toBe('it');
    expect(guess.method).toBe('fasttext');
    expect(guess.confidence).toBeGreaterThan(0.8);
  });

  it('follows the hint between close languages when fastText is unsure', async () => {
    // Danish, short and name-light: fastText spreads its belief over da, no and sv.
    const text = 'Regeringen fremlagde finansloven i dag';
    expect(await detector.detect(text)).toMatchObject({ language: 'und', method: 'none' });
    const hinted = await detector.detect(text, 'nob');
    expect(hinted).toMatchObject({ language: 'no', method: 'hint' });
    // The hint's confidence is what fastText gave that language, not a made-up certainty.
    expect(hinted.confidence).toBeGreaterThan(0);
    expect(hinted.confidence).toBeLessThan(0.5);
    // A name-heavy headline that fastText leans Italian on, declared Spanish by its source.
    expect(await detector.detect('Donald Trump con Giorgia Meloni a Roma', 'es-ES')).toMatchObject({
      language: 'es',
      method: 'hint',
    });
  });

  it('never throws on junk and answers und', async () => {
    const junk = [
      '🙂🎉🔥🙂🎉🔥🙂🎉🔥🙂🎉🔥🙂🎉🔥🙂🎉🔥',
      '\u0000\u0001\u0002\u0003\uFFFD\uFFFD\u0007'.repeat(50),
      String.fromCharCode(...Array.from({ length: 400 }, (_, i) => (i * 37) % 256)),
      '1234 5678 90 +33 (0)1 23 45 67 89 — 2026-11-23 10:00',
      'https://example.org/a/b/c?x=1 https://example.com user@example.net',
      '\uD800\uDC00\uD800'.repeat(30),
    ];
    for (const text of junk) {
      expect(await detector.detect(text)).toMatchObject({ language: 'und', method: 'none' });
    }
    // Not strings at all, as a JavaScript caller could pass them.
    expect(await detector.detect(undefined as unknown as string)).toMatchObject({ language: 'und' });
    expect(await detector.detect(null as unknown as string, 42 as unknown as string)).toMatchObject({ language: 'und' });
  });

  it('shares one loaded model between detectors', async () => {
    const other = await createLanguageDetector({ engine: 'fasttext' });
    expect(await other.detect(sentences.ru ?? '')).toMatchObject({ language: 'ru' });
  });
});

describe('createLanguageDetector (eld)', () => {
  let detector: LanguageDetector;
  beforeAll(async () => {
    detector = await createLanguageDetector({ engine: 'eld' });
  }, 30_000);

  it('knows its 60 languages as our codes, Sorani as ckb', () => {
    expect(detector.engine).toBe('eld');
    expect(detector.languages).toHaveLength(60);
    expect(detector.languages).toEqual(expect.arrayContaining(['ckb', 'fil', 'no', 'zh']));
    expect(detector.languages).not.toContain('ku');
  });

  for (const language of ['en', 'fr', 'de', 'es', 'ru', 'ar', 'zh']) {
    it(`agrees with fastText on ${language}`, async () => {
      expect(await detector.detect(sentences[language] ?? '')).toMatchObject({ language, method: 'eld' });
    });
  }

  it('applies the same hint and junk rules', async () => {
    expect(await detector.detect('Brexit', 'de')).toMatchObject({ language: 'de', method: 'hint' });
    expect(await detector.detect('🙂🎉🔥'.repeat(10))).toMatchObject({ language: 'und', method: 'none' });
  });
});

describe('createLanguageDetector options', () => {
  it('refuses an unknown engine with a language-stage error', async () => {
    await expect(createLanguageDetector({ engine: 'cld3' as 'eld' })).rejects.toThrow(/^language: unknown engine "cld3"/);
  });
});
