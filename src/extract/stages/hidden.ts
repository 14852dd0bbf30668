import type { Stage } from '../types';
import { collapse, tagOf } from '../dom';
import type { PageIndex } from '../page-index';

// What the page does not show is not article. Readability skips such nodes when it scores, but
// the duplicate checks after it need them gone first: sites hide a second, flattened copy of the
// body for print or for SEO.
// Fallbacks for plug-ins and frames (raw text, often an ad's markup) and templates' inert content:
// browsers never render them.
const NEVER_RENDERED = new Set(['NOEMBED', 'NOFRAMES', 'TEMPLATE']);
/**
 * The stylesheets' "hidden" class (display: none in Bootstrap and most site CSS): read from the
 * name, since the copy has no styles. Tailwind's "hidden md:block" shows on larger screens, so a
 * class list with breakpoint prefixes does not count. Scripts toggle the class on small things
 * (a menu's items, a filter's count) that show; it counts on a block long enough to pass for the
 * article, a teaser's full text or a second copy, which is what it must not be taken for.
 */
const HIDDEN_CLASS = /(?:^|\s)hidden(?:\s|$)/;
const HIDDEN_CLASS_MIN_CHARS = 200;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

export function isHidden(el: Element, index?: Pick<PageIndex, 'holdsAllProse'>): boolean {
  return visibility(el, index) === 'hidden';
}

/**
 * 'revealed': hidden by its style, but it is the page itself, hidden whole until its scripts
 * have run (against a flash of unstyled text); they show it, and a saved copy read without them
 * must not lose all of its text.
 */
export function visibility(el: Element, index?: Pick<PageIndex, 'holdsAllProse'>): 'shown' | 'hidden' | 'revealed' {
  if (el.hasAttribute('hidden') || NEVER_RENDERED.has(tagOf(el))) return 'hidden';
  // Wikimedia marks its maths fallback images aria-hidden although they are what readers see.
  if (el.getAttribute('aria-hidden') === 'true' && !/fallback-image/.test(el.getAttribute('class') ?? '')) {
    return 'hidden';
  }
  if (!hiddenByStyle(el)) return 'shown';
  return index?.holdsAllProse(el) ? 'revealed' : 'hidden';
}

/** Hidden by its style attribute or the stylesheets' "hidden" class. */
function hiddenByStyle(el: Element): boolean {
  const names = el.getAttribute('class');
  if (names && HIDDEN_CLASS.test(names) && !names.includes(':') && collapse(el.textContent ?? '').length >= HIDDEN_CLASS_MIN_CHARS) return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

export const hidden: Stage = {
  name: 'hidden',
  phase: 'before',
  // Below the levels the copy screens (clone.ts), a revealed node is kept but keeps its style:
  // page wrappers hidden whole sit near the top.
  rule: { reason: 'hidden', maxChars: 0, match: isHidden },
};
