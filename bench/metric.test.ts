import { describe, expect, it } from 'vitest';
import { scorePage, summarize, tokenize } from './metric';

describe('benchmark metric', () => {
  it('tokenizes like Python \\w+ in Unicode mode', () => {
    expect(tokenize('Привет, world_1! «Ура»')).toEqual(['Привет', 'world_1', 'Ура']);
  });

  it('scores shingles as normalised tp/fp/fn', () => {
    const perfect = scorePage('one two three four five', 'one two three four five');
    expect(perfect).toEqual({ tp: 1, fp: 0, fn: 0, exact: true });
    const doubled = scorePage('one two three four five', 'one two three four five one two three four five');
    // Every true shingle is found again; the second copy and the seam between copies are extra.
    expect(doubled.tp / (doubled.tp + doubled.fn)).toBe(1);
    expect(doubled.fp).toBeGreaterThan(0.5);
    expect(scorePage('one two', 'one two')).toEqual({ tp: 1, fp: 0, fn: 0, exact: true });
  });

  it('averages precision and recall over pages, then takes F1 of the means', () => {
    const summary = summarize([scorePage('a b c d e', 'a b c d e'), scorePage('a b c d e', '')]);
    expect(summary.recall).toBe(0.5);
    expect(summary.precision).toBe(1);
    expect(summary.f1).toBeCloseTo(2 / 3);
    expect(summary.accuracy).toBe(0.5);
  });
});
