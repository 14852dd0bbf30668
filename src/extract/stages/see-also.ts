import type { Stage } from '../types';
import { LINK_ELSEWHERE, linkDensity, tagOf, textOf } from '../dom';
import { RELATED_PHRASES } from './related';

// "See also:" / "Смотрите также:" as a heading inside the article, and after it the site's
// teasers to the end of the box: each a headline link with a summary and a "read more" link.
// Summaries are prose, so the list is not link-dense and passes for text; what gives it away is
// the heading, and that every item after it points elsewhere. A section that goes on in plain
// paragraphs (an article's own "Related research" with no links) stays.

/** The heading is the phrase alone, with a colon or an ellipsis at most. */
const HEADING_MAX_CHARS = 60;
const LABEL_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'P', 'DIV', 'STRONG', 'B', 'SPAN']);
const MIN_ITEMS = 2;
/** A teaser is short; a block longer than this is text of its own. */
const MAX_ITEM_CHARS = 1500;
/** A line of headlines: nearly all of its words are links. */
const LINKED_SHARE = 0.8;

export const seeAlso: Stage = {
  name: 'see-also',
  phase: 'after',
  run(ctx) {
    for (const label of Array.from(ctx.root.querySelectorAll('h2, h3, h4, h5, h6, p, strong, b'))) {
      if (!label.parentNode) continue;
      const text = textOf(label);
      if (isInlineTeaser(label, text)) {
        ctx.remove(label, 'related');
        continue;
      }
      if (!isLabel(label, text)) continue;
      // A label wrapped in <p><strong>: the run of items follows the outer block.
      const start = tagOf(label) === 'STRONG' || tagOf(label) === 'B' ? (label.parentElement && isLabel(label.parentElement, textOf(label.parentElement)) ? label.parentElement : label) : label;
      const items = teasersAfter(start);
      if (!items) continue;
      ctx.remove(start, 'related');
      for (const item of items) ctx.remove(item, 'related');
    }
  },
};

function isLabel(el: Element, fullText: string): boolean {
  if (!LABEL_TAGS.has(tagOf(el))) return false;
  const text = fullText.replace(/[\s:.…»>→-]+$/u, '');
  if (text.length === 0 || text.length > HEADING_MAX_CHARS || el.querySelector('a') !== null) return false;
  // The phrase ends on a word's end: "More in" is not "More information".
  const phrase = RELATED_PHRASES.exec(text)?.[0];
  return phrase !== undefined && !/[\p{L}\p{N}]/u.test(text.charAt(phrase.length));
}

/** "SEE MORE: Students under siege in university" — the label and a headline link, in one line. */
function isInlineTeaser(el: Element, text: string): boolean {
  const tag = tagOf(el);
  if (tag === 'STRONG' || tag === 'B') return false;
  const colon = text.search(/[:：]/);
  if (colon <= 0 || colon > HEADING_MAX_CHARS / 2 || text.length > HEADING_MAX_CHARS * 4) return false;
  const label = text.slice(0, colon).trim();
  const phrase = RELATED_PHRASES.exec(label)?.[0];
  if (phrase === undefined || phrase.length !== label.length) return false;
  const rest = text.slice(colon + 1).trim().length;
  // The label is not linked: the share is of what follows it.
  return rest > 0 && el.querySelector(LINK_ELSEWHERE) !== null && linkDensity(el, text.length) * text.length >= rest * LINKED_SHARE;
}

/**
 * The blocks from `start` to the end of its box, when each one with text links elsewhere; or, when
 * something else follows (the article going on after an inline "Read also", the next section's
 * heading), the run before it, if that run is a list of headlines: every item nearly all link.
 */
function teasersAfter(start: Element): Element[] | null {
  const run: Element[] = [];
  let teasers = 0;
  let allHeadlines = true;
  const endOfRun = () => (teasers >= MIN_ITEMS && allHeadlines ? run.slice(0, -1) : null);
  for (let next = start.nextElementSibling; next; next = next.nextElementSibling) {
    const text = textOf(next);
    run.push(next);
    if (!text && !next.querySelector('img, picture')) continue;
    if (/^H[1-6]$/.test(tagOf(next)) && !next.querySelector('a[href]')) return endOfRun();
    if (tagOf(next) === 'UL' || tagOf(next) === 'OL') {
      // A list of teasers: every item links elsewhere.
      for (const li of Array.from(next.children)) {
        const length = textOf(li).length;
        if (length === 0) continue;
        if (length > MAX_ITEM_CHARS || !li.querySelector(LINK_ELSEWHERE)) return null;
        if (linkDensity(li, length) < LINKED_SHARE) allHeadlines = false;
        teasers++;
      }
      continue;
    }
    if (text.length > MAX_ITEM_CHARS || !next.querySelector(LINK_ELSEWHERE)) return endOfRun();
    // One block of headline links, one per line, is as many teasers as it has links.
    const linked = linkDensity(next, text.length) >= LINKED_SHARE;
    if (!linked) allHeadlines = false;
    teasers += linked ? next.querySelectorAll(LINK_ELSEWHERE).length : 1;
  }
  return teasers >= MIN_ITEMS ? run : null;
}
