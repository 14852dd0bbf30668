// Chromium for the end-to-end scenarios: the playwright-core harness (harness.ts) and its page
// objects (pages.ts) behind the shared driver interface.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, launch, startServer, tabIdOf } from './harness';
import { OverlayPage, PopupPage } from './pages';
import { pageActions, readLook, type ArticleTab, type DrivenPage, type Driver, type PopupView } from './driver';

const SCREENSHOTS = join(ROOT, 'test-results');

export async function launchChromium(pages: Record<string, string> = {}, lang?: string): Promise<Driver> {
  const { server, origin } = await startServer(pages);
  const session = await launch(lang);
  const dialogs: string[] = [];
  const requests: Array<{ url: string; image: boolean }> = [];
  session.context.on('request', (request) => requests.push({ url: request.url(), image: request.resourceType() === 'image' }));
  session.context.on('page', (page) =>
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    }),
  );
  const shoot = async (page: Page, name: string) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.bringToFront();
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  };

  function articleTab(page: Page): ArticleTab {
    const overlay = new OverlayPage(page);
    return {
      get url() {
        return page.url();
      },
      ...pageActions(page as unknown as DrivenPage),
      overlayOpen: () => overlay.isOpen(),
      overlayText: () => overlay.text(),
      pointer: {
        move: (x, y) => page.mouse.move(x, y),
        wheel: (deltaY) => page.mouse.wheel(0, deltaY),
        click: (x, y) => page.mouse.click(x, y),
      },
      press: async (key) => {
        await page.bringToFront();
        await page.keyboard.press(key);
      },
      screenshot: (name) => shoot(page, name),
      close: () => page.close(),
    };
  }

  function popupView(popup: PopupPage): PopupView {
    const page = popup.page;
    return {
      text: async (selector) => ((await page.locator(selector).count()) ? page.locator(selector).first().textContent() : null),
      count: (selector) => page.locator(selector).count(),
      click: (selector) => page.locator(selector).first().click(),
      clickButtonNamed: (name) => page.getByRole('button', { name }).click(),
      isDisabled: (selector) => page.locator(selector).first().isDisabled(),
      fontSize: () => popup.bodyFontSize(),
      pressShortcut: (key) => page.keyboard.press(key === '=' ? 'Control+Equal' : 'Control+0'),
      select: async (selector, value) => void (await page.selectOption(selector, value)),
      look: () => page.evaluate(readLook),
      flag: () => page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss),
      run: (script) => page.evaluate(script),
      press: (key) => page.keyboard.press(key),
      userClick: (selector) => page.locator(selector).first().click(),
      screenshot: (name) => shoot(page, name),
      close: () => popup.close(),
    };
  }

  const pagesByUrl = new Map<string, Page>();
  const pageOf = (tab: ArticleTab) => {
    const page = pagesByUrl.get(tab.url) ?? session.context.pages().find((candidate) => candidate.url() === tab.url);
    if (!page) throw new Error(`no page for ${tab.url}`);
    return page;
  };

  return {
    name: 'chromium',
    origin,
    dialogs,
    requests,
    async open(path, viewport) {
      const page = await session.context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      await page.goto(`${origin}${path}`);
      pagesByUrl.set(page.url(), page);
      return articleTab(page);
    },
    async openRestricted() {
      const page = await session.context.newPage();
      await page.goto('chrome://version/');
      pagesByUrl.set(page.url(), page);
      return articleTab(page);
    },
    async popup(tab) {
      return popupView(await PopupPage.open(session, pageOf(tab)));
    },
    async background(handler, tab) {
      const target = { id: await tabIdOf(session, pageOf(tab)), url: tab.url };
      await session.worker.evaluate(
        ({ handler, target }) => {
          const api = (globalThis as unknown as { cleanReader: { onCommand(c: string, t: object): Promise<unknown>; onMenuClick(i: object, t: object): Promise<unknown> } }).cleanReader;
          return handler === 'onCommand' ? api.onCommand('toggle-reader-mode', target) : api.onMenuClick({ menuItemId: 'toggle-reader-mode' }, target);
        },
        { handler, target },
      );
    },
    async permissionsRemoved(origins) {
      await session.worker.evaluate(
        (origins) => (globalThis as unknown as { cleanReader: { onPermissionsRemoved(r: object): Promise<void> } }).cleanReader.onPermissionsRemoved({ origins }),
        origins,
      );
    },
    async close() {
      await session.close();
      server.close();
    },
  };
}
