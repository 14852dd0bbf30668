import type { Stage } from '../types';
import { proseBoxes } from '../main-prose';
import { linkDensity, tagOf, textOf } from '../dom';
import { COMMENT_PHRASES } from './comments';
import { RELATED_PHRASES } from './related';

// An article built in a page builder's rows, a documentation page of sections, a feature page
// of blocks: the prose is spread over sibling sections, none of which holds most of it, and
// Readability, which takes one box and its direct siblings, returns one section. Before it runs,
// the box that holds nearly all the page's prose is found and a copy of it kept, every prose box
// in it marked with its share; after it, where Readability's choice holds too little of that
// prose, the article is the whole box instead (see `wholeArticle`).

const PROSE_MARK = 'data-cr-prose';
/** One box holding this share of the prose is the article: Readability finds it. */
const ONE_BOX_SHARE = 0.6;
/** The box that holds the article holds this share of all prose. */
const ROOT_SHARE = 0.8;
/** The share of the box's text that its prose boxes hold, at least. */
const PROSE_SHARE_OF_BOX = 0.5;
/** A box of sections to gather holds this much prose, at least, under this many headings. */
const MIN_BOX_CHARS = 4000;
/**
 * An undated page (a service or feature page, a guide) may be a smaller box of short entries; it
 * is gathered only as entries (see `wholeArticle`), never as a story's sections.
 */
const ENTRIES_MIN_BOX_CHARS = 2000;
const MIN_HEADINGS = 3;
const MIN_POSTS = 3;
/** Or many replies of a paragraph each. */
const MIN_REPLIES = 8;
/** Readability's choice is taken when it holds this share of the root's prose. */
const ENOUGH_SHARE = 0.65;
/** Sections of several paragraphs left out by Readability, at least. */
const MIN_MORE_SECTIONS = 2;
/**
 * A dated story with its comments and the next stories below is sections too: there Readability's
 * choice is overruled only when it holds a small part of the box, beside many more sections (a
 * feature laid out in a page builder's rows).
 */
const DATED_ENOUGH_SHARE = 0.35;
const DATED_MIN_MORE_SECTIONS = 3;
/** Or, on an undated page, one-paragraph entries left out by Readability, at least. */
const MIN_MORE_ENTRIES = 8;
/** Fewer will do where Readability's choice holds less than half of the box's prose. */
const FEWER_MORE_ENTRIES = 5;
const SMALL_CHOICE_SHARE = 0.5;
/** Readability's choice outside the box, at most this share of the box's prose, is not the article. */
const BESIDE_MAX_SHARE = 0.2;
/** A box of entries: of its prose boxes, at most this share have several paragraphs. */
const ENTRIES_MAX_SECTION_SHARE = 0.2;
/** Between sections, a block mostly of links is navigation. */
const MAX_LINK_DENSITY = 0.5;
/** A heading or label, not a paragraph that mentions comments. */
const MARKER_MAX_CHARS = 40;

interface Spread {
  copy: Element;
  chars: number;
  dated: boolean;
}
/** Kept by the root the stage ran on, until the pipeline asks after Readability. */
const spreads = new WeakMap<Element, Spread>();

export const sections: Stage = {
  name: 'sections',
  phase: 'before',
  run(ctx) {
    const boxes = proseBoxes(ctx.blocks(), ctx.root);
    const total = boxes.reduce((sum, box) => sum + box.chars, 0);
    const minChars = ctx.meta.publishedTime === null ? ENTRIES_MIN_BOX_CHARS : MIN_BOX_CHARS;
    if (boxes.length < 2 || total < minChars || boxes[0]!.chars >= total * ONE_BOX_SHARE) return;
    const under = new Map<Element, number>();
    for (const { box, chars } of boxes) {
      for (let el: Element | null = box; el && el !== ctx.root; el = el.parentElement) under.set(el, (under.get(el) ?? 0) + chars);
    }
    // The smallest box that still holds nearly all of it.
    let root: Element | null = null;
    let rootChars = Infinity;
    for (const [el, chars] of under) {
      if (chars >= total * ROOT_SHARE && chars < rootChars) [root, rootChars] = [el, chars];
    }
    // Sections have titles, and there is enough of them to be a document; a short story beside
    // a few teasers is neither. Asked here, before anything is copied.
    if (!root || rootChars < minChars) return;
    // Or, without titles, a thread: several posts of several paragraphs each.
    const inRoot = boxes.filter(({ box }) => root!.contains(box));
    const posts = inRoot.filter(({ paragraphs }) => paragraphs >= 2).length;
    // Only where the page says it is a thread: a page of several stories has posts of several
    // paragraphs too, and a story's replies are its comments, not more of it.
    const thread = ctx.meta.discussion && (posts >= MIN_POSTS || inRoot.length >= MIN_REPLIES);
    if (root.querySelectorAll('h2, h3, h4').length < MIN_HEADINGS && !thread) return;
    // A box of sections is mostly their prose; a page's wrapper, with its menus, columns and
    // widgets around one story, is not.
    if (rootChars < textOf(root).length * PROSE_SHARE_OF_BOX) return;
    // Each mark says how much prose its box holds, in how many paragraphs: what Readability keeps
    // of the page can then be measured against the box.
    for (const { box, chars, paragraphs } of boxes) {
      if (root.contains(box)) box.setAttribute(PROSE_MARK, `${chars} ${paragraphs}`);
    }
    spreads.set(ctx.root, { copy: root.cloneNode(true) as Element, chars: rootChars, dated: ctx.meta.publishedTime !== null });
  },
};

