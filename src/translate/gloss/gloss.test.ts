// FreeDict reading (self-made dictzip fixtures), German base forms and the gloss; one test on the Debian dictionary.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, deflateRawSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DictzipReader } from './dictzip.js';
import { FreeDict, decodeDictNumber } from './freedict.js';
import { germanBaseForms } from './german-forms.js';
import { GlossDictionary, pickTranslation } from './gloss-dictionary.js';
import { GlossTranslator, glossParagraph } from './gloss-translator.js';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const encodeNumber = (n: number): string => {
  let s = '';
  do {
    s = BASE64[n % 64] + s;
    n = Math.floor(n / 64);
  } while (n > 0);
  return s;
};

/** Writes a dictd pair (index + dictzip with the given chunk length) from headword -> entry text. */
function writeDictionary(dir: string, name: string, entries: [string, string][], chunkLength: number): void {
  let text = '';
  const index: string[] = [];
  for (const [headword, body] of entries) {
    index.push(`${headword.toLowerCase()}\t${encodeNumber(Buffer.byteLength(text))}\t${encodeNumber(Buffer.byteLength(body))}`);
    text += body;
  }
  writeFileSync(join(dir, `${name}.index`), `${index.join('\n')}\n`);
  writeFileSync(join(dir, `${name}.dict.dz`), dictzip(Buffer.from(text), chunkLength));
}

// A dictzip file as dictd writes it: gzip header with an RA extra field listing independently inflatable chunks.
function dictzip(data: Buffer, chunkLength: number): Buffer {
  const chunks: Buffer[] = [];
  for (let i = 0; i < data.length; i += chunkLength) {
    chunks.push(deflateRawSync(data.subarray(i, i + chunkLength), { finishFlush: constants.Z_FULL_FLUSH }));
  }
  const ra = Buffer.alloc(10 + 2 * chunks.length);
  ra.write('RA', 0, 'latin1');
  ra.writeUInt16LE(6 + 2 * chunks.length, 2);
  ra.writeUInt16LE(1, 4);
  ra.writeUInt16LE(chunkLength, 6);
  ra.writeUInt16LE(chunks.length, 8);
  chunks.forEach((c, i) => ra.writeUInt16LE(c.length, 10 + 2 * i));
  const header = Buffer.from([0x1f, 0x8b, 8, 4, 0, 0, 0, 0, 2, 3]);
  const extraLength = Buffer.alloc(2);
  extraLength.writeUInt16LE(ra.length);
  return Buffer.concat([header, extraLength, ra, ...chunks, Buffer.alloc(8)]);
}

const ENTRIES: [string, string][] = [
  ['Haus', 'Haus /haʊs/ <n>\nhouse <n>, building <n>\n\n'],
  ['Haus', 'Haus /haʊs/ <n>\nhome <n>\n   Synonym: {Heim}\n\n'],
  ['gehen', 'gehen /ɡeːən/ <v>\nwalk <v>\n      "zur Arbeit gehen"  - walk to work\n\n'],
  ['gehen', 'gehen /ɡeːən/ <v>\ngo <v>, leave <v>\n\n'],
  ['gehen', 'gehen /ɡeːən/ <v>\ngo <v>\n see: {gegangen}\n\n'],
  ['Regierung', 'Regierung /reˈɡiːrʊŋ/ <f>\ngovernment <n>, administration <n>\n\n'],
  ['Bund', 'Bund <m>\nfederation <n>\n\n'],
  ['Kanzler', 'Kanzler <m>\nchancellor <n>\n\n'],
  ['sagen', 'sagen <v>\nsay <v>\n\n'],
  ['neu', 'neu <adj>\nnew <adj>\n\n'],
];

