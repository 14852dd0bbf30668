// The page agent: injected on demand into the tab the reader invoked us on. It answers the
// extension's messages and never changes the page unless asked to show reader mode.

import { browser } from 'wxt/browser';
import { extractKeepingRemovals } from './extract/pipeline';
import type { Removal } from './extract/types';
import { dispatch, isEnvelope, isOwnExtensionPage, type ExtractResponse, type ReaderModeAction, type ReaderModeResponse } from './messaging/protocol';
import type { Overlay } from './overlay/overlay';
import { registeredOverlay } from './overlay/registry';
import { registeredPicker } from './picker/registry';
import { findElement } from './corrections/locator';
import { watchCorrection, type SiteCorrection } from './corrections/site-data';
import { registeredSiteWrites } from './corrections/registry';
import { unchangedPageMemo } from './unchanged-page';

const INSTALLED = Symbol.for('clean-reader.agent');
let overlay: Overlay | null = null;
let opening: Promise<ReaderModeResponse> | null = null;
let siteCorrection: () => Promise<SiteCorrection | null> = () => Promise.resolve(null);
const lastExtraction = unchangedPageMemo<Kept>(document);
/** The removed-blocks list of the article last shown, read when the reader opens it. */
let lastRemovals: () => Removal[] = () => [];

interface Kept {
  response: ExtractResponse;
  removals(): Removal[];
}

export function installAgent(): void {
  const scope = globalThis as Record<symbol, unknown>;
  if (scope[INSTALLED]) return;
  scope[INSTALLED] = true;
  siteCorrection = watchCorrection(location.hostname || null);
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isOwnExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/')) || !isEnvelope(message)) return undefined;
    return dispatch(
      {
        ping: () => 'pong',
        extract: async ({ force }) => (await extractHere(Boolean(force))).response,
        removals: () => lastRemovals(),
        readerMode: ({ action, force }) => readerMode(action, Boolean(force)),
        pick: () => pick(),
      },
      message,
    );
  });
}

async function extractHere(force: boolean, chosen?: Element): Promise<Kept> {
  try {
    // Where the reader showed us the article on this site before, it is looked for first.
    const correction = await siteCorrection();
    const located = !chosen && correction?.root ? findElement(document, correction.root) : null;
    const root = chosen ?? located ?? undefined;
    const key = [force, correction];
    let kept = chosen ? undefined : lastExtraction.get(key);
    if (!kept) {
      kept = extractNow(force, root, correction);
      if (!chosen) lastExtraction.set(key, kept);
    }
    lastRemovals = kept.removals;
    return kept;
  } catch {
    return { response: { ok: false, error: 'failed' }, removals: () => [] };
  }
}

function extractNow(force: boolean, root: Element | undefined, correction: SiteCorrection | null): Kept {
  const { result, removals } = extractKeepingRemovals(document, { url: location.href, force, root, keep: correction?.keep, drop: correction?.drop });
  return { response: result.ok && root ? { ...result, corrected: true } : result, removals };
}

/**
 * Reader mode on its own, for a site where the reader asked for it: on article pages only (not
 * the home page, not a page that does not read as an article). The test comes from the caller:
 * the page agent alone never needs it.
 */
export async function openAutomatically(readsAsArticle: (doc: Document) => boolean): Promise<void> {
  if (location.pathname === '/' || !readsAsArticle(document)) return;
  await readerMode('open', false);
}

function pick(): { started: boolean } {
  const start = registeredPicker();
  if (!start) return { started: false };
  overlay?.close();
  const writes = registeredSiteWrites();
  start(document, {
    onChoose: (element) => {
      const host = location.hostname;
      void (host && writes ? writes.saveCorrection(host, writes.describeElement(element)) : Promise.resolve()).finally(() => {
        void readerMode('open', true, element);
      });
    },
    onCancel: () => undefined,
  });
  return { started: true };
}

async function readerMode(action: ReaderModeAction, force: boolean, chosen?: Element): Promise<ReaderModeResponse> {
  if (opening) await opening;
  const isOpen = overlay !== null;
  if (action === 'status') return { open: isOpen };
  if (action === 'close' || (action === 'toggle' && isOpen)) {
    overlay?.close();
    return { open: false };
  }
  if (isOpen) return { open: true };
  opening = show(force, chosen);
  try {
    return await opening;
  } finally {
    opening = null;
  }
}

async function show(force: boolean, chosen?: Element): Promise<ReaderModeResponse> {
  // The reading view is injected beside the agent by whoever asks for reader mode (openReaderMode).
  const openOverlay = registeredOverlay();
  if (!openOverlay) return { open: false, error: 'failed' };
  const { response: result, removals } = await extractHere(force, chosen);
  const article = result.ok ? result.article : force ? result.bestGuess : undefined;
  if (!article) return { open: false, error: result.ok ? 'failed' : result.error };
  const host = location.hostname || null;
  // The view that saves corrections is injected with the writes (see corrections/registry.ts).
  const writes = host ? registeredSiteWrites() : null;
  overlay = await openOverlay(document, {
    article,
    removals: () => Promise.resolve(removals()),
    host,
    onPick: () => void pick(),
    onKeepBlock: host && writes ? (shape) => writes.keepBlocks(host, shape) : undefined,
    onDropBlock: host && writes
      ? async (block) => {
          // The overlay's copy sits in its shadow root, out of the page's tree: what is found is the page's.
          const shape = writes.shapeOfPageBlock(document, block);
          if (!shape) return false;
          await writes.dropBlocks(host, shape);
          return true;
        }
      : undefined,
    onForgetSite:
      result.ok && result.corrected && host && writes
        ? () => {
            overlay?.close();
            void writes.forgetSite(host).then(() => readerMode('open', true));
          }
        : undefined,
    onClosed: () => {
      overlay = null;
    },
  });
  return { open: true };
}