/**
 * After Readability: its content, or the whole box of sections where its content holds too little
 * of their prose. The marks go either way.
 */
export function wholeArticle(root: Element, content: Element): Element {
  const spread = spreads.get(root);
  spreads.delete(root);
  let chosen = content;
  if (spread) {
    const chosenMarks = marks(content);
    const covered = chosenMarks.reduce((sum, [chars]) => sum + chars, 0);
    // Sections are boxes of several paragraphs, more of them than Readability took; a story with
    // a footer and a comment or two beside it is not.
    const sectionsIn = (list: Array<[number, number]>) => list.filter(([, paragraphs]) => paragraphs >= 2).length;
    const allMarks = marks(spread.copy);
    // Readability may also have taken a few lines beside a box of short entries (an intro above a
    // guide's list of places): when what it took is a small fraction of the box, the box is the
    // article, dated or not. A story above a thread of replies, or beside the site's pages of
    // small print, has a box of many-paragraph sections beside it, and stays.
    const allSections = sectionsIn(allMarks);
    const beside =
      covered === 0 && allSections <= allMarks.length * ENTRIES_MAX_SECTION_SHARE && textOf(content).length < spread.chars * BESIDE_MAX_SHARE;
    // Or, on a page that is no dated story (or beside such a box), many more entries of a paragraph
    // each (a reference page of options, a guide of short entries under headings) where
    // Readability's choice is such entries too: a story of several paragraphs above one-paragraph
    // comments stays as it is.
    const chosenSections = sectionsIn(chosenMarks);
    const smallChoice = covered < spread.chars * SMALL_CHOICE_SHARE;
    const moreEntries =
      (!spread.dated || beside) && chosenSections === 0 && allMarks.length - chosenMarks.length >= (smallChoice ? FEWER_MORE_ENTRIES : MIN_MORE_ENTRIES);
    // In a small box (a short story and a few others beside it, or a feature page's blurbs) only
    // entries count, and only where Readability took less than half of them.
    const more =
      spread.chars < MIN_BOX_CHARS
        ? smallChoice && moreEntries
        : allSections - chosenSections >= (spread.dated ? DATED_MIN_MORE_SECTIONS : MIN_MORE_SECTIONS) || moreEntries;
    if (more && (covered > 0 || beside) && covered < spread.chars * (spread.dated ? DATED_ENOUGH_SHARE : ENOUGH_SHARE)) {
      chosen = content.ownerDocument.createElement('div');
      chosen.append(spread.copy);
      cutAtThreadOrList(spread.copy);
      pruneBetweenSections(spread.copy);
    }
  }
  for (const box of Array.from(chosen.querySelectorAll(`[${PROSE_MARK}]`))) box.removeAttribute(PROSE_MARK);
  return chosen;
}

/**
 * Sections end where the comments or the "related" list begin: a heading that says so, and all
 * that follows it, go.
 */
function cutAtThreadOrList(box: Element): void {
  const marker = Array.from(box.querySelectorAll('h2, h3, h4, h5, h6')).find((el) => {
    const text = textOf(el);
    return text.length > 0 && text.length <= MARKER_MAX_CHARS && (COMMENT_PHRASES.test(text) || RELATED_PHRASES.test(text));
  });
  if (!marker) return;
  for (let node: Element | null = marker; node && node !== box; node = node.parentElement) {
    while (node.nextSibling) node.nextSibling.remove();
  }
  marker.remove();
}

/**
 * What lies between the sections and holds none of their prose: a menu, a form, a row of links,
 * a button goes (Readability would have dropped it); headings, lists, tables, pictures stay.
 */
function pruneBetweenSections(el: Element): void {
  for (const child of Array.from(el.children)) {
    if (child.querySelector(`[${PROSE_MARK}]`) || child.hasAttribute(PROSE_MARK)) {
      pruneBetweenSections(child);
      continue;
    }
    const text = textOf(child);
    const controls = /^(?:FORM|BUTTON|INPUT|SELECT|TEXTAREA|NAV|ASIDE|IFRAME)$/.test(tagOf(child)) || child.querySelector('form, button, input, select, textarea') !== null;
    const linkList = text.length > 0 && linkDensity(child, text.length) > MAX_LINK_DENSITY;
    const empty = text.length === 0 && !child.querySelector('img, picture, video, figure, table');
    if (controls || linkList || empty) child.remove();
  }
}

function marks(root: Element): Array<[number, number]> {
  return Array.from(root.querySelectorAll(`[${PROSE_MARK}]`), (box) => {
    const [chars, paragraphs] = (box.getAttribute(PROSE_MARK) ?? '').split(' ');
    return [Number(chars) || 0, Number(paragraphs) || 0];
  });
}
