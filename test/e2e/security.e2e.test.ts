// Hostile pages in the real browser: the XSS corpus rendered in the popup and in the overlay,
// pages that fight back, pages too large. Nothing runs, nothing hangs, nothing leaves.

import type { Server } from 'node:http';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, startServer, type Session } from './harness';
import { OverlayPage, PopupPage } from './pages';
import { BODY_VECTORS, METADATA_VECTORS } from '../security/vectors';
import { PROSE } from '../helpers';

const PER_PAGE = 10;
const chunks = Array.from({ length: Math.ceil(BODY_VECTORS.length / PER_PAGE) }, (_, i) => BODY_VECTORS.slice(i * PER_PAGE, (i + 1) * PER_PAGE));
const article = (vectors: readonly string[], meta: string) => `<!doctype html><html><head><meta charset="utf-8"><title>Harbour ${meta}</title>
<meta name="author" content='${meta.replace(/'/g, '&#39;')}'></head><body><article><h1>Harbour news</h1>
${PROSE.map((p, i) => `<p>${p}</p>${vectors.slice(i * 4, i * 4 + 4).join('\n')}`).join('\n')}<p>${PROSE[0]}</p></article></body></html>`;

const pages: Record<string, string> = {};
chunks.forEach((vectors, i) => (pages[`/xss-${i}`] = article(vectors, METADATA_VECTORS[i % METADATA_VECTORS.length]!)));
pages['/fights-back'] = `<!doctype html><html><head><meta charset="utf-8"><title>Fights back</title><script>
  Node.prototype.appendChild = function () { throw new Error('no'); };
  Array.prototype.map = function () { return []; };
  setInterval(() => { const p = document.createElement('p'); p.textContent = 'Live update ' + Date.now(); document.body.prepend(p); }, 5);
  window.addEventListener('message', (event) => { window.__received = (window.__received || 0) + 1; });
</script></head><body><article><h1>Fights back</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
pages['/huge'] = `<!doctype html><html><body>${'<div><span>x</span></div>'.repeat(100_000)}</body></html>`;

let session: Session;
let server: Server;
let origin: string;
/** Requests made while the extension reads (after each hostile page has loaded and settled). */
const requests: Request[] = [];
let recording = false;
/** Pages where a vector ran in our popup or overlay (each also fails its own test). */
let executed = 0;
const dialogs: string[] = [];

beforeAll(async () => {
  ({ server, origin } = await startServer(pages));
  session = await launch();
  session.context.on('request', (request) => {
    if (recording) requests.push(request);
  });
  session.context.on('page', (page) => page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  }));
});

afterAll(async () => {
  await session?.close();
  server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await session.context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${origin}${path}`);
  // The page's own requests (its scripts, styles, images) are the page's business, not ours.
  await page.waitForLoadState('networkidle').catch(() => undefined);
  return page;
}

describe('XSS corpus in the browser', () => {
  it.each(chunks.map((_, i) => i))('page %i: nothing runs in the popup or the overlay', async (i) => {
    const page = await open(`/xss-${i}`);
    // Whatever the page itself runs is the page's business; record where it stands before we read.
    const pageFlag = await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);
    recording = true;
    const popup = await PopupPage.open(session, page);
    // Some vectors swallow the rest of the page, as HTML parsing does: then it is no article,
    // and "show it anyway" renders Readability's best guess, vectors included.
    const anyway = popup.page.getByRole('button', { name: 'Show it anyway' });
    if (await anyway.count()) await anyway.click();
    await expect.poll(() => popup.title.count()).toBe(1);
    const ranInPopup = (await popup.page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)) !== undefined;
    if (ranInPopup) executed++;
    expect(ranInPopup).toBe(false);
    await popup.button('reader-mode').click();
    const overlay = new OverlayPage(page);
    await overlay.waitOpen();
    expect(await overlay.text()).toContain(PROSE[0]);
    await page.waitForTimeout(200);
    const ranInOverlay = (await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)) !== pageFlag;
    if (ranInOverlay) executed++;
    expect(ranInOverlay).toBe(false);
    await page.keyboard.press('Escape');
    await overlay.waitClosed();
    recording = false;
    await page.close();
  });

  it('opened no dialog and asked no unexpected host', () => {
    expect(dialogs).toEqual([]);
    const evil = requests.map((request) => request.url()).filter((url) => url.includes('evil.example'));
    expect(evil).toEqual([]);
    console.log(`XSS corpus (browser): ${BODY_VECTORS.length + METADATA_VECTORS.length} vectors in ${chunks.length} pages, popup and overlay; executed: ${executed}, dialogs: ${dialogs.length}`);
  });
});

describe('pages that fight back', () => {
  it('a page that overrides DOM prototypes and rewrites itself while we read still reads', async () => {
    const page = await open('/fights-back');
    const popup = await PopupPage.open(session, page);
    expect(await popup.body.textContent()).toContain(PROSE[1]);
    await popup.close();
    await page.close();
  });

  it('the page cannot drive the extension by posting messages', async () => {
    const page = await open('/fights-back');
    await page.evaluate(() => {
      for (const message of [{ type: 'readerMode', payload: { action: 'open' } }, { type: 'extract', payload: {} }]) window.postMessage(message, '*');
    });
    await page.waitForTimeout(300);
    expect(await new OverlayPage(page).isOpen()).toBe(false);
    expect(await page.evaluate(() => (window as unknown as { __received?: number }).__received)).toBe(2);
    await page.close();
  });

  it('a page too large gets "too large" quickly, not a frozen tab', async () => {
    const page = await open('/huge');
    const start = performance.now();
    const popup = await PopupPage.open(session, page);
    expect(await popup.message.textContent()).toContain('too large');
    console.log(`200,000-element page: "too large" in the popup after ${(performance.now() - start).toFixed(0)} ms`);
    await popup.close();
    // The tab answers at once: nothing is still grinding in it.
    expect(await page.evaluate(() => document.readyState)).toBe('complete');
    await page.close();
  });
});
