// Apertium stream encoding, decoding and our post-processing of its output, without running Apertium.
import { describe, expect, it } from 'vitest';
import { ENGLISH_ABBREVIATIONS, FRENCH_PRONOUNS, encodeChunk } from './encode-chunk.js';
import { dropGuessedSubjects, postprocessChunk } from './postprocess.js';
import { decodeStream, escapeStream, protectSpan } from './stream-format.js';

describe('stream format', () => {
  it('escapes the stream metacharacters', () => {
    expect(escapeStream('a^b$c/d<e>f[g]h{i}j\\k@l*m#n')).toBe('a\\^b\\$c\\/d\\<e\\>f\\[g\\]h\\{i\\}j\\\\k\\@l\\*m\\#n');
  });

  it('decodes superblanks: line breaks kept, protected text behind placeholders, escapes undone', () => {
    const { text, protectedSpans } = decodeStream(`Hello \\[x\\] ${protectSpan('https://a.b/c[1]')} end.[][\n]`);
    expect(protectedSpans).toEqual(['https://a.b/c[1]']);
    expect(text).toBe('Hello [x] \uE0000\uE001 end.\n');
  });

  it('protects URLs, addresses and hashtags, and names when asked', () => {
    const chunk = 'Voir https://exemple.fr/a?b=1, écrire à redaction@journal.fr #Élections avec Emmanuel Macron.';
    const encoded = encodeChunk(chunk, { protectNames: false });
    expect(encoded).toContain('[https:\\/\\/exemple.fr\\/a?b=1]'.replace(/\\\//gu, '/'));
    expect(encoded).toContain('[redaction@journal.fr]');
    expect(encoded).toContain('[#Élections]');
    expect(encoded).not.toContain('[Emmanuel Macron]');
    expect(encodeChunk(chunk, { protectNames: true })).toContain('[Emmanuel Macron]');
    // At a sentence start, a two-word run may be an ordinary capitalised word plus a name.
    expect(encodeChunk('Hier Emmanuel a parlé.', { protectNames: true })).not.toContain('[');
  });

  it('turns titles before a name into their English form, and only there', () => {
    const titles = { 'M.': 'Mr', Mme: 'Mrs' };
    expect(encodeChunk('Selon M. Corbyn et Mme Dupont, le M. et Mme. sont', { protectNames: false, titles })).toBe(
      'Selon [Mr] Corbyn et [Mrs] Dupont, le M. et Mme. sont',
    );
    expect(encodeChunk('Selon M. Corbyn', { protectNames: false })).toBe('Selon M. Corbyn');
  });

  it('sends "EE. UU." through as "US" wherever it stands, not inside other words', () => {
    const abbreviations = ENGLISH_ABBREVIATIONS;
    expect(encodeChunk('pidió a EE. UU. que no y a EE.UU.', { protectNames: false, abbreviations })).toBe('pidió a [US] que no y a [US]');
    expect(encodeChunk('LEE. UU. y PEEUU', { protectNames: false, abbreviations })).not.toContain('[');
  });
});

describe('postprocessChunk', () => {
  const path = ['fr', 'ca', 'en'];

  it('strips unknown-word marks and fixes spacing and guillemets', () => {
    const out = postprocessChunk('the president *Macron has met  Olaf #Scholz , in « Berlin » .', { source: 'Le président', path, protectedSpans: [] });
    expect(out).toBe('The president Macron met Olaf Scholz, in "Berlin".');
  });

  it('strips marks inside words, writes ordinals, straight quotes and lower-case common words in English', () => {
    const out = postprocessChunk('in Baden-*Wurttemberg since the 17*è century, Trump Has said “yes” to Fred', {
      source: 'Dans le Bade-Wurtemberg depuis le 17e siècle, Trump a dit « oui » à Fred',
      path: ['es', 'en'],
      protectedSpans: [],
    });
    expect(out).toBe('In Baden-Wurttemberg since the 17th century, Trump has said "yes" to Fred');
  });

  it('reads French perfects as the English past, not Spanish ones; reporting verbs as "said" in both', () => {
    const source = 'Il a déclaré';
    expect(postprocessChunk('he has declared that it has been postponed', { source, path, protectedSpans: [] })).toBe('He said that it was postponed');
    expect(postprocessChunk('he has declared that', { source, path: ['es', 'en'], protectedSpans: [] })).toBe('He has said that');
  });

  it('writes percentages as English news does: no article, the sign spelt out', () => {
    const source = 'Un 58 % de los votantes';
    expect(postprocessChunk('A 58 % of the voters and a 3,5%', { source, path: ['es', 'en'], protectedSpans: [] })).toBe('58 percent of the voters and 3.5 percent');
    expect(postprocessChunk('in US, US officials', { source: 'en', path: ['es', 'en'], protectedSpans: [] })).toBe('in the US, US officials');
  });

  it('looks up lower-case unknown words in the language they were left in', () => {
    const seen: string[] = [];
    const lookupUnknown = (word: string, from: string): string | undefined => {
      seen.push(`${from}:${word}`);
      return word === 'crotte' ? 'dropping' : undefined;
    };
    // Two marks: unknown to both pairs, so still French; one mark: Catalan left by the first pair.
    const out = postprocessChunk('means **crotte and *cagarada, said **Twp', { source: 'x', path, protectedSpans: [], lookupUnknown });
    expect(out).toBe('means dropping and cagarada, said Twp');
    expect(seen).toEqual(['fr:crotte', 'ca:cagarada']);
  });

  it('puts protected spans back and keeps the source initial', () => {
    const out = postprocessChunk('see \uE0000\uE001 now', { source: 'Voir', path, protectedSpans: ['https://x.fr'] });
    expect(out).toBe('See https://x.fr now');
  });

  it('carries French subject pronouns across as English, not impersonal "il" nor inverted ones', () => {
    const pronouns = FRENCH_PRONOUNS;
    expect(encodeChunk("Elle a dit qu'il viendrait et ils sont partis", { protectNames: false, pronouns })).toBe("[She] a dit qu'[he] viendrait et [they] sont partis");
    expect(encodeChunk('Ils défendent leurs enfants et leur pays', { protectNames: false, pronouns })).toBe('[They] défendent [their] enfants et [their] pays');
    for (const kept of ['Il y a un problème', 'il faut partir', 'Il est possible de venir', 'a-t-il dit', 'la ville', 'pour leur exprimer', 'on leur a dit']) {
      expect(encodeChunk(kept, { protectNames: false, pronouns })).not.toContain('[');
    }
  });

  it('drops the pronoun the last pair guessed after a carried subject, and only there', () => {
    const spans = ['She', 'http://x.org'];
    expect(dropGuessedSubjects('\uE0000\uE001 it has said', spans)).toBe('\uE0000\uE001 has said');
    expect(dropGuessedSubjects('\uE0001\uE001 it works', spans)).toBe('\uE0001\uE001 it works');
  });
});
