import { describe, expect, it } from 'vitest';
import { articleBlocks, countWordsIn, readingMinutes } from '../../src/extract/text';
import { parseBody } from '../helpers';

describe('text', () => {
  it('separates blocks, keeps line breaks inside them and reads table rows as lines', () => {
    const body = parseBody('<div><h2>Title</h2><p>One <b>two</b><br>three</p><table><tr><td>a</td><td>b</td></tr></table><ul><li>x</li><li>y</li></ul></div>');
    expect(articleBlocks(body)).toEqual(['Title', 'One two\nthree', 'a | b', 'x', 'y']);
  });

  it('reads line breaks in the markup as spaces, and keeps code as it is laid out', () => {
    const body = parseBody('<p>first\n  second</p><pre><code>def f():\n    return 1\n</code></pre><p>a <math><mi>x</mi><annotation>x^2</annotation></math> b</p>');
    expect(articleBlocks(body)).toEqual(['first second', 'def f():\n    return 1', 'a x b']);
  });

  it('counts words in any script and CJK characters one by one', () => {
    expect(countWordsIn('Привет, мир! Hello world — 2025')).toBe(5);
    expect(countWordsIn('日本語のテキスト')).toBe(8);
  });

  it('reads at the speed of the language, at least a minute', () => {
    expect(readingMinutes('word '.repeat(228 * 3), 'en')).toBe(3);
    expect(readingMinutes('слово '.repeat(184 * 2), 'ru-RU')).toBe(2);
    expect(readingMinutes('short', null)).toBe(1);
  });
});
