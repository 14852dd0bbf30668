// Page objects: what a user sees and does in the popup and in the page overlay.

import type { Locator, Page } from 'playwright-core';
import { tabIdOf, type Session } from './harness';

export class PopupPage {
  constructor(readonly page: Page) {}

  static async open(session: Session, article: Page): Promise<PopupPage> {
    const tabId = await tabIdOf(session, article);
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 560, height: 600 });
    await page.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    const popup = new PopupPage(page);
    await page.locator('.cr-article, .cr-message:not(.cr-loading)').first().waitFor();
    return popup;
  }

  get body(): Locator { return this.page.locator('.cr-body'); }
  get message(): Locator { return this.page.locator('.cr-message'); }

  async bodyFontSize(): Promise<number> {
    return this.page.locator('.cr-article').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}

export class OverlayPage {
  constructor(readonly page: Page) {}

  /** The overlay lives in a closed shadow root: read it through the layer's rendered text and geometry. */
  async isOpen(): Promise<boolean> {
    return this.page.evaluate(() => document.querySelector('clean-reader-overlay') !== null);
  }

  /** The overlay's article text. Its shadow root is closed to pages (and to Playwright's locators);
   *  the DevTools protocol sees through it, as a user's eyes do. */
  async text(): Promise<string> {
    const cdp = await this.page.context().newCDPSession(this.page);
    try {
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
      const host = find(root, (node) => node.nodeName === 'CLEAN-READER-OVERLAY');
      const articleNode = host && find(host, (node) => /(?:^|\s)cr-article(?:\s|$)/.test(attribute(node, 'class') ?? ''));
      const parts: string[] = [];
      const collect = (node: DomNode) => {
        if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
        if (node.nodeName === 'STYLE') return;
        const shadows = (node.shadowRoots ?? []).filter((shadow) => shadow.shadowRootType !== 'user-agent');
        for (const child of [...shadows, ...(node.children ?? [])]) collect(child);
      };
      if (articleNode) collect(articleNode);
      return parts.join(' ').replace(/\s+/g, ' ').trim();
    } finally {
      await cdp.detach();
    }
  }
}

interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  shadowRootType?: string;
  attributes?: string[];
}

function attribute(node: DomNode, name: string): string | undefined {
  const list = node.attributes ?? [];
  for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
  return undefined;
}

function find(node: DomNode, test: (node: DomNode) => boolean): DomNode | undefined {
  if (test(node)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}
