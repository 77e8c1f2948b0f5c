import { describe, expect, it } from 'vitest';
import { compareFingerprints, fingerprintText, splitFingerprint } from './fingerprint-text.js';
import { NEAR_COPY_MAX_BITS } from './judge-duplicate.js';

const german = [
  'Der Stadtrat von Lüneburg hat am Dienstagabend mit knapper Mehrheit den neuen Verkehrsplan für die Innenstadt beschlossen.',
  'Ab dem Frühjahr sollen zwei Straßen rund um den Marktplatz für den Autoverkehr gesperrt werden.',
  'Die Opposition kritisierte, dass die Anwohner zu spät in die Planung einbezogen worden seien.',
  'Der Bürgermeister verteidigte das Vorhaben und verwies auf die gestiegene Zahl von Unfällen mit Radfahrern.',
  'Die Händler in der Altstadt fürchten dagegen Umsatzeinbußen und wollen eine Bürgerbefragung anstoßen.',
  'Eine erste Bilanz soll nach einem Jahr gezogen werden, teilte die Verwaltung mit.',
].join(' ');
const japanese = '東京都は火曜日、新しい防災計画を発表した。計画では、大規模な地震に備えて避難所の数を増やし、食料や水の備蓄を拡充する。知事は記者会見で、住民一人ひとりの備えが重要だと述べた。';

describe('fingerprintText', () => {
  it('gives near-identical texts near fingerprints and different texts distant ones', () => {
    const base = fingerprintText(german);
    const edited = fingerprintText(`${german.replace('knapper Mehrheit', 'knapper  Mehrheit,')} Von Anna Becker.`);
    const other = fingerprintText(german.split('. ').reverse().join('. ').replace(/Stadtrat/gu, 'Kreistag').replace(/Innenstadt/gu, 'Region'));
    if (!base || !edited || !other) throw new Error('expected fingerprints');
    expect(compareFingerprints(base, edited)).toBeLessThanOrEqual(NEAR_COPY_MAX_BITS);
    expect(compareFingerprints(base, other)).toBeGreaterThan(NEAR_COPY_MAX_BITS);
  });

  it('fingerprints scripts written without spaces by character', () => {
    const a = fingerprintText(japanese);
    const b = fingerprintText(`${japanese}（共同）`);
    if (!a || !b) throw new Error('expected fingerprints');
    expect(compareFingerprints(a, b)).toBeLessThanOrEqual(NEAR_COPY_MAX_BITS);
  });

  it('gives no fingerprint to a text too short to say anything', () => {
    expect(fingerprintText('Breaking: bridge closed')).toBeNull();
  });

  it('splits a fingerprint into eight numbered bands', () => {
    expect(splitFingerprint('0123456789abcdef')).toEqual(['001', '123', '245', '367', '489', '5ab', '6cd', '7ef']);
    expect(compareFingerprints('0000000000000000', '000000000000000f')).toBe(4);
  });
});
