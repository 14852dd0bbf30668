// The page agent: injected on demand into the tab the reader invoked us on. It answers the
// extension's messages and never changes the page unless asked to show reader mode.

import { browser } from 'wxt/browser';
import { isProbablyReaderable } from '@mozilla/readability';
import { extract } from './extract/pipeline';
import { dispatch, isEnvelope, isOwnExtensionPage, type ExtractResponse, type ReaderModeAction, type ReaderModeResponse } from './messaging/protocol';
import type { Overlay } from './overlay/overlay';
import { registeredOverlay } from './overlay/registry';

const INSTALLED = Symbol.for('clean-reader.agent');
let overlay: Overlay | null = null;
let opening: Promise<ReaderModeResponse> | null = null;

export function installAgent(): void {
  const scope = globalThis as Record<symbol, unknown>;
  if (scope[INSTALLED]) return;
  scope[INSTALLED] = true;
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isOwnExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/')) || !isEnvelope(message)) return undefined;
    return dispatch(
      {
        ping: () => 'pong',
        extract: ({ force }) => extractHere(Boolean(force)),
        readerMode: ({ action, force }) => readerMode(action, Boolean(force)),
        readerable: () => isProbablyReaderable(document),
      },
      message,
    );
  });
}

function extractHere(force: boolean): ExtractResponse {
  try {
    // `debug` keeps the removed text, for the reader's "what was removed" list.
    return extract(document, { url: location.href, force, debug: true });
  } catch {
    return { ok: false, error: 'failed' };
  }
}

async function readerMode(action: ReaderModeAction, force: boolean): Promise<ReaderModeResponse> {
  if (opening) await opening;
  const isOpen = overlay !== null;
  if (action === 'status') return { open: isOpen };
  if (action === 'close' || (action === 'toggle' && isOpen)) {
    overlay?.close();
    return { open: false };
  }
  if (isOpen) return { open: true };
  opening = show(force);
  try {
    return await opening;
  } finally {
    opening = null;
  }
}

async function show(force: boolean): Promise<ReaderModeResponse> {
  // The reading view is injected beside the agent by whoever asks for reader mode (openReaderMode).
  const openOverlay = registeredOverlay();
  if (!openOverlay) return { open: false, error: 'failed' };
  const result = extractHere(force);
  const article = result.ok ? result.article : force ? result.bestGuess : undefined;
  if (!article) return { open: false, error: result.ok ? 'failed' : result.error };
  overlay = await openOverlay(document, {
    article,
    host: location.hostname || null,
    onClosed: () => {
      overlay = null;
    },
  });
  return { open: true };
}
