// Hostile pages in Chromium: pages that fight back, pages too large. Nothing hangs, nothing
// breaks. (The XSS corpus is rendered in both browsers by the shared scenarios, scenarios.ts.)

import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, startServer, type Session } from './harness';
import { OverlayPage, PopupPage } from './pages';
import { PROSE } from '../helpers';

const pages: Record<string, string> = {};
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
const dialogs: string[] = [];

beforeAll(async () => {
  ({ server, origin } = await startServer(pages));
  session = await launch();
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
