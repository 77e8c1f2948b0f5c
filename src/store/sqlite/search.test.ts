// Unit tests for turning user input into a safe FTS5 query.
import { describe, expect, it } from 'vitest';
import { toFtsQuery } from './search.js';

describe('toFtsQuery', () => {
  it('quotes every word, joins them with AND and makes the last one a prefix', () => {
    expect(toFtsQuery('putin biden')).toBe('"putin" AND "biden"*');
  });

  it('does not prefix the last word once the user typed a space after it', () => {
    expect(toFtsQuery('putin biden ')).toBe('"putin" AND "biden"');
  });

  it('doubles quotes and keeps operators and column filters inside strings', () => {
    expect(toFtsQuery('say "NOT" title:x')).toBe('"say" AND """NOT""" AND "title:x"*');
    expect(toFtsQuery('a OR b')).toBe('"a" AND "OR" AND "b"*');
  });

  it('drops pieces without a letter or digit and returns null when nothing is left', () => {
    expect(toFtsQuery('- * " ( nato')).toBe('"nato"*');
    expect(toFtsQuery('  ')).toBeNull();
    expect(toFtsQuery('"" -- ()')).toBeNull();
  });

  it('keeps letters of every script', () => {
    expect(toFtsQuery('Путин Genève')).toBe('"Путин" AND "Genève"*');
  });
});
