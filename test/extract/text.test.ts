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

  it('writes composed characters where the page typed combining marks', () => {
    const decomposed = 'Vie\u0302\u0323t Nam, cafe\u0301';
    expect(articleBlocks(parseBody(`<p>${decomposed}</p>`))).toEqual(['Vi\u1EC7t Nam, caf\u00E9']);
  });

  it('reads ruby text as its base, without the reading aids above it', () => {
    const body = parseBody('<p><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもの<ruby>法律<rt>ほうりつ</rt></ruby>ができた。</p>');
    expect(articleBlocks(body)).toEqual(['子どもの法律ができた。']);
  });

  it('leaves pictures\' captions out of the text, unless the captions tell the story', () => {
    const prose = '<p>The council voted on Tuesday to close the old bridge to cars from March, after engineers found cracks in two of its piers.</p>';
    const figure = '<figure><img src="bridge.jpg"><figcaption>The bridge at dawn (Image: Agency)</figcaption></figure>';
    expect(articleBlocks(parseBody(`<div>${prose}${figure}${prose}</div>`))).not.toContain('The bridge at dawn (Image: Agency)');
    expect(articleBlocks(parseBody(`<div>${prose}${figure}</div>`), { keepCaptions: true })).toContain('The bridge at dawn (Image: Agency)');
    const story = ['A fisherman mends his nets before sunrise on the north quay.', 'His daughter takes the boat out alone for the first time.'];
    const gallery = story.map((line, i) => `<figure><img src="${i}.jpg"><figcaption>${line}</figcaption></figure>`).join('');
    expect(articleBlocks(parseBody(`<div><p>Photos by the author.</p>${gallery}</div>`))).toEqual(['Photos by the author.', ...story]);
  });

  it('knows a caption set as a line under a picture in a box of their own, and not a quotation', () => {
    const prose = '<p>The council voted on Tuesday to close the old bridge to cars from March, after engineers found cracks in two of its piers.</p>';
    const bare = '<div><p><picture><img src="a.jpg"></picture></p><p><span>Cracks in a pier <span>(Image: Agency)</span></span></p></div>';
    expect(articleBlocks(parseBody(`<div>${prose}${bare}${prose}</div>`)).join(' ')).not.toContain('Cracks in a pier');
    const quote = '<blockquote><p><img src="b.jpg"></p><p>“The show was great and the seats were good.”</p></blockquote>';
    expect(articleBlocks(parseBody(`<div>${prose}${quote}${prose}</div>`))).toContain('“The show was great and the seats were good.”');
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
