// Chromium-only end-to-end checks (the shared scenarios are in scenarios.ts): themes and fonts
// through the popup's own controls, with the README's dark screenshots.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, launch, startServer, type Session } from './harness';
import { OverlayPage, PopupPage } from './pages';

const SCREENSHOTS = join(ROOT, 'test-results');
const SEED_LIKE = 'ru-regional-news';

let session: Session;
let server: Server;
let origin: string;

beforeAll(async () => {
  ({ server, origin } = await startServer());
  session = await launch();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await session?.close();
  server?.close();
});

async function article(name = SEED_LIKE): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`${origin}/${name}/`);
  return page;
}


describe('popup', () => {
  it('applies and remembers theme and font', async () => {
    const page = await article();
    let popup = await PopupPage.open(session, page);
    await popup.page.selectOption('[data-action="theme"]', 'dark');
    await popup.button('font').click();
    const look = () => popup.page.locator('.cr-article').evaluate((el) => ({ background: getComputedStyle(el.closest('.cr-root')!).backgroundColor, font: getComputedStyle(el).fontFamily }));
    await expect.poll(async () => (await look()).background).toBe('rgb(28, 28, 30)');
    expect((await look()).font).toMatch(/system-ui/);
    await popup.page.screenshot({ path: join(SCREENSHOTS, 'popup-dark.png') });
    await popup.close();
    popup = await PopupPage.open(session, page);
    expect((await look()).background).toBe('rgb(28, 28, 30)');
    // The page overlay shares the settings.
    await page.setViewportSize({ width: 1100, height: 700 });
    await popup.button('reader-mode').click();
    const overlay = new OverlayPage(page);
    await overlay.waitOpen();
    await page.bringToFront();
    await page.screenshot({ path: join(SCREENSHOTS, 'overlay-dark.png') });
    await page.keyboard.press('Escape');
    await overlay.waitClosed();
    popup = await PopupPage.open(session, page);
    await popup.page.selectOption('[data-action="theme"]', 'light');
    await popup.button('font').click();
    await expect.poll(async () => (await look()).font).toMatch(/Georgia/);
    await popup.close();
    await page.close();
  });
});
