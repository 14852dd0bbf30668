import { describe, expect, it } from 'vitest';
import { MAX_POSITIONS, articleKey, validatePositions, withPosition } from '../../src/settings/positions';

describe('reading positions', () => {
  it('keeps valid entries only, newest last, at most MAX_POSITIONS', () => {
    const raw: Record<string, unknown> = { 'https://a/1': { at: 0.5, savedAt: 10 }, 'https://a/2': { at: 3, savedAt: 11 }, 'https://a/3': 'x', '': { at: 0.1, savedAt: 1 } };
    expect(validatePositions(raw)).toEqual({ 'https://a/1': { at: 0.5, savedAt: 10 } });
    expect(validatePositions('corrupt')).toEqual({});
    const many = Object.fromEntries(Array.from({ length: MAX_POSITIONS + 20 }, (_, i) => [`https://a/${i}`, { at: 0.5, savedAt: i }]));
    const kept = validatePositions(many);
    expect(Object.keys(kept)).toHaveLength(MAX_POSITIONS);
    expect(kept['https://a/0']).toBeUndefined();
    expect(kept[`https://a/${MAX_POSITIONS + 19}`]).toBeDefined();
  });

  it('stores a position by the address without its fragment, and forgets the top and the end', () => {
    expect(articleKey('https://a/story#part-2')).toBe('https://a/story');
    let positions = withPosition({}, 'https://a/story#x', 0.4, 100);
    expect(positions).toEqual({ 'https://a/story': { at: 0.4, savedAt: 100 } });
    positions = withPosition(positions, 'https://a/story', 0.99, 200);
    expect(positions).toEqual({});
    expect(withPosition({}, 'https://a/b', 0.01, 1)).toEqual({});
  });
});
