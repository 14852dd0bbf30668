// The end-to-end scenarios, written once and run in each browser (chromium.e2e.test.ts,
// firefox.e2e.test.ts): the popup, text size, reader mode and its exact restore, the messages a
// reader gets, the XSS corpus rendered, and no request of the extension's own.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_VECTORS, METADATA_VECTORS } from '../security/vectors';
import { PROSE } from '../helpers';
import { waitFor, type ArticleTab, type Driver } from './driver';
import { VIEW_PAGES, defineViewScenarios } from './view-scenarios';
import { CORRECTION_PAGES, defineCorrectionScenarios } from './correction-scenarios';

const SEED_LIKE = '/ru-regional-news/';
const JUNK = ['Реклама', 'Размер шрифта', 'Читайте также', 'Подписывайтесь', 'Поделиться', '{{', 'Загрузка', 'cookie'];
const FIRST_PARAGRAPH = 'В Тюмени на городской маршрут вышел первый электробус';

const PER_PAGE = 10;
const chunks = Array.from({ length: Math.ceil(BODY_VECTORS.length / PER_PAGE) }, (_, i) => BODY_VECTORS.slice(i * PER_PAGE, (i + 1) * PER_PAGE));
const xssArticle = (vectors: readonly string[], meta: string) => `<!doctype html><html><head><meta charset="utf-8"><title>Harbour ${meta}</title>
<meta name="author" content='${meta.replace(/'/g, '&#39;')}'></head><body><article><h1>Harbour news</h1>
${PROSE.map((p, i) => `<p>${p}</p>${vectors.slice(i * 4, i * 4 + 4).join('\n')}`).join('\n')}<p>${PROSE[0]}</p></article></body></html>`;
export const XSS_PAGES: Record<string, string> = Object.fromEntries(chunks.map((vectors, i) => [`/xss-${i}`, xssArticle(vectors, METADATA_VECTORS[i % METADATA_VECTORS.length]!)]));

