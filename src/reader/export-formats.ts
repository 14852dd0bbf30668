// The article in each export format. Kept apart from the menu so that the Markdown writer and the
// page builder load with the reading view only (the popup, the overlay), never with the page agent.

import type { Article } from '../extract/types';
import { sanitizeToFragment, standalonePage } from '../extract/sanitize';
import { toMarkdown } from '../extract/markdown';
import type { ExportFormat } from './export-menu';

export function renderExport(article: Article, format: ExportFormat, window: Window, url: string | null): string {
  if (format === 'text') return article.text;
  if (format === 'html') {
    const facts = [article.byline, article.siteName, article.publishedTime?.slice(0, 10)].filter(Boolean).join(' · ');
    return standalonePage({ title: article.title, html: article.html, lang: article.lang, dir: article.dir === 'rtl' ? 'rtl' : 'ltr', facts, url }, window);
  }
  const holder = window.document.createElement('div');
  holder.append(sanitizeToFragment(article.html, window));
  return toMarkdown(holder, article.title);
}