describe('FreeDict files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bw-dict-'));
  // Small chunks, so that entries straddle chunk boundaries.
  writeDictionary(dir, 'freedict-deu-eng', ENTRIES, 37);

  it('decodes dictd base64 numbers', () => {
    expect(decodeDictNumber('A')).toBe(0);
    expect(decodeDictNumber('BA')).toBe(64);
    expect(decodeDictNumber('B0')).toBe(64 + 52);
  });

  it('reads ranges across dictzip chunks and plain gzip files', () => {
    const reader = new DictzipReader(join(dir, 'freedict-deu-eng.dict.dz'));
    const all = ENTRIES.map((e) => e[1]).join('');
    expect(reader.read(30, 50)).toBe(Buffer.from(all).subarray(30, 80).toString());
    const gz = join(dir, 'plain.dz');
    writeFileSync(gz, gzipSync(Buffer.from('hello dictionary')));
    expect(new DictzipReader(gz).read(6, 10)).toBe('dictionary');
  });

  it('parses entries into senses, skipping notes, examples and cross references', () => {
    const dict = FreeDict.open(dir, 'deu', 'eng');
    expect(dict?.lookup('GEHEN').map((e) => e.senses)).toEqual([[['walk']], [['go', 'leave']], [['go']]]);
    expect(FreeDict.open(dir, 'rus', 'eng')).toBeNull();
  });

  it('picks the translation most senses agree on', () => {
    const dict = FreeDict.open(dir, 'deu', 'eng');
    expect(pickTranslation(dict?.lookup('gehen') ?? [], 'gehen')).toBe('go');
    expect(pickTranslation(dict?.lookup('Haus') ?? [], 'Haus')).toBe('house');
  });

  it('glosses inflected German words, compounds and function words; keeps names and numbers', async () => {
    const gloss = new GlossTranslator({ dictDir: dir });
    expect(gloss.supports('de', 'en')).toBe(true);
    expect(gloss.supports('fi', 'en')).toBe(false);
    const result = await gloss.translate({ segments: ['Die neue Bundesregierung sagte am Montag: Merkel geht nach Hause.', ''], from: 'de', to: 'en' });
    expect(result).toMatchObject({ provider: 'gloss', quality: 'gloss', path: ['de', 'en'] });
    expect(result.segments).toEqual(['The new federation government say at the Montag: Merkel go after house.', '']);
  });
});

describe('German base forms', () => {
  it('undoes endings, plural umlauts and participles', () => {
    expect(germanBaseForms('Regierungen')).toContain('Regierung');
    expect(germanBaseForms('Häuser')).toContain('Haus');
    expect(germanBaseForms('sagte')).toContain('sagen');
    expect(germanBaseForms('gemacht')).toContain('machen');
  });

  it('drives the dictionary lookup', () => {
    const source = { has: (w: string) => w === 'Haus', lookup: () => [{ headword: 'Haus', senses: [['house']] }] };
    const dictionary = new GlossDictionary('de', source);
    expect(dictionary.glossWord('Häusern')).toBe('house');
    expect(dictionary.glossWord('Zebra')).toBeUndefined();
  });
});

describe('glossParagraph', () => {
  it('transliterates unknown words in other scripts', () => {
    expect(glossParagraph('Путин и Байден', (w) => (w === 'и' ? 'and' : undefined))).toBe('Putin and Bayden');
  });
});

const debianGerman = FreeDict.open('/usr/share/dictd', 'deu', 'eng');
describe.skipIf(!debianGerman)('German gloss with Debian FreeDict (dict-freedict-deu-eng)', () => {
  it('glosses a news sentence word by word', async () => {
    const gloss = new GlossTranslator();
    const result = await gloss.translate({
      segments: ['Die Regierung hat am Dienstag in Berlin neue Gesetze beschlossen.'],
      from: 'de',
      to: 'en',
    });
    expect(result.quality).toBe('gloss');
    const text = result.segments[0] ?? '';
    expect(text).toMatch(/^The government has at the Tuesday in Berlin \w+ laws \w+\.$/u);
  });
});
