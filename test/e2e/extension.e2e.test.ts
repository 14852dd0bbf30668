// The built extension in a real Chromium, driven as a user drives it.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, launch, startServer, tabIdOf, type Session } from './harness';
import { OverlayPage, PopupPage } from './pages';

const SCREENSHOTS = join(ROOT, 'test-results');
const SEED_LIKE = 'ru-regional-news';
const JUNK = ['Реклама', 'Размер шрифта', 'Читайте также', 'Подписывайтесь', 'Поделиться', '{{', 'Загрузка', 'cookie'];
const FIRST_PARAGRAPH = 'В Тюмени на городской маршрут вышел первый электробус';

let session: Session;
let server: Server;
let origin: string;
const requests: Request[] = [];

beforeAll(async () => {
  ({ server, origin } = await startServer());
  session = await launch();
  session.context.on('request', (request) => requests.push(request));
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

const snapshot = (page: Page) => page.evaluate(() => ({ html: document.documentElement.outerHTML, x: scrollX, y: scrollY }));

describe('popup', () => {
  it('shows the seed-like article clean: title, body and image, no junk, the text once', async () => {
    const page = await article();
    const popup = await PopupPage.open(session, page);
    await expect.poll(() => popup.title.textContent()).toBe('В Тюмени запустили первый электробус на городском маршруте');
    const body = (await popup.body.textContent()) ?? '';
    expect(body.split(FIRST_PARAGRAPH)).toHaveLength(2);
    for (const junk of JUNK) expect(body).not.toContain(junk);
    expect(await popup.body.locator('img').getAttribute('src')).toBe(`${origin}/img/news/elektrobus-960.jpg`);
    expect(await popup.removedSummary.textContent()).toMatch(/ads 1.*duplicated text 1/);
    await popup.page.screenshot({ path: join(SCREENSHOTS, 'popup-light.png') });
    await popup.close();
    await page.close();
  });

  it('steps the text size, remembers it, resets it, and stops at the ends', async () => {
    const page = await article();
    let popup = await PopupPage.open(session, page);
    const start = await popup.bodyFontSize();
    for (let i = 0; i < 3; i++) await popup.button('larger').click();
    await expect.poll(() => popup.bodyFontSize()).toBe(24);
    expect(start).toBe(18);
    await popup.close();
    popup = await PopupPage.open(session, page);
    expect(await popup.bodyFontSize()).toBe(24);
    await popup.button('reset').click();
    await expect.poll(() => popup.bodyFontSize()).toBe(18);
    while (!(await popup.button('smaller').isDisabled())) await popup.button('smaller').click();
    expect(await popup.bodyFontSize()).toBe(12);
    while (!(await popup.button('larger').isDisabled())) await popup.button('larger').click();
    expect(await popup.bodyFontSize()).toBe(32);
    await popup.button('reset').click();
    await popup.page.keyboard.press('Control+Equal');
    await expect.poll(() => popup.bodyFontSize()).toBe(20);
    await popup.page.keyboard.press('Control+0');
    await expect.poll(() => popup.bodyFontSize()).toBe(18);
    await popup.close();
    await page.close();
  });

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

  it('says so when the page is not an article, and shows it anyway on request', async () => {
    const page = await article('non-article-homepage');
    const popup = await PopupPage.open(session, page);
    expect(await popup.message.textContent()).toContain('No article found on this page.');
    await popup.page.getByRole('button', { name: 'Show it anyway' }).click();
    await expect.poll(() => popup.title.count()).toBe(1);
    await popup.close();
    await page.close();
  });

  it("says so on pages the browser won't let extensions read", async () => {
    const page = await session.context.newPage();
    await page.goto('chrome://version/');
    const popup = await PopupPage.open(session, page);
    expect(await popup.message.textContent()).toContain("doesn't let extensions read this page");
    await popup.close();
    await page.close();
  });

  it('still works after the tab was reloaded', async () => {
    const page = await article();
    let popup = await PopupPage.open(session, page);
    await popup.close();
    await page.reload();
    popup = await PopupPage.open(session, page);
    expect(await popup.title.textContent()).toContain('электробус');
    await popup.close();
    await page.close();
  });
});

describe('reader mode on the page', () => {
  async function roundTrip(page: Page, turnOn: () => Promise<unknown>, turnOff: () => Promise<unknown>) {
    await page.evaluate(() => window.scrollTo(0, 120));
    const before = await snapshot(page);
    await turnOn();
    const overlay = new OverlayPage(page);
    await overlay.waitOpen();
    const text = await overlay.text();
    expect(text).toContain(FIRST_PARAGRAPH);
    for (const junk of JUNK) expect(text).not.toContain(junk);
    await turnOff();
    await overlay.waitClosed();
    expect(await snapshot(page)).toEqual(before);
    return overlay;
  }

  it('turns on from the popup and off with Esc, leaving the page exactly as it was', async () => {
    const page = await article();
    await page.setViewportSize({ width: 1100, height: 500 });
    await roundTrip(
      page,
      async () => {
        const popup = await PopupPage.open(session, page);
        await popup.button('reader-mode').click();
      },
      async () => {
        await page.bringToFront();
        await page.screenshot({ path: join(SCREENSHOTS, 'overlay-light.png') });
        await page.keyboard.press('Escape');
      },
    );
    await page.close();
  });

  it("turns on and off through the shortcut's and the context menu's handlers", async () => {
    const page = await article();
    await page.setViewportSize({ width: 1100, height: 500 });
    const tabId = await tabIdOf(session, page);
    const tab = { id: tabId, url: page.url() };
    const command = () => session.worker.evaluate((target) => (globalThis as unknown as { cleanReader: { onCommand(c: string, t: object): Promise<unknown> } }).cleanReader.onCommand('toggle-reader-mode', target), tab);
    const menu = () => session.worker.evaluate((target) => (globalThis as unknown as { cleanReader: { onMenuClick(i: object, t: object): Promise<unknown> } }).cleanReader.onMenuClick({ menuItemId: 'toggle-reader-mode' }, target), tab);
    await roundTrip(page, command, command);
    await roundTrip(page, menu, menu);
    await page.close();
  });
});

describe('privacy', () => {
  it('makes no request of its own beyond the pages and images being read', () => {
    const foreign = requests.filter((request) => {
      const url = request.url();
      if (url.startsWith(origin) || url.startsWith(`chrome-extension://${session.extensionId}/`) || url.startsWith('chrome://')) return false;
      return request.resourceType() !== 'image';
    });
    expect(foreign.map((request) => request.url())).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
  });
});
