// The page agent: injected on demand into the tab the reader invoked us on. It answers the
// extension's messages and never changes the page unless asked to show reader mode.

import { browser } from 'wxt/browser';
import { extract } from './extract/pipeline';
import { isEnvelope, type ExtractResponse } from './messaging/protocol';

const INSTALLED = Symbol.for('clean-reader.agent');

export function installAgent(): void {
  const scope = globalThis as Record<symbol, unknown>;
  if (scope[INSTALLED]) return;
  scope[INSTALLED] = true;
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only our own extension's pages talk to the agent.
    if (sender.id !== browser.runtime.id || !isEnvelope(message)) return undefined;
    if (message.type === 'ping') return Promise.resolve('pong');
    if (message.type === 'extract') return Promise.resolve(extractHere(Boolean((message.payload as { force?: boolean }).force)));
    return undefined;
  });
}

function extractHere(force: boolean): ExtractResponse {
  try {
    return extract(document, { url: location.href, force });
  } catch {
    return { ok: false, error: 'failed' };
  }
}
