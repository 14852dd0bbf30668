import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeElement, findElement, isLocator, isStableName, shapeOfPageBlock } from '../../src/corrections/locator';
import { extract } from '../../src/extract/pipeline';
import { parse, type Parser } from '../helpers';

const page = (name: string, parser: Parser = 'linkedom') => parse(readFileSync(join(__dirname, 'pairs', `${name}.html`), 'utf8'), parser);

describe('site locator', () => {
  it('tells design names from post numbers, build hashes and states', () => {
    expect(['story-body', 'entry_content', 'col-8', 'h2-title', 'mainColumn'].every(isStableName)).toBe(true);
    expect(['post-48213', 'css-8f3k2q', 'sc-bdVaJa', 'is-open', 'active', 'x1y2z3', '9col'].some(isStableName)).toBe(false);
  });

  for (const [site, selector] of [['news', '.story-body'], ['blog', '.entry-content']] as const) {
    it(`finds on ${site} page 2 the block chosen on page 1, by structure and never by text`, () => {
      const first = page(`${site}-page-1`);
      const chosen = first.querySelector(selector)!;
      const locator = describeElement(chosen);
      expect(isLocator(locator)).toBe(true);
      const stored = JSON.stringify(locator);
      // No words of the article and nothing page-specific in what is stored.
      for (const word of (chosen.textContent ?? '').split(/\W+/).filter((w) => w.length > 5)) expect(stored).not.toContain(word);
      expect(stored).not.toMatch(/48213|css-8f3k2q|is-open/);

      const second = page(`${site}-page-2`);
      expect(findElement(second, JSON.parse(stored))).toBe(second.querySelector(selector));
    });
  }

  it('finds nothing where the structure is gone or holds too little text', () => {
    const locator = describeElement(page('news-page-1').querySelector('.story-body')!);
    expect(findElement(page('blog-page-2'), locator)).toBeNull();
    expect(findElement(parse('<html><body><div class="story-body">Short.</div></body></html>'), locator)).toBeNull();
  });

  it('refuses stored locators that are not its own shape (they become CSS selectors)', () => {
    expect(isLocator({ steps: [{ tag: 'div', classes: ['a"], body *{x}'] }] })).toBe(false);
    expect(isLocator({ steps: [{ tag: 'div', id: 'post-12345', classes: [] }] })).toBe(false);
    expect(isLocator({ steps: [] })).toBe(false);
    expect(isLocator('div')).toBe(false);
  });
});

describe('pipeline with a root chosen by the reader', () => {
  it('takes the article from that block only, still cleaned inside', () => {
    const doc = page('news-page-2', 'jsdom');
    const plain = extract(doc, { url: 'https://news.example/story-2' });
    const chosen = extract(doc, { url: 'https://news.example/story-2', root: doc.querySelector('.story-body')! });
    expect(chosen.ok).toBe(true);
    if (!chosen.ok) return;
    expect(chosen.article.text).toContain('A new library opened in the eastern district');
    expect(chosen.article.text).not.toMatch(/Heavy rain|Top news|Facebook/);
    expect(chosen.article.removed.share).toBe(1);
    // Without the choice the page reads otherwise (the point of choosing).
    expect(plain.ok && plain.article.text).not.toBe(chosen.article.text);
  });
});

describe('removed blocks: put back and keep', () => {
  const page = `<html><head><title>Budget night</title></head><body><article><h1>Budget night</h1>
<p>The council met on Tuesday evening to vote on next year's budget for the city and its districts.</p>
<div class="promo-box newsletter"><p>Subscribe to our newsletter for the latest news.</p><a href="/subscribe">Subscribe</a></div>
<p>After four hours of debate the budget passed by a narrow margin, with two members absent.</p>
<p>Road repairs and the new library take the largest share of the spending this year.</p></article></body></html>`;

  it('records what "Put back" needs: the markup, the text before it, the shape of the block', () => {
    const result = extract(parse(page, 'jsdom'), { debug: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const promo = result.article.removals!.find((removal) => removal.reason === 'subscription')!;
    expect(promo.html).toContain('Subscribe to our newsletter');
    expect(promo.after).toMatch(/budget for the city and its districts\.$/);
    expect(promo.block).toEqual({ tag: 'div', classes: ['promo-box', 'newsletter'] });
  });

  it('never removes a block of a shape the reader keeps', () => {
    const kept = extract(parse(page, 'jsdom'), { keep: [{ tag: 'div', classes: ['newsletter'] }] });
    expect(kept.ok && kept.article.text).toContain('Subscribe to our newsletter');
    const plain = extract(parse(page, 'jsdom'), {});
    expect(plain.ok && plain.article.text).not.toContain('Subscribe to our newsletter');
  });

  it('always removes a block of a shape the reader drops, and lists it to be put back', () => {
    const poll = page.replace('<p>After four hours', '<div class="reader-poll"><p>Have your say: was the budget fair? Write to the editor with your view.</p></div><p>After four hours');
    const plain = extract(parse(poll, 'jsdom'), {});
    expect(plain.ok && plain.article.text).toContain('Have your say');
    const dropped = extract(parse(poll, 'jsdom'), { debug: true, drop: [{ tag: 'div', classes: ['reader-poll'] }] });
    expect(dropped.ok).toBe(true);
    if (!dropped.ok) return;
    expect(dropped.article.text).not.toContain('Have your say');
    expect(dropped.article.text).toContain('After four hours of debate');
    expect(dropped.article.removals!.find((removal) => removal.reason === 'reader-rule')?.html).toContain('Have your say');
    expect(extract(parse(poll, 'jsdom'), { drop: [{ tag: 'div', classes: ['reader-poll'] }], disable: ['reader-rules'] }).ok).toBe(true);
  });
});

describe('a block removed in the view, found on the page', () => {
  const doc = () => parse('<body><main><div class="story"><p>First paragraph of the story.</p><div class="reader-poll"><p>Have your   say: was it fair?</p></div><p>Plain text <b>here</b>.</p></div></main></body>', 'jsdom');

  it('gives the shape of the named box that holds exactly the text', () => {
    expect(shapeOfPageBlock(doc(), { tag: 'p', text: 'Have your say: was it fair?' })).toEqual({ tag: 'div', classes: ['reader-poll'] });
    // Readability may have turned the box into a paragraph: any element with the text will do.
    expect(shapeOfPageBlock(doc(), { tag: 'section', text: 'Have your say: was it fair?' })).toEqual({ tag: 'div', classes: ['reader-poll'] });
  });

  it('gives nothing for text the page does not hold, or a block with no name of the site around it', () => {
    expect(shapeOfPageBlock(doc(), { tag: 'p', text: 'Not on the page' })).toBeNull();
    expect(shapeOfPageBlock(doc(), { tag: 'p', text: 'Plain text here.' })).toBeNull();
  });
});

