import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatch, envelope, isEnvelope, isExtractResponse, isOwnExtensionPage, isRemovalList } from '../../src/messaging/protocol';
import { isRestrictedUrl, sendToTab } from '../../src/messaging/client';

describe('messaging', () => {
  beforeEach(() => fakeBrowser.reset());

  it('accepts only well-formed envelopes of known messages', () => {
    expect(isEnvelope(envelope('extract', { force: true }))).toBe(true);
    expect(isEnvelope(envelope('readerMode', { action: 'toggle' }))).toBe(true);
    for (const bad of [null, 'extract', { type: 'extract' }, { type: 'eval', payload: {} }, { type: 'readerMode', payload: { action: 'explode' } },
      { type: 'extract', payload: { force: 'yes' } }, { type: 'toString', payload: {} }, { type: 'ping', payload: [] }]) {
      expect(isEnvelope(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it('answers our own extension pages, in a tab or not, and nobody else', () => {
    const id = 'our-id';
    const origin = 'moz-extension://0b6a1c5e/';
    const own = (sender: Parameters<typeof isOwnExtensionPage>[0]) => isOwnExtensionPage(sender, id, origin);
    // The popup in Chrome (no tab), the popup opened in a tab (Firefox sets sender.tab), the background page.
    expect(own({ id, url: `${origin}popup.html` })).toBe(true);
    expect(own({ id, url: `${origin}popup.html?tab=4`, tab: { id: 7 } })).toBe(true);
    expect(own({ id, url: `${origin}_generated_background_page.html` })).toBe(true);
    expect(own({ id })).toBe(true);
    // Our own content script in another page, another extension, a page pretending to be us.
    expect(own({ id, url: 'https://example.org/', tab: { id: 3 } })).toBe(false);
    expect(own({ id, tab: { id: 3 } })).toBe(false);
    expect(own({ id: 'other-extension', url: 'moz-extension://ffff/popup.html' })).toBe(false);
    expect(own({ id: 'other-extension', url: `${origin}popup.html` })).toBe(false);
    expect(own({ url: `${origin}popup.html` })).toBe(false);
  });

  it('accepts only well-formed extraction responses', () => {
    expect(isExtractResponse({ ok: true, article: { title: 't', html: '<p>x</p>', text: 'x' } })).toBe(true);
    expect(isExtractResponse({ ok: false, error: 'no-article' })).toBe(true);
    for (const bad of [undefined, null, 'pong', {}, { ok: true }, { ok: true, article: { title: 't' } }, { ok: false }, { ok: 'yes', error: 'x' }]) {
      expect(isExtractResponse(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it('routes a message to its typed handler', async () => {
    const handled = await dispatch({ readerMode: ({ action }) => ({ open: action === 'open' }) }, envelope('readerMode', { action: 'open' }));
    expect(handled).toEqual({ open: true });
    expect(dispatch({}, envelope('ping', {}))).toBeUndefined();
  });

  it('tells restricted pages from readable ones', () => {
    for (const url of ['chrome://settings', 'about:blank', 'https://chromewebstore.google.com/detail/x', 'https://addons.mozilla.org/ru/firefox/', 'https://example.org/paper.pdf', undefined]) {
      expect(isRestrictedUrl(url), String(url)).toBe(true);
    }
    expect(isRestrictedUrl('https://ura.news/news/1052960001')).toBe(false);
  });

  it('injects the page agent and retries once when the tab does not answer', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://example.org/' });
    let injected = 0;
    fakeBrowser.scripting = { executeScript: async () => { injected++; return []; } } as unknown as typeof fakeBrowser.scripting;
    let calls = 0;
    fakeBrowser.tabs.sendMessage = (async () => {
      calls++;
      if (calls === 1) throw new Error('Could not establish connection. Receiving end does not exist.');
      return 'pong';
    }) as typeof fakeBrowser.tabs.sendMessage;
    expect(await sendToTab(tab.id!, 'ping', {})).toBe('pong');
    expect(injected).toBe(1);
  });

  it('reads a list of removals only when every item has its stage, reason and text', () => {
    expect(isEnvelope(envelope('removals', {}))).toBe(true);
    expect(isRemovalList([])).toBe(true);
    expect(isRemovalList([{ stage: 'ads', reason: 'ad', text: 'Advertisement', html: '<p>x</p>' }])).toBe(true);
    for (const bad of [undefined, null, 'list', {}, [null], [{ stage: 'ads', reason: 'ad' }], [{ stage: 1, reason: 'ad', text: '' }]]) {
      expect(isRemovalList(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});
