// The popup: the active tab's article, clean, with the reading toolbar; or a clear message of
// why not. It never stays blank: a loading line first, a message for every failure.

import { browser } from 'wxt/browser';
import { isExtractResponse, isRemovalList } from '../messaging/protocol';
import { isRestrictedUrl, sendToTab, startPicking } from '../messaging/client';
import { forgetSite, keepBlocks } from '../corrections/sites';
import { element } from '../reader/element';
import { t, type MessageKey } from '../i18n';
import { loadSettings } from '../settings/store';

export async function startPopup(container: HTMLElement): Promise<void> {
  const doc = container.ownerDocument;
  doc.documentElement.lang = browser.i18n.getUILanguage();
  showMessage(container, 'loading');
  // The reading view's code and the reader's settings load while the page is being read: the
  // popup's first paint needs neither, and the article waits for neither afterwards.
  const articleView = import('./article-popup');
  const settings = loadSettings();
  let tab: { id?: number; url?: string } | undefined;
  try {
    // Opened as a page with ?tab=ID (by tests, or to read a tab in a tab), it reads that tab.
    const requested = Number(new URLSearchParams(location.search).get('tab'));
    [tab] = Number.isInteger(requested) && requested > 0 ? [await browser.tabs.get(requested)] : await browser.tabs.query({ active: true, currentWindow: true });
  } catch {
    return showMessage(container, 'errorFailed');
  }
  if (tab?.id === undefined || isRestrictedUrl(tab.url)) return showMessage(container, 'errorRestricted');
  const tabId = tab.id;
  const host = hostOf(tab.url);

  const retry = { label: 'retry', action: () => void load(false) } as const;
  const pick = () => void startPicking(tabId).then(() => window.close(), () => showMessage(container, 'errorFailed'));
  const load = async (force: boolean): Promise<void> => {
    let response: unknown;
    try {
      response = await withTimeout(sendToTab(tabId, 'extract', { force }), EXTRACT_TIMEOUT_MS);
    } catch (error) {
      if (error instanceof TimeoutError) return showMessage(container, 'errorTimeout', retry);
      return showMessage(container, 'errorRestricted');
    }
    // No answer (an agent that refused us) or a malformed one: say so, never stay on "loading".
    if (!isExtractResponse(response)) return showMessage(container, 'errorFailed', retry);
    if (response.ok) {
      const view = await articleView.catch(() => null);
      if (!view) return showMessage(container, 'errorFailed', retry);
      return view.showArticle(container, response.article, tabId, host, tab.url ?? null, settings, {
        onPick: pick,
        // A choice that picks the wrong block on this page can be dropped; the page is read afresh.
        onForgetSite: response.corrected && host ? () => void forgetSite(host).then(() => load(false)) : undefined,
        onKeepBlock: host ? (shape) => keepBlocks(host, shape) : undefined,
        removals: async () => {
          const removals: unknown = await withTimeout(sendToTab(tabId, 'removals', {}), EXTRACT_TIMEOUT_MS);
          if (!isRemovalList(removals)) throw new Error('no list of removals');
          return removals;
        },
      });
    }
    if (response.error === 'no-article') {
      // Where the article is hidden from us, the reader can point at it.
      return showMessage(container, 'errorNoArticle', { label: 'tryAnyway', action: () => void load(true) }, { id: 'pick', label: 'notRightText', action: pick, keepMessage: true });
    }
    showMessage(container, response.error === 'too-large' ? 'errorTooLarge' : 'errorFailed');
  };
  await load(false);
}

interface MessageButton {
  readonly label: MessageKey;
  readonly action: () => void;
  /** The action leaves the popup as it is (it closes it, or works elsewhere): no "loading" line. */
  readonly keepMessage?: boolean;
  readonly id?: string;
}

function showMessage(container: HTMLElement, key: MessageKey, ...buttons: MessageButton[]): void {
  const doc = container.ownerDocument;
  const root = element(doc, 'div', 'cr-root');
  const box = element(doc, 'div', key === 'loading' ? 'cr-message cr-loading' : 'cr-message');
  box.dataset.message = key;
  box.setAttribute('role', key === 'loading' ? 'status' : 'alert');
  box.append(element(doc, 'p', '', t(key)));
  for (const button of buttons) {
    const node = element(doc, 'button', 'cr-button', t(button.label));
    node.type = 'button';
    if (button.id) node.dataset.action = button.id;
    node.addEventListener('click', () => {
      if (!button.keepMessage) showMessage(container, 'loading');
      button.action();
    });
    box.append(node, ' ');
  }
  root.append(box);
  container.replaceChildren(root);
}

/** Longer than any real page takes (the budget turns huge pages away in about a second). */
const EXTRACT_TIMEOUT_MS = 15_000;

class TimeoutError extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function hostOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).hostname || null : null;
  } catch {
    return null;
  }
}
