import { describe, expect, it } from 'vitest';
import { judgeDuplicate } from './judge-duplicate.js';

const side = (fingerprint: string, host: string | null, sourceName: string | null = null) => ({ fingerprint, host, sourceName });

describe('judgeDuplicate', () => {
  it('calls near-identical texts from one outlet the same article and from two outlets copies', () => {
    expect(judgeDuplicate(side('00000000000000ff', 'a.example'), side('00000000000000f0', 'a.example'))).toBe('same-article');
    expect(judgeDuplicate(side('00000000000000ff', 'a.example'), side('00000000000000f0', 'b.example'))).toBe('outlet-copy');
  });

  it('falls back to source names, then to same article when nothing tells the outlets apart', () => {
    expect(judgeDuplicate(side('0000000000000000', null, 'Le Soir'), side('0000000000000001', null, 'le soir'))).toBe('same-article');
    expect(judgeDuplicate(side('0000000000000000', null, 'Le Soir'), side('0000000000000001', null, 'La Libre'))).toBe('outlet-copy');
    expect(judgeDuplicate(side('0000000000000000', null), side('0000000000000003', 'b.example'))).toBe('same-article');
  });

  it('calls distant fingerprints unrelated', () => {
    expect(judgeDuplicate(side('00000000000000ff', 'a.example'), side('0000000000000000', 'a.example'))).toBe('unrelated');
  });
});
