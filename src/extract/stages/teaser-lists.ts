import type { Stage } from '../types';
import { LINK_ELSEWHERE, hasText, tagOf, textOf } from '../dom';
import { proseBoxes } from '../main-prose';

// A box of the site's other stories beside a short article: "Top news", "Главное", each item a
// headline link with a line or two of summary. Twenty summaries hold more prose than a story of
// three paragraphs, and Readability, which adds up the prose under each box, takes the list.
// On an article page (a publication date, or the prose inside an <article>) a run of like items
// that each lead with a link to another page is that list, whatever it is called; it goes when
// the article's own paragraphs stand apart from it. Product grids and link lists on pages that
// are not articles are left to the page's own reading.

const MIN_ITEMS = 3;
/** Items of one kind make most of the box. */
const MIN_ITEM_SHARE = 0.6;
const MAX_ITEM_CHARS = 700;
/** Under a headline shorter than MIN_HEADLINE_CHARS, a teaser's summary is a line or two; a post says more. */
const MAX_SUMMARY_UNDER_SHORT_HEADLINE = 200;
/** A headline, not a "more" link or an icon. */
export const MIN_HEADLINE_CHARS = 15;
/** The article: a box of at least two paragraphs holding this much prose. */
const MIN_ARTICLE_CHARS = 250;

export const teaserLists: Stage = {
  name: 'teaser-lists',
  phase: 'before',
  run(ctx) {
    const article = proseBoxes(ctx.blocks(), ctx.root).find((box) => box.paragraphs >= 2);
    if (!article || article.chars < MIN_ARTICLE_CHARS) return;
    const onArticlePage = ctx.meta.publishedTime !== null || article.box.closest('article, [itemprop="articleBody"]') !== null;
    if (!onArticlePage) return;
    for (const list of Array.from(ctx.root.querySelectorAll('ul, ol, div, section'))) {
      if (list.childElementCount < MIN_ITEMS || !ctx.root.contains(list) || list.contains(article.box) || article.box.contains(list)) continue;
      // A list inside a list's item is that item's own points ("In progress: bug 1…, bug 2…").
      if (list.parentElement?.closest('li')) continue;
      if (isTeaserList(list)) ctx.remove(list, 'related');
    }
  },
};

function isTeaserList(list: Element): boolean {
  const children = Array.from(list.children);
  if (children.length < MIN_ITEMS) return false;
  // Items of one kind first (cheap: names only), their text only then.
  const kinds = new Map<string, Element[]>();
  for (const child of children) {
    const kind = `${tagOf(child)} ${child.getAttribute('class') ?? ''}`;
    const same = kinds.get(kind);
    if (same) same.push(child);
    else kinds.set(kind, [child]);
  }
  const largest = Math.max(...Array.from(kinds.values(), (items) => items.length));
  if (largest < MIN_ITEMS) return false;
  // Spacers between the items (empty boxes that clear floats, a pixel image) are not items:
  // they are left out of the count only where the items fall short of it with them in.
  const count = largest >= neededOf(children.length) ? children.length : children.filter(hasText).length;
  const needed = neededOf(count);
  for (const items of kinds.values()) {
    if (items.length >= needed && countsAtLeast(items, isTeaser, needed)) return true;
  }
  return false;
}

const neededOf = (items: number) => Math.max(MIN_ITEMS, Math.ceil(items * MIN_ITEM_SHARE));

/** Whether at least `needed` of `items` pass `test`; stops as soon as the answer is known. */
function countsAtLeast<T>(items: readonly T[], test: (item: T) => boolean, needed: number): boolean {
  let passed = 0;
  let failed = 0;
  for (const item of items) {
    if (test(item)) passed++;
    else failed++;
    if (passed >= needed) return true;
    if (failed > items.length - needed) return false;
  }
  return false;
}

/** An item that leads with a headline link to another page, with a short summary at most. */
function isTeaser(item: Element): boolean {
  // The link first: it is found natively, and most items without one are not read at all. A
  // picture's link often comes first; the headline is the first link with words.
  const links = item.querySelectorAll(LINK_ELSEWHERE);
  if (links.length === 0) return false;
  const text = textOf(item);
  if (text.length === 0 || text.length > MAX_ITEM_CHARS) return false;
  for (const link of Array.from(links)) {
    const words = textOf(link);
    if (!words) continue;
    // A link set as a heading is a headline however short ("The Iron Lady"), when a line of
    // summary follows it: a row of tags set as headings has none, a post under its author's
    // name says more.
    if (words.length < MIN_HEADLINE_CHARS && link.closest('h2, h3, h4, h5, h6')) {
      const summary = text.length - words.length;
      return text.startsWith(words) && summary >= MIN_HEADLINE_CHARS && summary <= MAX_SUMMARY_UNDER_SHORT_HEADLINE;
    }
    return opensWithHeadline(text, words);
  }
  return false;
}

/** The text starts with the headline, and it is a headline: not a "more" link or an icon. */
export function opensWithHeadline(text: string, headline: string): boolean {
  return headline.length >= MIN_HEADLINE_CHARS && text.startsWith(headline.slice(0, MIN_HEADLINE_CHARS));
}
