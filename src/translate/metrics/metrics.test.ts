// chrF and BLEU against hand-computed values, and against the official WMT21 scores when ../shared is there.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreBleu } from './bleu.js';
import { scoreChrf, scoreSentenceChrf } from './chrf.js';
import { tokenize13a } from './tokenize-13a.js';

describe('chrF', () => {
  it('is 100 for identical text and ignores whitespace', () => {
    expect(scoreSentenceChrf('a b c', 'abc')).toBeCloseTo(100, 10);
  });

  it('matches a hand computation', () => {
    // abc vs abd: unigrams 2/3, bigrams 1/2, trigrams 0/1; orders 4-6 have no n-grams and are left out.
    // Average precision = average recall = (2/3 + 1/2 + 0) / 3 = 7/18, so F = 7/18.
    expect(scoreSentenceChrf('abc', 'abd')).toBeCloseTo((100 * 7) / 18, 8);
  });

  it('weights recall over precision (beta 2)', () => {
    const short = scoreSentenceChrf('ab', 'abcd');
    const long = scoreSentenceChrf('abcdef', 'abcd');
    // Same n-grams matched; missing reference text costs more than extra hypothesis text.
    expect(short).toBeLessThan(long);
  });

  it('sums statistics over the corpus before scoring', () => {
    // Orders 1-4 summed: 6/7, 4/5, 2/3 and 1/1 (only "xyzw" has a 4-gram), not the mean of 38.9 and 100.
    expect(scoreChrf(['abc', 'xyzw'], ['abd', 'xyzw'])).toBeCloseTo((100 * (6 / 7 + 4 / 5 + 2 / 3 + 1)) / 4, 8);
    expect(() => scoreChrf(['a'], [])).toThrow(RangeError);
  });
});

describe('BLEU', () => {
  it('tokenises like mteval 13a', () => {
    expect(tokenize13a('Hello, world! It costs 3.5 dollars-ish (approx.) &amp; 1,000 more.')).toEqual(
      ['Hello', ',', 'world', '!', 'It', 'costs', '3.5', 'dollars-ish', '(', 'approx', '.', ')', '&', '1,000', 'more', '.'],
    );
  });

  it('matches a hand computation with exp smoothing', () => {
    // Precisions 5/6, 3/5, 1/4 and 0/3 smoothed to 1/(2*3); same length, so no brevity penalty.
    const result = scoreBleu(['the cat sat on the mat'], ['the cat is on the mat']);
    expect(result.score).toBeCloseTo(100 * Math.pow((5 / 6) * (3 / 5) * (1 / 4) * (1 / 6), 1 / 4), 8);
    expect(result.brevityPenalty).toBe(1);
  });

  it('applies the brevity penalty to short output', () => {
    const result = scoreBleu(['the cat sat on'], ['the cat sat on the mat']);
    expect(result.brevityPenalty).toBeCloseTo(Math.exp(1 - 6 / 4), 10);
    expect(scoreBleu(['same words here ok'], ['same words here ok']).score).toBeCloseTo(100, 8);
  });
});

const wmt = join(process.cwd(), '..', 'shared', 'bench', 'wmt21-de-en');
describe.skipIf(!existsSync(wmt))('against the official WMT21 scores (../shared/bench/wmt21-de-en)', () => {
  it('reproduces chrf-A and bleu-A of a submitted system within 0.1', () => {
    const lines = (f: string): string[] => readFileSync(join(wmt, f), 'utf8').split('\n').slice(0, 1000);
    const official = readFileSync(join(wmt, 'official-scores.tsv'), 'utf8')
      .split('\n')
      .map((l) => l.split('\t'))
      .filter((c) => c[1] === 'Online-G');
    const value = (metric: string): number => Number(official.find((c) => c[4] === metric)?.[5]);
    const hyp = lines('newstest2021.de-en.hyp.Online-G.en');
    const ref = lines('newstest2021.de-en.ref.A.en');
    expect(Math.abs(scoreChrf(hyp, ref) - value('chrf-A'))).toBeLessThan(0.1);
    expect(Math.abs(scoreBleu(hyp, ref).score - value('bleu-A'))).toBeLessThan(0.1);
  });
});
