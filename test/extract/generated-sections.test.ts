import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/pipeline';
import { proseBoxes } from '../../src/extract/main-prose';
import { textBlocks } from '../../src/extract/blocks';
import { parse, parseBody } from '../helpers';

const WORDS = ['compiler', 'backend', 'patches', 'review', 'linker', 'targets', 'tests', 'release', 'sponsors', 'builds', 'registers', 'vectors'];
const paragraph = (section: number, n: number) => {
  const [a, b, c] = [0, 1, 2].map((k) => WORDS[(section * 3 + n * 5 + k) % WORDS.length]);
  return `<div class="paragraph"><p>Section ${section}, paragraph ${n}: what the ${a} can do now that the ${b} landed, and why the ${c} still waits, as of ${section * 10 + n} days ago.</p></div>`;
};
const section = (n: number) => `<div class="sect1"><h2>Part ${n}</h2><div class="sectionbody">${[1, 2, 3].map((k) => paragraph(n, k)).join('')}</div></div>`;
const page = `<main><article>${[1, 2, 3, 4, 5].map(section).join('')}</article></main><aside><p>Sponsored by the people who make this possible, thank you all for it.</p></aside>`;

describe('a text in generated sections', () => {
  it("counts a paragraph in the box that holds more than it, past a wrapper of it alone; an entry under its heading stays a box", () => {
    const body = parseBody(page);
    expect(proseBoxes(textBlocks(body), body).slice(0, 5).map(({ box, paragraphs }) => [box.className, paragraphs])).toEqual(Array(5).fill(['sectionbody', 3]));
    const entries = parseBody(`<div class="content">${[1, 2, 3].map((n) => `<h3>Option ${n}</h3>${paragraph(n, 1).replace('paragraph', 'entry')}`).join('')}</div>`);
    expect(proseBoxes(textBlocks(entries), entries).map(({ box }) => box.className)).toEqual(['entry', 'entry', 'entry']);
  });

  it("comes out whole where each paragraph has a wrapper of its own (AsciiDoc's div.paragraph)", () => {
    const result = extract(parse(`<!doctype html><html><head><title>Progress report</title></head><body>${page}</body></html>`));
    const text = result.ok ? result.article.text : '';
    for (const n of [1, 2, 3, 4, 5]) expect(text).toContain(`Section ${n}, paragraph 2`);
  });
});
