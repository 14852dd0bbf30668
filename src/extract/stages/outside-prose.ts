import type { Stage } from '../types';
import { countVisible, paragraphIndex, type ArticleTest } from '../page-index';
import { tagOf } from '../dom';
import { isHidden } from './hidden';
import { isPageChrome } from './page-chrome';

// What stands beside the part of the page that holds its prose: side columns, rails of other
// stories, mastheads and footers not tagged as such. That part is the smallest box holding nearly
// all of the page's paragraph text, with no real paragraph beside it, widened by two levels (so
// that the headline, the lead picture and the standfirst come with it) and to the <article> it
// stands in. A box beside it that holds the headline stays too. Readability would score every node
// out there only to drop it, and every stage would read it first: leaving it out makes both
// cheaper, and takes away boxes of headlines that could outscore a short story.
// Pages whose text is not in paragraphs (forums of <div>s, old pages of table cells) have no such
// part and are read whole. Hidden paragraphs (tabs of teasers, copies for other screens) do not
// count.

/** Nearly all: a caption or a teaser's line beside the story's box does not keep it from being so. */
const PROSE_SHARE = 0.9;
const MIN_PROSE_CHARS = 500;
/** A paragraph of this much text beside the prose is no teaser, caption or footer line. */
const SIDE_PROSE_CHARS = 200;
const SIDE_PROSE_SHARE = 0.04;
const MARGIN_LEVELS = 2;
const TABLE_PARTS = new Set(['TBODY', 'THEAD', 'TFOOT', 'TR']);
/**
 * Paragraphs must hold this share of the page's text: where most of it is elsewhere (an old page
 * whose story is loose text in a table cell, its side column in paragraphs), they say nothing.
 */
const PAGE_TEXT_SHARE = 0.2;
const HOLDER_TEXT_SHARE = 0.5;

/**
 * Text as the page holds it, white space and all: counting what a reader sees would cost a pass
 * over every character, more than leaving the rest out saves.
 */
function rawTextChars(root: Element): number {
  let chars = root.textContent?.length ?? 0;
  for (const tag of ['script', 'style']) {
    const code = root.getElementsByTagName(tag);
    for (let i = 0; i < code.length; i++) chars -= code[i]!.textContent?.length ?? 0;
  }
  return chars;
}

export interface ProseRegion {
  /** The box kept whole. */
  box: Element;
  /** The boxes above it, up to the root: only their way down to `box` is kept. */
  path: ReadonlySet<Element>;
  /** Boxes holding the headline, kept wherever they are. */
  headlines: ReadonlySet<Element>;
}

export function proseRegion(root: Element, index: ArticleTest = paragraphIndex(root, isHidden)): ProseRegion | null {
  const total = index.shownProseChars;
  if (total < MIN_PROSE_CHARS || total < PAGE_TEXT_SHARE * rawTextChars(root)) return null;
  let box = root;
  for (let deeper: Element | null = box; deeper; ) {
    box = deeper;
    deeper = null;
    let beside = false;
    for (let child = box.firstElementChild; child; child = child.nextElementSibling) {
      const chars = index.shownParagraphChars(child);
      if (chars >= total * PROSE_SHARE) deeper = child;
      else beside ||= chars >= (deeper ? Math.max(SIDE_PROSE_CHARS, SIDE_PROSE_SHARE * total) : SIDE_PROSE_CHARS) && !isPageChrome(child, index);
    }
    // Real prose beside the way down is part of it: go no deeper. Above the prose that is a
    // thread's question over its replies, a standfirst over the story's box, however short;
    // below it, a side column's blurb is not, a part of the story cut off by an advert is.
    // The page's frame never is.
    if (beside) deeper = null;
  }
  // The box of the prose is made of paragraphs; one whose text is mostly loose (a table cell of
  // text with a paragraph or two in it) says its paragraphs are not where the story is.
  if (index.shownParagraphChars(box) < HOLDER_TEXT_SHARE * countVisible(box.textContent ?? '')) return null;
  // A table's rows and bodies are one box to the eye: they do not count as levels. Near the top
  // the margin is what is left: the page's own frame still goes.
  for (let level = 0; level < MARGIN_LEVELS && box !== root && box.parentElement && box.parentElement !== root; ) {
    box = box.parentElement;
    if (!TABLE_PARTS.has(tagOf(box))) level++;
  }
  const article = box.closest('article');
  if (article && root.contains(article)) box = article;
  if (box === root) return null;
  const path = new Set<Element>();
  for (let above = box.parentElement; above; above = above.parentElement) {
    path.add(above);
    if (above === root) break;
  }
  return { box, path, headlines: headlineBoxes(root) };
}

/** Boxes holding an <h1>: the headline, set apart from the story in a box of its own. */
function headlineBoxes(root: Element): Set<Element> {
  const boxes = new Set<Element>();
  const headings = root.getElementsByTagName('h1');
  for (let i = 0; i < headings.length; i++) {
    for (let above: Element | null = headings[i]!; above && above !== root && !boxes.has(above); above = above.parentElement) boxes.add(above);
  }
  return boxes;
}

/** True for an element the region leaves out: a child of a box on the way down, off that way. */
export function besideProse(el: Element, parent: Element, region: ProseRegion): boolean {
  return region.path.has(parent) && el !== region.box && !region.path.has(el) && !region.headlines.has(el);
}

export const outsideProse: Stage = {
  name: 'outside-prose',
  phase: 'before',
  // Usually done while the page is copied (clone.ts); this runs when the copy was not screened.
  run(ctx) {
    const region = proseRegion(ctx.root);
    if (!region) return;
    for (const above of region.path) {
      const beside = Array.from(above.children).filter((child) => besideProse(child, above, region));
      for (const child of beside) ctx.remove(child, 'navigation');
    }
  },
};
