import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract, extractKeepingRemovals } from '../../src/extract/pipeline';
import { PROSE, parse } from '../helpers';

const reply = (who: string, text: string) =>
  `<div class="comment"><span class="comment-author">${who}</span><p>${text}</p><button>Reply</button></div>`;
const thread = Array.from({ length: 8 }, (_, i) => reply(`user${i}`, `${PROSE[i % 3]} Reply number ${i + 1} adds its own view on the question.`)).join('');

describe('extract: comment threads', () => {
  it('drops the comments under an article', () => {
    const html = `<html><body><article><h1>Budget night</h1>${[...PROSE, ...PROSE].map((p) => `<p>${p}</p>`).join('')}</article><section class="comments"><h2>12 comments</h2>${thread}</section></body></html>`;
    const result = extract(parse(html));
    expect(result.ok).toBe(true);
    expect(result.ok && result.article.text).not.toContain('Reply number');
    expect(result.ok && result.article.removed.comments).toBeGreaterThan(0);
  });

  it('keeps the thread where it is the page: a short question and its answers', () => {
    const html = `<html><body><main><h1>Which bus goes to the harbour?</h1><p>I am new in town and need to get to the ferry by seven.</p><div class="comments">${thread}</div></main></body></html>`;
    const result = extract(parse(html));
    expect(result.ok).toBe(true);
    expect(result.ok && result.article.text).toContain('Reply number 8');
  });
});

describe('extract: the page frame', () => {
  it('reads the page again with its frame in when the frame held all there was to read', () => {
    const post = 'The council has voted to keep the harbour ferry running through the winter, after three hundred people signed the letter.';
    const html = `<html><body><nav><a href="/">Home</a></nav><header><h2>Ferry stays</h2><p>${post}</p></header></body></html>`;
    const result = extract(parse(html));
    expect(result.ok).toBe(true);
    expect(result.ok && result.article.text).toContain(post);
  });

  it('leaves the frame out where the article stands beside it', () => {
    const html = `<html><body><aside><p>${PROSE[1]} In the side box.</p></aside><article><h1>Story</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const result = extract(parse(html));
    expect(result.ok && result.article.text).not.toContain('In the side box');
  });
});

describe('extract: the removed blocks, listed when asked', () => {
  const page = () => readFileSync('test/fixtures/en-newsletter-paywall/source.html', 'utf8');

  it('lists later what a debug run lists at once, and leaves the list out of the result', () => {
    const eager = extract(parse(page()), { debug: true });
    const lazy = extractKeepingRemovals(parse(page()));
    expect(eager.ok && lazy.result.ok).toBe(true);
    if (!eager.ok || !lazy.result.ok) return;
    expect(lazy.result.article.removals).toBeUndefined();
    expect(lazy.result.article.removed).toEqual(eager.article.removed);
    const listed = lazy.removals();
    expect(listed.length).toBeGreaterThan(0);
    expect(listed).toEqual(eager.article.removals);
    // A removed block can be put back after the text that stood before it on the page.
    expect(listed.find((removal) => removal.html)?.after).toBeTruthy();
  });

  it('has nothing to list for a page too large to read', () => {
    const lazy = extractKeepingRemovals(parse(page()), { maxElements: 3 });
    expect(lazy.result).toEqual({ ok: false, error: 'too-large' });
    expect(lazy.removals()).toEqual([]);
  });
});
