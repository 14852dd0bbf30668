// Reader mode on the page itself: the article in a full-page layer inside a closed shadow root,
// so the page's CSS cannot reach it and its CSS cannot reach the page. Turning it off removes
// the one element it added and puts focus and scroll back: the page is exactly as it was.

import type { Article } from '../extract/types';
import { createReaderView, type ReaderView, type ReaderViewOptions } from '../reader/reader-view';
import type { ViewBlock } from '../reader/block-remover';
import readerCss from '../reader/reader.css?inline';
import { renderExport } from '../reader/export-formats';
import { loadPosition, savePosition } from '../settings/positions';
import { t } from '../i18n';

/** The position is saved once scrolling pauses, not on every frame. */
const SAVE_DELAY_MS = 400;

const HOST_TAG = 'clean-reader-overlay';
const LAYER_CSS = `
:host { all: initial; position: fixed; inset: 0; z-index: 2147483647; display: block; }
.cr-layer { position: absolute; inset: 0; overflow-y: auto; overscroll-behavior: contain; outline: none; }
.cr-layer > .cr-root { min-height: 100%; }
.cr-time-left { position: fixed; right: 12px; bottom: 10px; padding: 2px 8px; border-radius: 10px; background: var(--cr-button); color: var(--cr-fg); font: 12px/1.4 system-ui, sans-serif; }
.cr-time-left:empty { display: none; }
@media print {
  :host { position: static; }
  .cr-layer { position: static; overflow: visible; }
}
`;
// While the reader prints, only the article is on paper: the page is hidden for print media,
// through a constructed sheet that leaves no trace in the page's markup and goes after printing.
const PRINT_ONLY_READER = `@media print { html > body, html > :not(head):not(${HOST_TAG}) { display: none !important; } }`;

export interface Overlay {
  close(): void;
}

export interface OverlayOptions {
  article: Article;
  host: string | null;
  onClosed(): void;
  onPick?: () => void;
  onForgetSite?: () => void;
  onKeepBlock?: ReaderViewOptions['onKeepBlock'];
  removals: ReaderViewOptions['removals'];
  /** "Always drop blocks like this" on the site, for a block the reader removed from the view. */
  onDropBlock?: (block: ViewBlock) => Promise<boolean>;
}

export async function openOverlay(doc: Document, options: OverlayOptions): Promise<Overlay> {
  const previousFocus = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
  const scroll = { x: doc.defaultView?.scrollX ?? 0, y: doc.defaultView?.scrollY ?? 0 };
  const host = doc.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: __OVERLAY_SHADOW_MODE__ });
  adoptStyles(doc, shadow, `${readerCss}\n${LAYER_CSS}`);

  const layer = doc.createElement('div');
  layer.className = 'cr-layer';
  layer.tabIndex = -1;
  layer.setAttribute('role', 'dialog');
  layer.setAttribute('aria-modal', 'true');
  layer.setAttribute('aria-label', options.article.title);
  const progress = doc.createElement('div');
  progress.className = 'cr-progress';

  let closed = false;
  let view: ReaderView | undefined;
  const close = () => {
    if (closed) return;
    closed = true;
    clearTimeout(saveTimer);
    view?.destroy();
    doc.removeEventListener('keydown', onKey, true);
    host.remove();
    doc.defaultView?.scrollTo(scroll.x, scroll.y);
    previousFocus?.focus({ preventScroll: true });
    options.onClosed();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      // Esc closes an open panel first, then the reader.
      if (view?.closePanel()) return event.stopPropagation();
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab') {
      keepFocusInside(event, shadow, layer);
    }
  };

  view = await createReaderView(doc, {
    article: options.article,
    host: options.host,
    render: (format) => renderExport(options.article, format, doc.defaultView ?? window, doc.location?.href ?? null),
    print: () => printArticle(doc),
    onPick: options.onPick,
    onForgetSite: options.onForgetSite,
    onKeepBlock: options.onKeepBlock,
    removals: options.removals,
    // On the page, a block can be taken out of the view; the rule for the site needs the page.
    blockRemoval: { onDropLikeThis: options.onDropBlock },
    extras: [{ id: 'close', label: 'closeReader', icon: 'close', action: close }],
  });
  const timeLeft = doc.createElement('div');
  timeLeft.className = 'cr-time-left';
  timeLeft.setAttribute('aria-hidden', 'true');
  view.root.append(timeLeft);
  layer.append(progress, view.root);
  shadow.append(layer);
  const url = doc.location?.href ?? '';
  const fraction = () => {
    const range = layer.scrollHeight - layer.clientHeight;
    return range > 0 ? Math.min(1, layer.scrollTop / range) : 1;
  };
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  const onScroll = () => {
    const at = fraction();
    progress.style.width = `${at * 100}%`;
    const minutes = Math.ceil(options.article.readingMinutes * (1 - at));
    timeLeft.textContent = minutes > 0 ? t('timeLeft', String(minutes)) : '';
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => void savePosition(url, fraction()), SAVE_DELAY_MS);
  };
  layer.addEventListener('scroll', onScroll, { passive: true });
  doc.addEventListener('keydown', onKey, true);
  doc.documentElement.append(host);
  layer.focus({ preventScroll: true });
  // Back where the reader stopped last time, once the article has its height.
  const saved = await loadPosition(url);
  if (saved !== null && !closed) layer.scrollTop = saved * (layer.scrollHeight - layer.clientHeight);
  onScroll();
  return { close };
}

function printArticle(doc: Document): void {
  const View = doc.defaultView as (Window & typeof globalThis) | null;
  if (!View) return;
  let sheet: CSSStyleSheet | null = null;
  try {
    sheet = new View.CSSStyleSheet();
    sheet.replaceSync(PRINT_ONLY_READER);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    sheet = null;
  }
  View.print();
  // print() returns when the dialog closes.
  if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
}

/** Constructed style sheets are not subject to the page's CSP for inline styles; <style> is the fallback. */
function adoptStyles(doc: Document, shadow: ShadowRoot, css: string): void {
  const View = doc.defaultView as (Window & typeof globalThis) | null;
  if (View && 'adoptedStyleSheets' in shadow && typeof View.CSSStyleSheet === 'function') {
    try {
      const sheet = new View.CSSStyleSheet();
      sheet.replaceSync(css);
      shadow.adoptedStyleSheets = [sheet];
      return;
    } catch {
      // Older engines: fall through to a <style> element.
    }
  }
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.append(style);
}

/** Tab and Shift+Tab cycle through the overlay's controls instead of leaving for the page. */
function keepFocusInside(event: KeyboardEvent, shadow: ShadowRoot, layer: HTMLElement): void {
  const focusable = Array.from(layer.querySelectorAll<HTMLElement>('button:not(:disabled):not([tabindex="-1"]), select, input, a[href], summary, [tabindex="0"]'));
  if (focusable.length === 0) return;
  const first = focusable[0]!;
  const last = focusable[focusable.length - 1]!;
  const active = shadow.activeElement;
  if (event.shiftKey && (active === first || active === layer || !active)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !active)) {
    event.preventDefault();
    first.focus();
  }
}
