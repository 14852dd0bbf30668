// The article itself: title, facts line, lead image, sanitized body, and what was removed.
// Page-derived HTML goes through the sanitizer; titles, bylines and removed text go in as text.

import type { Article, Removal, RemovalReason } from '../extract/types';
import { sanitizeToFragment } from '../extract/sanitize';
import { t, type MessageKey } from '../i18n';
import { element } from './element';

export function renderArticle(doc: Document, article: Article): HTMLElement {
  const view = element(doc, 'article', 'cr-article');
  if (article.lang) view.lang = article.lang;
  view.dir = article.dir === 'rtl' ? 'rtl' : 'ltr';
  view.append(element(doc, 'h1', 'cr-title', article.title));
  const facts = [article.byline, article.siteName, formatDate(article.publishedTime, article.lang), t('readingMinutes', String(article.readingMinutes))];
  view.append(element(doc, 'p', 'cr-meta', facts.filter(Boolean).join(' · ')));

  const body = element(doc, 'div', 'cr-body');
  body.append(sanitizeToFragment(article.html, doc.defaultView ?? window));
  // Readability often leaves the picture at the top of the page out of the article.
  if (article.leadImage && /^https?:/.test(article.leadImage) && !body.querySelector('img')) {
    const image = doc.createElement('img');
    image.className = 'cr-lead-image';
    image.alt = '';
    image.loading = 'lazy';
    image.src = article.leadImage;
    view.append(image);
  }
  view.append(body);
  return view;
}

const REASON_LABELS: Record<RemovalReason, MessageKey> = {
  hidden: 'removedHidden', navigation: 'removedNavigation', ad: 'removedAd', subscription: 'removedSubscription',
  share: 'removedShare', 'text-size-widget': 'removedTextSize', comments: 'removedComments', 'cookie-banner': 'removedCookies',
  related: 'removedRelated', 'next-article': 'removedNextArticle', template: 'removedTemplate', 'loading-stub': 'removedLoading',
  duplicate: 'removedDuplicate', 'repeated-caption': 'removedCaption', 'repeated-metadata': 'removedMetadata',
  'page-controls': 'removedControls', 'image-credit': 'removedCredit', boilerplate: 'removedBoilerplate', empty: 'removedEmpty',
  'reader-rule': 'removedByReader',
};
/** Reasons a reader cares to hear about; empty boxes and hidden copies are housekeeping. */
const REPORTED: RemovalReason[] = [
  'reader-rule', 'ad', 'subscription', 'duplicate', 'share', 'related', 'text-size-widget', 'comments', 'cookie-banner', 'next-article',
  'template', 'loading-stub', 'boilerplate', 'page-controls', 'repeated-caption', 'image-credit', 'repeated-metadata', 'navigation',
];

export interface RemovedListOptions {
  /** The removed blocks, read when the reader first opens the list. */
  removals: () => Promise<Removal[]>;
  onKeep?: (shape: NonNullable<Removal['block']>) => Promise<void>;
}

/** "Removed: ads 3 · subscription boxes 2 · duplicated text 1", expandable to what each was. */
export function renderRemovedSummary(doc: Document, article: Article, body: HTMLElement, options: RemovedListOptions): HTMLElement | null {
  const counts = REPORTED.filter((reason) => article.removed[reason]).map((reason) => `${t(REASON_LABELS[reason])} ${article.removed[reason]}`);
  if (counts.length === 0) return null;
  const details = element(doc, 'details', 'cr-removed');
  details.append(element(doc, 'summary', '', `${t('removedSummary')} ${counts.join(' · ')}`));
  let asked = false;
  details.addEventListener('toggle', () => {
    if (!details.open || asked) return;
    asked = true;
    void options.removals().then(
      (removals) => {
        const list = removedList(doc, removals, body, options.onKeep);
        if (list.childElementCount) details.append(list);
      },
      () => details.append(element(doc, 'p', 'cr-removed-failed', t('removedListFailed'))),
    );
  });
  return details;
}

function removedList(doc: Document, removals: readonly Removal[], body: HTMLElement, onKeep: RemovedListOptions['onKeep']): HTMLUListElement {
  const list = doc.createElement('ul');
  for (const removal of removals) {
    if (!REPORTED.includes(removal.reason) || !removal.text) continue;
    const item = element(doc, 'li', '', `${t(REASON_LABELS[removal.reason])}: `);
    item.append(element(doc, 'q', '', removal.text.length > 140 ? `${removal.text.slice(0, 140)}…` : removal.text));
    if (removal.html) item.append(' ', putBackButton(doc, removal, body));
    if (removal.block && onKeep && (removal.block.id || removal.block.classes.length)) {
      const shape = removal.block;
      const keep = element(doc, 'button', 'cr-link-button', t('keepLikeThis'));
      keep.type = 'button';
      keep.dataset.action = 'keep-like-this';
      keep.addEventListener('click', () => void onKeep(shape).then(() => keep.replaceWith(element(doc, 'span', '', t('keptLikeThis')))));
      item.append(' ', keep);
    }
    list.append(item);
  }
  return list;
}

/** Puts the block back into the article view, after the text it followed (at the end otherwise). */
function putBackButton(doc: Document, removal: Removal, body: HTMLElement): HTMLButtonElement {
  const button = element(doc, 'button', 'cr-link-button', t('putBack'));
  button.type = 'button';
  button.dataset.action = 'put-back';
  button.addEventListener('click', () => {
    const block = doc.createElement('div');
    block.className = 'cr-put-back';
    block.append(sanitizeToFragment(removal.html ?? '', doc.defaultView ?? window));
    const anchor = removal.after ? lastBlockEndingWith(body, removal.after) : null;
    if (anchor) anchor.after(block);
    else body.append(block);
    button.disabled = true;
    button.textContent = t('putBackDone');
  });
  return button;
}

function lastBlockEndingWith(body: HTMLElement, text: string): Element | null {
  const wanted = text.replace(/\s+/g, ' ').trim();
  const blocks = Array.from(body.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, blockquote, figure, div, section'));
  // The innermost block whose text ends with (or holds) what came before the removed one.
  for (let i = blocks.length - 1; i >= 0; i--) {
    const own = (blocks[i]!.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (own && (own.endsWith(wanted) || wanted.endsWith(own))) return blocks[i]!;
  }
  return null;
}

function formatDate(value: string | null, lang: string | null): string | null {
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  try {
    return date.toLocaleDateString(lang ?? undefined, { year: 'numeric', month: 'long', day: 'numeric' });
  } catch {
    return date.toLocaleDateString();
  }
}
