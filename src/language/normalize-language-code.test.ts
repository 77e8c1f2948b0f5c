import { describe, it, expect } from 'vitest';
import { codeOfEldLanguage } from './eld-engine.js';
import { codeOfFastTextLabel } from './fasttext-engine.js';
import { loadLidModel, readLidLabels } from './load-lid-model.js';
import { normalizeLanguageCode } from './index.js';

describe('normalizeLanguageCode', () => {
  it.each([
    // ISO 639-1, -2/T, -2/B, -3 and case
    ['fr', 'fr'],
    ['FR', 'fr'],
    ['fra', 'fr'],
    ['fre', 'fr'],
    ['deu', 'de'],
    ['ger', 'de'],
    ['eng', 'en'],
    ['rus', 'ru'],
    ['jpn', 'ja'],
    // BCP 47 tags, underscores, scripts and regions
    ['fr-FR', 'fr'],
    ['pt_BR', 'pt'],
    ['en-US', 'en'],
    ['zh-Hant', 'zh'],
    ['zh-Hans-CN', 'zh'],
    ['srp-Cyrl', 'sr'],
    ['srp-Latn', 'sr'],
    ['zho-CN', 'zh'],
    ['zho-TW', 'zh'],
    ['sr-Latn-RS', 'sr'],
    ['az-Latn', 'az'],
    ['ckb-Arab', 'ckb'],
    ['en-US,en;q=0.9', 'en'],
    ['  de-AT  ', 'de'],
    // Macrolanguages: the individual language everyone means becomes the macrolanguage
    ['arb', 'ar'],
    ['ara', 'ar'],
    ['zho', 'zh'],
    ['cmn', 'zh'],
    ['fas', 'fa'],
    ['pes', 'fa'],
    ['prs', 'fa'],
    ['msa', 'ms'],
    ['zsm', 'ms'],
    ['swh', 'sw'],
    ['kmr', 'ku'],
    // Norwegian: Bokmål meets the detectors on `no`, Nynorsk stays apart
    ['nob', 'no'],
    ['nb', 'no'],
    ['nb-NO', 'no'],
    ['nor', 'no'],
    ['no', 'no'],
    ['nno', 'nn'],
    ['nn', 'nn'],
    // Deprecated and extlang forms, Filipino
    ['iw', 'he'],
    ['in', 'id'],
    ['ji', 'yi'],
    ['zh-yue', 'yue'],
    ['tl', 'fil'],
    ['tgl', 'fil'],
    ['fil', 'fil'],
    // Languages with no ISO 639-1 code keep ISO 639-3
    ['yue', 'yue'],
    ['ceb', 'ceb'],
    ['mey', 'mey'],
    ['shi', 'shi'],
    // fastText labels
    ['__label__fr', 'fr'],
    ['__label__zh', 'zh'],
    // Names, in English, French or the language itself
    ['French', 'fr'],
    ['français', 'fr'],
    ['Francais', 'fr'],
    ['German', 'de'],
    ['allemand', 'de'],
    ['Deutsch', 'de'],
    ['Spanish', 'es'],
    ['español', 'es'],
    ['Chinese', 'zh'],
    ['русский', 'ru'],
    ['Norwegian Bokmål', 'no'],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeLanguageCode(input)).toBe(expected);
  });

  it.each(['', '   ', 'xx', 'xyz', 'und', 'zxx', 'mul', 'qaa', 'Klingonese', 'x'.repeat(200), '12', '???'])(
    'refuses %j',
    (input) => {
      expect(normalizeLanguageCode(input)).toBeNull();
    },
  );

  it('refuses what is not a string', () => {
    expect(normalizeLanguageCode(undefined as unknown as string)).toBeNull();
    expect(normalizeLanguageCode(42 as unknown as string)).toBeNull();
  });

  it('gives ISO 639-1 or -3 lower case codes for all 124 language codes of the NTREX benchmark set', () => {
    const expected: Record<string, string> = {
      afr: 'af', amh: 'am', arb: 'ar', 'aze-Latn': 'az', bak: 'ba', bel: 'be', bem: 'bem', ben: 'bn', bod: 'bo',
      bos: 'bs', bul: 'bg', cat: 'ca', ces: 'cs', 'ckb-Arab': 'ckb', cym: 'cy', dan: 'da', deu: 'de', div: 'dv',
      dzo: 'dz', ell: 'el', est: 'et', eus: 'eu', ewe: 'ee', fao: 'fo', fas: 'fa', fij: 'fj', fil: 'fil', fin: 'fi',
      fra: 'fr', 'fra-CA': 'fr', fuc: 'ff', gle: 'ga', glg: 'gl', guj: 'gu', hau: 'ha', heb: 'he', hin: 'hi',
      hmn: 'hmn', hrv: 'hr', hun: 'hu', hye: 'hy', ibo: 'ig', ind: 'id', isl: 'is', ita: 'it', jpn: 'ja', kan: 'kn',
      kat: 'ka', kaz: 'kk', khm: 'km', kin: 'rw', kir: 'ky', kmr: 'ku', kor: 'ko', lao: 'lo', lav: 'lv', lit: 'lt',
      ltz: 'lb', mal: 'ml', mar: 'mr', mey: 'mey', mkd: 'mk', mlg: 'mg', mlt: 'mt', mon: 'mn', mri: 'mi', msa: 'ms',
      mya: 'my', nde: 'nd', nep: 'ne', nld: 'nl', nno: 'nn', nob: 'no', nso: 'nso', nya: 'ny', orm: 'om', pan: 'pa',
      pol: 'pl', por: 'pt', 'por-BR': 'pt', prs: 'fa', pus: 'ps', ron: 'ro', rus: 'ru', shi: 'shi', sin: 'si',
      slk: 'sk', slv: 'sl', smo: 'sm', 'sna-Latn': 'sn', 'snd-Arab': 'sd', som: 'so', spa: 'es', 'spa-MX': 'es',
      sqi: 'sq', 'srp-Cyrl': 'sr', 'srp-Latn': 'sr', ssw: 'ss', swa: 'sw', swe: 'sv', tah: 'ty', tam: 'ta', tat: 'tt',
      tel: 'te', 'tgk-Cyrl': 'tg', tha: 'th', tir: 'ti', ton: 'to', tsn: 'tn', tuk: 'tk', tur: 'tr', uig: 'ug',
      ukr: 'uk', urd: 'ur', uzb: 'uz', ven: 've', vie: 'vi', wol: 'wo', xho: 'xh', yor: 'yo', yue: 'yue',
      'zho-CN': 'zh', 'zho-TW': 'zh', zul: 'zu',
    };
    expect(Object.keys(expected)).toHaveLength(124);
    const actual = Object.fromEntries(Object.keys(expected).map((code) => [code, normalizeLanguageCode(code)]));
    expect(actual).toEqual(expected);
  });

  it('places every one of the 176 fastText labels, fixing the Wikipedia codes ISO reads otherwise', async () => {
    const names = readLidLabels(await loadLidModel());
    expect(names).toHaveLength(176);
    const codes = new Map(names.map((label) => [label, codeOfFastTextLabel(label)]));
    expect([...codes].filter(([, code]) => code === null)).toEqual([]);
    for (const code of codes.values()) expect(code).toMatch(/^[a-z]{2,3}$/);
    expect(codes.get('__label__als')).toBe('gsw'); // Alemannic Wikipedia, not Tosk Albanian
    expect(codes.get('__label__sh')).toBe('sr');
    expect(codes.get('__label__tl')).toBe('fil');
    expect(codes.get('__label__bh')).toBe('bho');
    expect(codes.get('__label__no')).toBe('no');
    expect(codes.get('__label__nn')).toBe('nn');
    expect(codes.get('__label__yue')).toBe('yue');
    expect(codes.get('__label__azb')).toBe('azb');
    expect(codes.get('__label__zh')).toBe('zh');
  });

  it('reads eld answers, its Arabic-script Kurdish as Sorani', () => {
    expect(codeOfEldLanguage('fr')).toBe('fr');
    expect(codeOfEldLanguage('ku')).toBe('ckb');
    expect(codeOfEldLanguage('tl')).toBe('fil');
    expect(codeOfEldLanguage('')).toBeNull();
  });
});
