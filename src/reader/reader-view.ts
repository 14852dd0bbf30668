// The reading view as one unit, for the popup and the page overlay: the article, the toolbar and
// the reader's settings, applied live and saved. Settings changed elsewhere (the other surface,
// another device) apply here too.

import type { Article, Removal } from '../extract/types';
import { DEFAULT_SETTINGS, stepTextSize, textSizeFor, withTextSize, type ReadingSettings, type SizeStep } from '../settings/settings';
import { loadSettings, saveSettings, watchSettings } from '../settings/store';
import { t } from '../i18n';
import { renderArticle, renderRemovedSummary } from './article-view';
import { element } from './element';
import { buildToolbar, sizeStepForKey, type ToolbarActions } from './toolbar';
import { fileNameFor, type ExportFormat } from './export-menu';
import { buildNarrateBar, type NarrateBar } from './narrate-bar';
import { attachBlockRemover, type BlockRemoverOptions } from './block-remover';

export interface ReaderViewOptions {
  article: Article;
  /** The page's host: text sizes may be kept per site. */
  host: string | null;
  extras: ToolbarActions['extras'];
  /** The article in an export format (made on demand: Markdown and HTML cost a walk). */
  render(format: ExportFormat): string;
  print(): void;
  /** "Not the right text?": let the reader point at the article on the page. */
  onPick?: () => void;
  /** The article was placed by the reader's choice for this site: offer to forget it. */
  onForgetSite?: () => void;
  /** "Always keep blocks like this" on the site (a removed block's shape). */
  onKeepBlock?: (shape: NonNullable<Removal['block']>) => Promise<void>;
  /** What the extraction removed, asked for when the reader opens that list. */
  removals: () => Promise<Removal[]>;
  /** Blocks can be removed from the view with one click (reader mode). */
  blockRemoval?: BlockRemoverOptions;
  /**
   * "Always use reader mode on this site": its state (asked for after the article is on screen,
   * never before) and how to change it.
   */
  autoReader?: { isOn(): Promise<boolean>; set(on: boolean): Promise<boolean> };
  /** The reader's settings, when the caller started reading them earlier (the popup does). */
  settings?: Promise<ReadingSettings>;
}

export interface ReaderView {
  root: HTMLElement;
  /** The scrolling part, for the reading-progress bar. */
  article: HTMLElement;
  /** The settings as they stand now (after this view's and other views' changes). */
  settings(): ReadingSettings;
  /** Closes an open panel (Esc); false when none was open. */
  closePanel(): boolean;
  destroy(): void;
}

function renderCorrections(doc: Document, options: ReaderViewOptions): HTMLElement | null {
  if (!options.onPick && !options.onForgetSite && !options.autoReader) return null;
  const box = element(doc, 'div', 'cr-corrections');
  const auto = options.autoReader;
  if (auto) {
    const label = element(doc, 'label', 'cr-check');
    const toggle = element(doc, 'input', '');
    toggle.type = 'checkbox';
    toggle.disabled = true;
    void auto.isOn().catch(() => false).then((on) => {
      toggle.checked = on;
      toggle.disabled = false;
    });
    toggle.dataset.action = 'auto-reader';
    toggle.addEventListener('change', () => {
      const wanted = toggle.checked;
      // The browser asks the reader; a refusal leaves the box as it was.
      void auto.set(wanted).then((now) => void (toggle.checked = now), () => void (toggle.checked = !wanted));
    });
    label.append(toggle, ' ', t('autoReader'));
    box.append(label);
  }
  if (options.onForgetSite) {
    const forget = options.onForgetSite;
    box.append(element(doc, 'p', '', t('correctedNote')));
    const button = element(doc, 'button', 'cr-button', t('forgetSite'));
    button.type = 'button';
    button.dataset.action = 'forget-site';
    button.addEventListener('click', forget);
    box.append(button);
  }
  if (options.onPick) {
    const button = element(doc, 'button', 'cr-button', t('notRightText'));
    button.type = 'button';
    button.dataset.action = 'pick';
    button.addEventListener('click', options.onPick);
    box.append(button);
  }
  return box;
}

export async function createReaderView(doc: Document, options: ReaderViewOptions): Promise<ReaderView> {
  let settings = await (options.settings ?? loadSettings());
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
    root.dataset.spacing = settings.letterSpacing;
    root.toggleAttribute('data-hide-images', settings.hideImages);
    root.toggleAttribute('data-plain-links', settings.plainLinks);
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
  const onSize = (step: SizeStep | number) => {
    const current = textSizeFor(settings, options.host);
    const size = typeof step === 'number' ? step : step === 'reset' ? DEFAULT_SETTINGS.textSize : stepTextSize(current, step);
    void save(withTextSize(settings, options.host, size));
  };
  let narrate: Promise<NarrateBar> | undefined;
  const onNarrate = () => {
    // Built on first use: voices load slowly, and most readings never use them.
    if (!narrate) {
      const bar = buildNarrateBar(doc, {
        article,
        lang: options.article.lang,
        settings: () => settings,
        save: (change) => void save({ ...settings, ...change }),
        button: toolbar.root.querySelector<HTMLButtonElement>('[data-action="narrate"]')!,
      });
      toolbar.root.after(bar.root);
      narrate = bar.ready;
    }
    void narrate.then((bar) => bar.toggle());
  };

  const toolbar = buildToolbar(doc, {
    onSize,
    onSettings: (change) => void save({ ...settings, ...change }),
    onNarrate,
    exports: { render: options.render, fileName: fileNameFor(options.article.title), print: options.print },
    say: (key) => void (status.textContent = t(key)),
    extras: options.extras,
  });
  const article = renderArticle(doc, options.article);
  root.append(toolbar.root, ...toolbar.panels, status, article);
  // Links shown as plain text are not followed either.
  article.addEventListener('click', (event) => {
    if (settings.plainLinks && (event.target as Element).closest?.('a')) event.preventDefault();
  });
  const body = article.querySelector<HTMLElement>('.cr-body') ?? article;
  const detachRemover = options.blockRemoval ? attachBlockRemover(doc, body, options.blockRemoval) : null;
  const removed = renderRemovedSummary(doc, options.article, body, { removals: options.removals, onKeep: options.onKeepBlock });
  if (removed) root.append(removed);
  const corrections = renderCorrections(doc, options);
  if (corrections) root.append(corrections);

  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && toolbar.closePanel()) return event.preventDefault();
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
    closePanel: () => toolbar.closePanel(),
    destroy() {
      doc.removeEventListener('keydown', onKey);
      detachRemover?.();
      unwatch();
      void narrate?.then((bar) => bar.stop());
    },
  };
}
