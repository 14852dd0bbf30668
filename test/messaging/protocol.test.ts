import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatch, envelope, isEnvelope } from '../../src/messaging/protocol';
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
});
