import type { Stage } from '../types';
import { LINK_ELSEWHERE, namePattern } from '../dom';

// "Contents / On this page": the page's list of links to its own headings. The reading view is
// the page, read top to bottom; the list repeats its headings, and with its links gone (a plugin
// that fills it by script) only its label is left. A box called so whose links stay on the page,
// or its label alone, goes; a list of in-page links that no one calls a table of contents stays
// (a glossary's letters, footnotes).
const TOC_NAMES = namePattern([
  'toc', 'table-of-contents', 'tableofcontents', 'ez-toc', 'toc-container', 'on-this-page', 'page-toc', 'article-toc', 'inhaltsverzeichnis',
]);
const TOC_LABEL =
  /^(?:table of contents|contents|on this page|in this article|inhaltsverzeichnis|содержание|оглавление|sommaire|table des matières|índice|indice|spis treści|περιεχόμενα|目录|目錄|目次)\s*[:[\]\s]*(?:hide|show|ausblenden|einblenden|скрыть|показать)?\]?$/i;
/** Most of its links lead to places on this page. */
const IN_PAGE_SHARE = 0.8;
const MIN_LINKS = 2;

function linksWithinPage(el: Element): number {
  const links = el.querySelectorAll('a[href]').length;
  if (links < MIN_LINKS) return 0;
  return links - el.querySelectorAll(LINK_ELSEWHERE).length >= links * IN_PAGE_SHARE ? 2 : 0;
}

export const tableOfContents: Stage = {
  name: 'table-of-contents',
  phase: 'before',
  rule: { reason: 'navigation', names: TOC_NAMES, label: TOC_LABEL, maxChars: 3000, structure: linksWithinPage },
};