export function defineScenarios(launchDriver: (pages: Record<string, string>, lang?: string) => Promise<Driver>): void {
  let driver: Driver;
  /** Requests the test pages made themselves while loading (their scripts, styles, the payloads' hosts). */
  const pageOwn = new Set<number>();

  /** A hostile page, loaded and left to settle: what it fetches on its own is not ours. */
  async function openSettled(path: string): Promise<ArticleTab> {
    const start = driver.requests.length;
    const tab = await driver.open(path);
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (let i = start; i < driver.requests.length; i++) pageOwn.add(i);
    return tab;
  }
  const ourRequests = () => driver.requests.filter((_, i) => !pageOwn.has(i));

  beforeAll(async () => {
    driver = await launchDriver({ ...XSS_PAGES, ...VIEW_PAGES, ...CORRECTION_PAGES });
  });

  afterAll(async () => {
    await driver?.close();
  });

  describe('popup', () => {
    it('shows the seed-like article clean: title, body and image, no junk, the text once', async () => {
      const tab = await driver.open(SEED_LIKE);
      const popup = await driver.popup(tab);
      expect(await popup.text('.cr-title')).toBe('В Тюмени запустили первый электробус на городском маршруте');
      const body = (await popup.text('.cr-body')) ?? '';
      expect(body.split(FIRST_PARAGRAPH)).toHaveLength(2);
      for (const junk of JUNK) expect(body).not.toContain(junk);
      expect(await popup.count('.cr-body img')).toBeGreaterThan(0);
      expect(await popup.text('.cr-removed summary')).toMatch(/ads 1.*duplicated text 1/);
      await popup.screenshot('popup-light');
      await popup.close();
      await tab.close();
    });

    it('steps the text size, remembers it, resets it, and stops at the ends', async () => {
      const tab = await driver.open(SEED_LIKE);
      let popup = await driver.popup(tab);
      expect(await popup.fontSize()).toBe(18);
      for (let i = 0; i < 3; i++) await popup.click('[data-action="larger"]');
      await expect.poll(() => popup.fontSize()).toBe(24);
      await popup.close();
      popup = await driver.popup(tab);
      expect(await popup.fontSize()).toBe(24);
      // Reset sits in the "Aa" panel, beside the size slider.
      await popup.click('[data-action="type-panel"]');
      await popup.click('[data-action="reset"]');
      await expect.poll(() => popup.fontSize()).toBe(18);
      while (!(await popup.isDisabled('[data-action="smaller"]'))) await popup.click('[data-action="smaller"]');
      expect(await popup.fontSize()).toBe(12);
      while (!(await popup.isDisabled('[data-action="larger"]'))) await popup.click('[data-action="larger"]');
      expect(await popup.fontSize()).toBe(32);
      await popup.click('[data-action="reset"]');
      await popup.pressShortcut('=');
      await expect.poll(() => popup.fontSize()).toBe(20);
      await popup.pressShortcut('0');
      await expect.poll(() => popup.fontSize()).toBe(18);
      await popup.close();
      await tab.close();
    });

    it('applies and remembers theme and font, in the popup and in reader mode', async () => {
      const tab = await driver.open(SEED_LIKE, { width: 1100, height: 700 });
      let popup = await driver.popup(tab);
      await popup.click('[data-action="type-panel"]');
      await popup.click('[data-action="theme"][data-value="dark"]');
      await popup.click('[data-action="font"][data-value="sans"]');
      await expect.poll(async () => (await popup.look()).background).toBe('rgb(28, 28, 30)');
      expect((await popup.look()).font).toMatch(/system-ui/);
      await popup.screenshot('popup-dark');
      await popup.close();
      popup = await driver.popup(tab);
      expect((await popup.look()).background).toBe('rgb(28, 28, 30)');
      // The page overlay shares the settings.
      await popup.click('[data-action="reader-mode"]');
      await waitFor(() => tab.overlayOpen(), 'reader mode to open');
      await tab.screenshot('overlay-dark');
      await tab.pressEscape();
      await waitFor(async () => !(await tab.overlayOpen()), 'reader mode to close');
      popup = await driver.popup(tab);
      await popup.click('[data-action="type-panel"]');
      await popup.click('[data-action="theme"][data-value="light"]');
      await popup.click('[data-action="font"][data-value="serif"]');
      await expect.poll(async () => (await popup.look()).font).toMatch(/Georgia/);
      await popup.close();
      await tab.close();
    });

    it('says so when the page is not an article, and shows it anyway on request', async () => {
      const tab = await driver.open('/non-article-homepage/');
      const popup = await driver.popup(tab);
      expect(await popup.text('.cr-message')).toContain('No article found on this page.');
      await popup.clickButtonNamed('Show it anyway');
      await expect.poll(() => popup.count('.cr-title')).toBe(1);
      await popup.close();
      await tab.close();
    });

    it("says so on pages the browser won't let extensions read", async () => {
      const tab = await driver.openRestricted();
      const popup = await driver.popup(tab);
      expect(await popup.text('.cr-message')).toContain("doesn't let extensions read this page");
      await popup.close();
      await tab.close();
    });

    it('still works after the tab was reloaded', async () => {
      const tab = await driver.open(SEED_LIKE);
      let popup = await driver.popup(tab);
      await popup.close();
      await tab.reload();
      popup = await driver.popup(tab);
      expect(await popup.text('.cr-title')).toContain('электробус');
      await popup.close();
      await tab.close();
    });
  });

  defineViewScenarios(() => driver, launchDriver);
  defineCorrectionScenarios(() => driver);

  describe('reader mode on the page', () => {
    async function roundTrip(tab: ArticleTab, turnOn: () => Promise<unknown>, turnOff: () => Promise<unknown>) {
      await tab.scrollTo(120);
      const before = await tab.snapshot();
      await turnOn();
      await waitFor(() => tab.overlayOpen(), 'reader mode to open');
      const text = await tab.overlayText();
      expect(text).toContain(FIRST_PARAGRAPH);
      for (const junk of JUNK) expect(text).not.toContain(junk);
      await turnOff();
      await waitFor(async () => !(await tab.overlayOpen()), 'reader mode to close');
      expect(await tab.snapshot()).toEqual(before);
    }

    it('turns on from the popup and off with Esc, leaving the page exactly as it was', async () => {
      const tab = await driver.open(SEED_LIKE, { width: 1100, height: 500 });
      await roundTrip(
        tab,
        async () => (await driver.popup(tab)).click('[data-action="reader-mode"]'),
        async () => {
          await tab.screenshot('overlay-light');
          await tab.pressEscape();
        },
      );
      await tab.close();
    });

    it("turns on and off through the shortcut's and the context menu's handlers", async () => {
      const tab = await driver.open(SEED_LIKE, { width: 1100, height: 500 });
      const command = () => driver.background('onCommand', tab);
      const menu = () => driver.background('onMenuClick', tab);
      await roundTrip(tab, command, command);
      await roundTrip(tab, menu, menu);
      await tab.close();
    });
  });

  describe('XSS corpus in the browser', () => {
    /** Pages where a vector ran in our popup or overlay (each also fails its own test). */
    let executed = 0;

    it.each(chunks.map((_, i) => i))('page %i: nothing runs in the popup or the overlay', async (i) => {
      const tab = await openSettled(`/xss-${i}`);
      // Whatever the page itself runs is the page's business; record where it stands before we read.
      const pageFlag = await tab.flag();
      const popup = await driver.popup(tab);
      // Some vectors swallow the rest of the page, as HTML parsing does: then it is no article,
      // and "show it anyway" renders Readability's best guess, vectors included.
      if (await popup.count('.cr-message button')) await popup.clickButtonNamed('Show it anyway');
      await expect.poll(() => popup.count('.cr-title')).toBe(1);
      const ranInPopup = (await popup.flag()) !== undefined;
      if (ranInPopup) executed++;
      expect(ranInPopup).toBe(false);
      await popup.click('[data-action="reader-mode"]');
      await waitFor(() => tab.overlayOpen(), 'reader mode to open');
      expect(await tab.overlayText()).toContain(PROSE[0]);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const ranInOverlay = (await tab.flag()) !== pageFlag;
      if (ranInOverlay) executed++;
      expect(ranInOverlay).toBe(false);
      await tab.pressEscape();
      await waitFor(async () => !(await tab.overlayOpen()), 'reader mode to close');
      await tab.close();
    });

    it('opened no dialog and asked no unexpected host', () => {
      expect(driver.dialogs).toEqual([]);
      expect(ourRequests().map((request) => request.url).filter((url) => url.includes('evil.example'))).toEqual([]);
      console.log(`XSS corpus (${driver.name}): ${BODY_VECTORS.length + METADATA_VECTORS.length} vectors in ${chunks.length} pages, popup and overlay; executed: ${executed}, dialogs: ${driver.dialogs.length}`);
    });
  });

  describe('privacy', () => {
    it('makes no request of its own beyond the pages and images being read', () => {
      const ours = (url: string) => url.startsWith(driver.origin) || /^(?:chrome-extension|moz-extension|chrome|about|data|blob):/.test(url);
      const foreign = ourRequests().filter((request) => !ours(request.url) && !request.image);
      expect(foreign.map((request) => request.url)).toEqual([]);
      expect(driver.requests.length).toBeGreaterThan(0);
    });
  });
}
