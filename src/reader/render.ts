// The reading view, shared by the popup and the in-page reader. Page-derived HTML goes through
// the sanitizer; titles and bylines go in as text.

import type { Article } from '../extract/types';
import { sanitizeToFragment } from '../extract/sanitize';
import { t } from '../i18n';

export function renderArticle(container: HTMLElement, article: Article): void {
  const doc = container.ownerDocument;
  const view = doc.createElement('article');
  view.className = 'reader';
  if (article.lang) view.lang = article.lang;
  view.dir = article.dir === 'rtl' ? 'rtl' : 'ltr';

  const title = doc.createElement('h1');
  title.className = 'reader-title';
  title.textContent = article.title;
  view.append(title);

  const facts = [article.byline, article.siteName, formatDate(article.publishedTime, article.lang), t('readingMinutes', String(article.readingMinutes))]
    .filter((fact): fact is string => !!fact);
  if (facts.length) {
    const line = doc.createElement('p');
    line.className = 'reader-meta';
    line.textContent = facts.join(' · ');
    view.append(line);
  }
  const body = doc.createElement('div');
  body.className = 'reader-body';
  body.append(sanitizeToFragment(article.html, doc.defaultView ?? window));
  view.append(body);
  container.replaceChildren(view);
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
