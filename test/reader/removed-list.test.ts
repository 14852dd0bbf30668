import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { renderRemovedSummary } from '../../src/reader/article-view';
import type { Article, Removal } from '../../src/extract/types';
import { parseBody } from '../helpers';

const article = { removed: { ad: 1, subscription: 1 } } as unknown as Article;
const removals: Removal[] = [
  { stage: 'ads', reason: 'ad', text: 'Advertisement' },
  { stage: 'promos', reason: 'subscription', text: 'Get the briefing in your inbox', html: '<p>Get the briefing in your inbox</p>', after: 'First paragraph.' },
];

function summary(load: () => Promise<Removal[]>) {
  const body = parseBody('<div class="cr-body"><p>First paragraph.</p><p>Second paragraph.</p></div>', 'jsdom').querySelector<HTMLElement>('.cr-body')!;
  const doc = body.ownerDocument;
  let asked = 0;
  const details = renderRemovedSummary(doc, article, body, { removals: () => (asked++, load()) }) as HTMLDetailsElement;
  doc.body.append(details);
  const open = async () => {
    details.open = true;
    // The toggle event is queued as a task; the list arrives a promise later.
    await new Promise((resolve) => setTimeout(resolve, 10));
  };
  return { details, body, open, asked: () => asked };
}

describe('the list of removed blocks', () => {
  beforeAll(() => {
    const catalogue = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;
    fakeBrowser.i18n.getMessage = ((key: string) => catalogue[key]?.message ?? '') as typeof fakeBrowser.i18n.getMessage;
  });

  it('counts at once, and asks for what each was only when the reader opens it, once', async () => {
    const { details, open, asked } = summary(() => Promise.resolve(removals));
    expect(details.querySelector('summary')!.textContent).toMatch(/ads 1.*subscription/);
    expect(asked()).toBe(0);
    expect(details.querySelector('li')).toBeNull();
    await open();
    expect(asked()).toBe(1);
    expect(Array.from(details.querySelectorAll('li q'), (q) => q.textContent)).toEqual(['Advertisement', 'Get the briefing in your inbox']);
    details.open = false;
    await open();
    expect(asked()).toBe(1);
    expect(details.querySelectorAll('ul')).toHaveLength(1);
  });

  it('puts a block back after the paragraph it followed', async () => {
    const { details, body, open } = summary(() => Promise.resolve(removals));
    await open();
    details.querySelector<HTMLButtonElement>('[data-action="put-back"]')!.click();
    expect(body.querySelector('.cr-put-back')!.previousElementSibling!.textContent).toBe('First paragraph.');
  });

  it('says so when the list cannot be had (the page was closed or changed)', async () => {
    const { details, open } = summary(() => Promise.reject(new Error('no agent')));
    await open();
    expect(details.querySelector('.cr-removed-failed')!.textContent).toMatch(/could not be read/);
    expect(details.querySelector('li')).toBeNull();
  });
});
