import type { Stage } from '../types';
import type { PageIndex } from '../page-index';
import { tagOf } from '../dom';

// The site's own frame: menus, the masthead, the page footer, side columns. HTML5 names them by
// tag, and none of them is article. Readability reaches the same verdict only after scoring every
// node inside them; dropping them first makes its work (and ours) smaller on every page.
// A header or aside inside the article (a standfirst, an info box) is the article's, and stays.
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search']);

function insideArticle(el: Element): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const tag = tagOf(p);
    if (tag === 'ARTICLE' || tag === 'MAIN' || p.getAttribute('role') === 'main') return true;
  }
  return false;
}

export function isPageChrome(el: Element, index: Pick<PageIndex, 'holdsArticle'>): boolean {
  const tag = tagOf(el);
  const role = el.getAttribute('role');
  const chromeTag = tag === 'NAV' || tag === 'HEADER' || tag === 'FOOTER' || tag === 'ASIDE';
  if (!chromeTag && !(role && CHROME_ROLES.has(role))) return false;
  if (index.holdsArticle(el)) return false;
  // Menus are never article, wherever they stand.
  if (tag === 'NAV' || role === 'navigation') return true;
  if (insideArticle(el)) return false;
  // A page header that holds the headline is where some sites put the article's title block; one
  // with a search box is the masthead, and its <h1> the site's name.
  return !(tag === 'HEADER' && el.querySelector('h1') && !el.querySelector('input:not([type=hidden]):not([type=submit])'));
}

export const pageChrome: Stage = {
  name: 'page-chrome',
  phase: 'before',
  rule: { reason: 'navigation', maxChars: 0, match: isPageChrome },
};
