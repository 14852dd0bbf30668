// Firefox for the end-to-end scenarios: Debian's firefox-esr (or FIREFOX_PATH) driven by
// puppeteer-core over WebDriver BiDi, the e2e build installed as a temporary add-on.
// Firefox sends no load events for extension pages, so they are opened with BiDi's
// browsingContext.navigate (wait: none) and awaited through document.readyState.

import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT, startServer } from './harness';
import { POPUP_READY, pageActions, readLook, waitFor, type ArticleTab, type DrivenPage, type Driver, type PopupView, type TextNode } from './driver';

const EXTENSION_DIR = join(ROOT, '.output-e2e', 'firefox-mv2');
const GECKO_ID = 'clean-reader@example.org';
const SCREENSHOTS = join(ROOT, 'test-results');

export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(path)) throw new Error(`Firefox not found at ${path}: install it (sudo apt-get install -y firefox-esr) or set FIREFOX_PATH.`);
  return path;
}

interface Bidi {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

export async function launchFirefox(pages: Record<string, string> = {}, lang = 'en-US'): Promise<Driver> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`${EXTENSION_DIR} not built: run CLEAN_READER_E2E=1 npx wxt build -b firefox`);
  const { server, origin } = await startServer(pages);
  const uuid = randomUUID();
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // BiDi refuses moz-extension:// pages without it.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }), 'intl.locale.requested': lang },
  });
  await browser.installExtension(EXTENSION_DIR);
  const bidi = (browser as unknown as { connection: Bidi }).connection;
  const extensionOrigin = `moz-extension://${uuid}`;
  const dialogs: string[] = [];
  const requests: Array<{ url: string; image: boolean }> = [];
  const watch = (page: Page) => {
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    // BiDi requests carry no resource type: pictures are told by their address.
    page.on('request', (request) => requests.push({ url: request.url(), image: /\.(?:png|jpe?g|gif|webp|avif|svg)(?:[?#]|$)/i.test(request.url()) }));
  };
  const contextOf = (page: Page) => (page.mainFrame() as unknown as { _id: string })._id;

  /** An extension page: navigated over BiDi, since Firefox sends no load event for it. */
  async function extensionPage(path: string, page?: Page): Promise<Page> {
    const target = page ?? (await browser.newPage());
    if (!page) watch(target);
    await bidi.send('browsingContext.navigate', { context: contextOf(target), url: `${extensionOrigin}${path}`, wait: 'none' });
    // puppeteer does not follow a navigation it did not start: ask the page where it is.
    const loaded = () => target.evaluate(() => (document.readyState === 'complete' ? location.href : '')).catch(() => '');
    await waitFor(async () => (await loaded()).startsWith(extensionOrigin), `${path} to load`);
    return target;
  }

  let helper: Page | null = null;
  /** Runs `fn` in an extension page of ours, where the WebExtension APIs are. */
  async function inExtension<T>(fn: string, arg: unknown): Promise<T> {
    helper ??= await extensionPage('/popup.html?tab=0');
    return helper.evaluate(`(${fn})(${JSON.stringify(arg)})`) as Promise<T>;
  }

  async function tabIdOf(url: string): Promise<number> {
    const id = await inExtension<number | null>(
      // Firefox's own pages hide their address from extensions: the newest such tab is the one.
      'async (target) => { const tabs = await browser.tabs.query({}); const tab = tabs.findLast((t) => t.url === target) ?? (target.startsWith("about:") ? tabs.filter((t) => !t.url || t.url.startsWith("about:")).at(-1) : undefined); return tab ? tab.id : null; }',
      url,
    );
    if (id === null) throw new Error(`no tab for ${url}`);
    return id;
  }

  /** `address`: where a page opened over BiDi is (puppeteer does not follow such navigations). */
  function articleTab(page: Page, address?: string): ArticleTab {
    return {
      get url() {
        return address ?? page.url();
      },
      ...pageActions(page as unknown as DrivenPage),
      overlayOpen: () => page.evaluate(() => document.querySelector('clean-reader-overlay') !== null),
      overlayText: () => overlayText(page),
      pointer: {
        move: (x, y) => page.mouse.move(x, y),
        wheel: (deltaY) => page.mouse.wheel({ deltaY }),
        click: (x, y) => page.mouse.click(x, y),
      },
      press: async (key) => {
        await page.bringToFront();
        await page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]);
      },
      screenshot: async (name) => {
        mkdirSync(SCREENSHOTS, { recursive: true });
        // Activating a tab while the popup tab closes itself (reader mode opened from it) can
        // meet the closing context in Firefox: once more after it is gone.
        await page.bringToFront().catch(async () => {
          await new Promise((resolve) => setTimeout(resolve, 300));
          await page.bringToFront();
        });
        await page.screenshot({ path: join(SCREENSHOTS, `firefox-${name}.png`) });
      },
      close: () => page.close(),
    };
  }

  /** The closed shadow root, serialized by BiDi with its shadow tree, read as text. */
  async function overlayText(page: Page): Promise<string> {
    const { result } = await bidi.send('script.callFunction', {
      functionDeclaration: '() => document.querySelector("clean-reader-overlay")',
      target: { context: contextOf(page) },
      awaitPromise: false,
      serializationOptions: { includeShadowTree: 'all', maxDomDepth: 1000 },
    });
    const parts: string[] = [];
    let inArticle = false;
    const walk = (node: TextNode | undefined | null) => {
      if (!node) return;
      const value = (node as { value?: TextNode }).value ?? node;
      const name = (value as { localName?: string }).localName;
      if (name === 'style') return;
      const attributes = (value as { attributes?: Record<string, string> }).attributes ?? {};
      const wasInArticle = inArticle;
      if (/(?:^|\s)cr-article(?:\s|$)/.test(attributes.class ?? '')) inArticle = true;
      if ((value as { nodeType?: number }).nodeType === 3 && inArticle) parts.push((value as { nodeValue?: string }).nodeValue ?? '');
      walk((value as { shadowRoot?: TextNode | null }).shadowRoot);
      for (const child of (value as { children?: TextNode[] }).children ?? []) walk(child);
      inArticle = wasInArticle;
    };
    walk(result.result as TextNode);
    return parts.join(' ').replace(/\s+/g, ' ').trim();
  }

  function popupView(page: Page): PopupView {
    return {
      text: (selector) => page.$eval(selector, (el) => el.textContent).catch(() => null),
      count: async (selector) => (await page.$$(selector)).length,
      click: async (selector) => void (await page.$eval(selector, (el) => (el as HTMLElement).click())),
      clickButtonNamed: async (name) => {
        await page.evaluate((label) => Array.from(document.querySelectorAll('button')).find((b) => b.textContent?.trim() === label)?.click(), name);
      },
      isDisabled: (selector) => page.$eval(selector, (el) => (el as HTMLButtonElement).disabled),
      fontSize: () => page.$eval('.cr-article', (el) => parseFloat(getComputedStyle(el).fontSize)),
      pressShortcut: async (key) => {
        await page.keyboard.down('Control');
        await page.keyboard.press(key === '=' ? 'Equal' : 'Digit0');
        await page.keyboard.up('Control');
      },
      select: async (selector, value) => void (await page.select(selector, value)),
      look: () => page.evaluate(readLook),
      flag: () => page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss),
      run: (script) => page.evaluate(script),
      press: (key) => page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]),
      userClick: (selector) => page.click(selector),
      screenshot: async (name) => {
        mkdirSync(SCREENSHOTS, { recursive: true });
        await page.screenshot({ path: join(SCREENSHOTS, `firefox-${name}.png`) });
      },
      close: () => page.close(),
    };
  }

  return {
    name: 'firefox',
    origin,
    dialogs,
    requests,
    async open(path, viewport) {
      const page = await browser.newPage();
      watch(page);
      if (viewport) await page.setViewport(viewport);
      await page.goto(`${origin}${path}`);
      return articleTab(page);
    },
    async openRestricted() {
      const page = await browser.newPage();
      watch(page);
      // Firefox's own pages send no load event to BiDi either.
      await bidi.send('browsingContext.navigate', { context: contextOf(page), url: 'about:robots', wait: 'none' });
      await waitFor(async () => (await page.evaluate(() => location.href).catch(() => '')) === 'about:robots', 'about:robots to load');
      return articleTab(page, 'about:robots');
    },
    async popup(tab) {
      const tabId = await tabIdOf(tab.url);
      const page = await extensionPage(`/popup.html?tab=${tabId}`);
      await page.setViewport({ width: 560, height: 600 });
      await page.waitForSelector(POPUP_READY, { timeout: 15_000 });
      return popupView(page);
    },
    async background(handler, tab) {
      const tabId = await tabIdOf(tab.url);
      await inExtension(
        `async ({ handler, tab }) => { const bg = await browser.runtime.getBackgroundPage(); return handler === 'onCommand' ? bg.cleanReader.onCommand('toggle-reader-mode', tab) : bg.cleanReader.onMenuClick({ menuItemId: 'toggle-reader-mode' }, tab); }`,
        { handler, tab: { id: tabId, url: tab.url } },
      );
    },
    async permissionsRemoved(origins) {
      await inExtension(`async (origins) => (await browser.runtime.getBackgroundPage()).cleanReader.onPermissionsRemoved({ origins })`, origins);
    },
    async close() {
      await browser.close();
      server.close();
    },
  };
}
