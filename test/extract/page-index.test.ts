import { describe, expect, it } from 'vitest';
import { buildIndex, paragraphIndex } from '../../src/extract/page-index';
import { parseDocument } from '../../src/cli/parse';

const prose = (n: number) => `<p>${'A sentence of the story that goes on for a while. '.repeat(n)}</p>`;

describe('paragraph index (for the live page)', () => {
  const doc = parseDocument(
    `<html><body><header id="top"><nav id="menu"><a href="/">Home</a></nav></header>` +
      `<aside id="wrap"><div id="story">${prose(6)}${prose(5)}</div></aside><footer id="end">${prose(1)}</footer></body></html>`,
  );
  const byId = (id: string) => doc.getElementById(id)!;

  it('answers "holds the article" and "holds nearly all of the prose" as the full index does', () => {
    const lazy = paragraphIndex(doc.body);
    const full = buildIndex(doc.body);
    for (const id of ['top', 'menu', 'wrap', 'story', 'end']) {
      expect(lazy.holdsArticle(byId(id)), id).toBe(full.holdsArticle(byId(id)));
      expect(lazy.holdsAllProse(byId(id)), id).toBe(full.holdsAllProse(byId(id)));
    }
    expect(lazy.holdsArticle(byId('wrap'))).toBe(true);
    expect(lazy.holdsArticle(byId('end'))).toBe(false);
    expect(lazy.holdsAllProse(byId('story'))).toBe(true);
    expect(lazy.holdsAllProse(byId('end'))).toBe(false);
    expect(lazy.paragraphChars(byId('wrap'))).toBe(lazy.paragraphChars(byId('story')));
    expect(lazy.proseChars).toBe(lazy.paragraphChars(byId('story')) + lazy.paragraphChars(byId('end')));
    expect(lazy.paragraphChars(byId('menu'))).toBe(0);
  });

  it('holds no article where the page has too little paragraph text', () => {
    const small = parseDocument('<html><body><aside id="a"><p>Short note.</p></aside></body></html>');
    expect(paragraphIndex(small.body).holdsArticle(small.getElementById('a')!)).toBe(false);
  });
});
