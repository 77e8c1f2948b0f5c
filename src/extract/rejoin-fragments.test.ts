// Tests of re-joining paragraphs that a scraper broke apart around quotations.
import { describe, expect, it } from 'vitest';
import { rejoinFragments } from './rejoin-fragments.js';

describe('rejoinFragments', () => {
  it('joins quotes and lower-case fragments into an unfinished sentence', () => {
    const broken = ['He denounced the', '"offensive"', 'tendencies', 'of the West. The', '"military activity"', 'of Russia', '"Perfectly legal"', ', he pleaded.'];
    expect(rejoinFragments(broken)).toEqual(['He denounced the "offensive" tendencies of the West. The "military activity" of Russia "Perfectly legal", he pleaded.']);
  });

  it('joins a lone full stop and a lower-case continuation even after a finished quote', () => {
    expect(rejoinFragments(['"We will retaliate,"', 'warned the minister.', '.'])).toEqual(['"We will retaliate," warned the minister..']);
  });

  it('keeps paragraphs that start properly after a finished sentence', () => {
    const paragraphs = ['The talks ended on Friday.', '"It was useful," said one diplomat.', 'Harsh accusations', 'A few hours earlier, the minister spoke.'];
    expect(rejoinFragments(paragraphs)).toEqual(paragraphs);
  });
});
