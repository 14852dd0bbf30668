// Talking to the page agent in a tab: inject it on demand (activeTab + scripting, no host
// permission), then send typed messages. A tab reloaded since the last look, or an extension
// updated under an open page, loses the agent: inject again and retry once.

import { browser } from 'wxt/browser';
import { envelope, type MessageName, type RequestOf, type ResponseOf } from './protocol';

export const AGENT_FILE = '/page-agent.js';
/** The reading view for reader mode, injected only when it opens. */
export const OVERLAY_FILE = '/reader-overlay.js';
/** Readability's quick "is this an article?" test alone, for the toolbar mark. */
export const READERABLE_FILE = '/readerable.js';


export async function injectAgent(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [AGENT_FILE] });
}

export async function sendToTab<K extends MessageName>(tabId: number, type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  try {
    return (await browser.tabs.sendMessage(tabId, envelope(type, payload))) as ResponseOf<K>;
  } catch {
    await injectAgent(tabId);
    return (await browser.tabs.sendMessage(tabId, envelope(type, payload))) as ResponseOf<K>;
  }
}

/**
 * Reader mode on or off: the reading view goes into the page first, where it may open; the
 * agent, if the tab lost it, comes with sendToTab's retry.
 */
export async function openReaderMode(tabId: number, action: 'toggle' | 'open', force: boolean): Promise<ResponseOf<'readerMode'>> {
  await browser.scripting.executeScript({ target: { tabId }, files: [OVERLAY_FILE] });
  return sendToTab(tabId, 'readerMode', { action, force });
}

/** The reading view (which brings the picker) goes in first: what the reader picks opens in it. */
export async function startPicking(tabId: number): Promise<ResponseOf<'pick'>> {
  await browser.scripting.executeScript({ target: { tabId }, files: [OVERLAY_FILE] });
  return sendToTab(tabId, 'pick', {});
}

/** Pages the browser never lets extensions script. */
const RESTRICTED =
  /^(?:chrome|chrome-extension|chrome-search|chrome-untrusted|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|devtools|data|blob):|^https:\/\/(?:chrome\.google\.com\/webstore|chromewebstore\.google\.com|microsoftedge\.microsoft\.com\/addons|addons\.mozilla\.org)\//i;

export function isRestrictedUrl(url: string | undefined): boolean {
  return !url || RESTRICTED.test(url) || /\.pdf(?:[?#]|$)/i.test(url);
}
