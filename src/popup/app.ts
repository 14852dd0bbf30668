// The popup: ask the page agent for the article of the active tab and show it.

import { browser } from 'wxt/browser';
import { envelope, type ExtractResponse } from '../messaging/protocol';
import { renderArticle } from '../reader/render';
import { t, type MessageKey } from '../i18n';

const RESTRICTED = /^(?:chrome|edge|about|moz-extension|chrome-extension|view-source|devtools|file):|^https:\/\/(?:chrome\.google\.com\/webstore|chromewebstore\.google\.com|addons\.mozilla\.org)/;

export async function startPopup(container: HTMLElement): Promise<void> {
  showMessage(container, 'loading');
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab?.id || !tab.url || RESTRICTED.test(tab.url)) return showMessage(container, 'errorRestricted');
  let response: ExtractResponse;
  try {
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/page-agent.js'] });
    response = (await browser.tabs.sendMessage(tab.id, envelope('extract', {}))) as ExtractResponse;
  } catch {
    return showMessage(container, 'errorRestricted');
  }
  if (response.ok) renderArticle(container, response.article);
  else showMessage(container, response.error === 'too-large' ? 'errorTooLarge' : response.error === 'no-article' ? 'errorNoArticle' : 'errorFailed');
}

function showMessage(container: HTMLElement, key: MessageKey): void {
  const message = container.ownerDocument.createElement('p');
  message.className = key === 'loading' ? 'reader-loading' : 'reader-error';
  message.textContent = t(key);
  container.replaceChildren(message);
}
