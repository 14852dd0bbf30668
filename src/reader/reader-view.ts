// The reading view as one unit, for the popup and the page overlay: the article, the toolbar and
// the reader's settings, applied live and saved. Settings changed elsewhere (the other surface,
// another device) apply here too.

import type { Article } from '../extract/types';
import { DEFAULT_SETTINGS, stepTextSize, textSizeFor, withTextSize, type ReadingSettings, type SizeStep } from '../settings/settings';
import { loadSettings, saveSettings, watchSettings } from '../settings/store';
import { t } from '../i18n';
import { element, renderArticle, renderRemovedSummary } from './article-view';
import { buildToolbar, sizeStepForKey, type ToolbarActions } from './toolbar';

export interface ReaderViewOptions {
  article: Article;
  /** The page's host: text sizes may be kept per site. */
  host: string | null;
  extras: ToolbarActions['extras'];
  /** The article as text to copy, by format; no copy buttons without it. (The page overlay has
   *  none: the Markdown writer stays out of the script injected into pages.) */
  copyText?: (format: 'markdown' | 'text') => string;
}

export interface ReaderView {
  root: HTMLElement;
  /** The scrolling part, for the reading-progress bar. */
  article: HTMLElement;
  /** The settings as they stand now (after this view's and other views' changes). */
  settings(): ReadingSettings;
  destroy(): void;
}

export async function createReaderView(doc: Document, options: ReaderViewOptions): Promise<ReaderView> {
  let settings = await loadSettings();
  const root = element(doc, 'div', 'cr-root');
  const status = element(doc, 'div', 'cr-status');
  status.setAttribute('role', 'status');

  const apply = (next: ReadingSettings) => {
    settings = next;
    const size = textSizeFor(settings, options.host);
    root.dataset.theme = settings.theme;
    root.dataset.font = settings.font;
    root.dataset.width = settings.width;
    root.style.setProperty('--cr-size', `${size}px`);
    root.style.setProperty('--cr-line', String(settings.lineHeight));
    toolbar.update(settings, size);
  };
  const save = async (next: ReadingSettings) => {
    const previous = settings;
    apply(next);
    const result = await saveSettings(next, previous);
    if (!result.ok) {
      apply(result.settings);
      status.textContent = t('errorSaveSettings');
    }
  };
  const onSize = (step: SizeStep) => {
    const size = step === 'reset' ? DEFAULT_SETTINGS.textSize : stepTextSize(textSizeFor(settings, options.host), step);
    void save(withTextSize(settings, options.host, size));
  };
  const copyText = options.copyText;
  const onCopy = async (format: 'markdown' | 'text') => {
    if (!copyText) return;
    try {
      await navigator.clipboard.writeText(copyText(format));
      status.textContent = t('copied');
    } catch {
      status.textContent = t('errorCopy');
    }
  };

  const toolbar = buildToolbar(doc, {
    onSize,
    onSettings: (change) => void save({ ...settings, ...change }),
    onCopy: copyText ? (format) => void onCopy(format) : undefined,
    extras: options.extras,
  });
  const article = renderArticle(doc, options.article);
  root.append(toolbar.root, status, article);
  const removed = renderRemovedSummary(doc, options.article);
  if (removed) root.append(removed);

  const onKey = (event: KeyboardEvent) => {
    const step = sizeStepForKey(event);
    if (!step) return;
    event.preventDefault();
    onSize(step);
  };
  doc.addEventListener('keydown', onKey);
  const unwatch = watchSettings(apply);
  apply(settings);
  return {
    root,
    article,
    settings: () => settings,
    destroy() {
      doc.removeEventListener('keydown', onKey);
      unwatch();
    },
  };
}
