import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { unchangedPageMemo } from '../../src/unchanged-page';

function page() {
  const dom = new JSDOM('<!doctype html><body><article><p>First paragraph.</p></article></body>', { url: 'https://example.test/story' });
  return dom.window.document;
}

describe('the last extraction, kept while the page is unchanged', () => {
  it('answers the same question again, not a different one', () => {
    const doc = page();
    const memo = unchangedPageMemo<string>(doc);
    const correction = { keep: [] };
    memo.set([false, correction], 'article');
    expect(memo.get([false, correction])).toBe('article');
    expect(memo.get([true, correction])).toBeUndefined();
    expect(memo.get([false, { keep: [] }])).toBeUndefined();
  });

  it('forgets at the first change to the document, even one made in the same task', () => {
    for (const change of [
      (doc: Document) => doc.querySelector('p')!.append(' More.'),
      (doc: Document) => doc.querySelector('p')!.firstChild!.nodeValue = 'Edited.',
      (doc: Document) => doc.body.setAttribute('class', 'reader'),
      (doc: Document) => doc.body.append(doc.createElement('div')),
    ]) {
      const doc = page();
      const memo = unchangedPageMemo<string>(doc);
      memo.set([false], 'article');
      change(doc);
      expect(memo.get([false])).toBeUndefined();
    }
  });

  it('forgets when the address changes (a single-page site moved on)', () => {
    const dom = new JSDOM('<!doctype html><body><p>Text.</p></body>', { url: 'https://example.test/one' });
    const memo = unchangedPageMemo<string>(dom.window.document);
    memo.set([false], 'article');
    dom.window.history.pushState(null, '', '/two');
    expect(memo.get([false])).toBeUndefined();
  });

  it('keeps one result: a new one replaces it, and forget drops it', () => {
    const memo = unchangedPageMemo<string>(page());
    memo.set([false], 'first');
    memo.set([true], 'second');
    expect(memo.get([false])).toBeUndefined();
    expect(memo.get([true])).toBe('second');
    memo.forget();
    expect(memo.get([true])).toBeUndefined();
  });
});
