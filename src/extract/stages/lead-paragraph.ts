import type { Stage } from '../types';
import type { TextBlock } from '../blocks';
import { MAIN_BOX_LEAD, proseBoxes } from '../main-prose';
import { BLOCK_TAGS, collapse, hasText, linkDensity, namesOf, tagOf, textOf } from '../dom';
import { PROMO_PHRASES } from './promos';

// The standfirst set in a box of its own just above the story's paragraphs ("div.head", "lead"):
// Readability takes the box of the paragraphs and only <p> siblings of it, so the story loses its
// first paragraph. Where the text right before the box of the most prose (past empty boxes, up a
// few levels) is one block of sentences, it is moved to the start of that box: the same place in
// the reading order, inside what Readability will take.
const MIN_LEAD_CHARS = 80;
const MAX_LEAD_CHARS = 700;
const MAX_LEAD_LINK_DENSITY = 0.2;
const ENDS_AS_SENTENCE = /[.!?…。！？"”»)]\s*$/;
const MAX_LEVELS = 3;
/** A picture's caption, a pull quote, a teaser or the byline box are not the story's first paragraph; nor is the site's pitch. */
const NOT_LEAD_NAMES = /caption|credit|quote|teaser|promo|byline|author|meta|date/;

function isLead(el: Element): boolean {
  const text = textOf(el);
  if (text.length < MIN_LEAD_CHARS || text.length > MAX_LEAD_CHARS || !ENDS_AS_SENTENCE.test(text) || PROMO_PHRASES.test(text)) return false;
  if (NOT_LEAD_NAMES.test(namesOf(el)) || /^(?:H[1-6]|FIGCAPTION|BLOCKQUOTE)$/.test(tagOf(el)) || el.querySelector('h1, h2, h3, h4, h5, h6, ul, ol, table, form, img, figure')) return false;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (BLOCK_TAGS.has(tagOf(child)) && tagOf(child) !== 'P') return false;
  return linkDensity(el, text.length) <= MAX_LEAD_LINK_DENSITY;
}

export const leadParagraph: Stage = {
  name: 'lead-paragraph',
  phase: 'before',
  run(ctx) {
    const blocks = ctx.blocks();
    const [story, next] = proseBoxes(blocks, ctx.root);
    if (!story || (next && story.chars < next.chars * MAIN_BOX_LEAD)) return;
    const declared = LISTS.has(tagOf(story.box)) ? null : declaredLead(blocks, ctx.meta.excerpt, story.box);
    const lead = declared ?? leadBefore(story.box, ctx.root);
    // A lead the story repeats as its first paragraph is a copy, for dedupe to take.
    if (lead && !textOf(story.box).includes(textOf(lead))) story.box.prepend(lead);
  },
};

/** The first block with text right before the story's box, or a few levels up: the lead if it reads as one. */
function leadBefore(storyBox: Element, root: Element): Element | null {
  let node: Element | null = storyBox;
  for (let level = 0; node && node !== root && level < MAX_LEVELS; level++, node = node.parentElement) {
    let before = node.previousElementSibling;
    while (before && !hasText(before)) before = before.previousElementSibling;
    if (before) return isLead(before) ? before : null;
  }
  return null;
}

/** The most prose in a list is a feed of other stories or a thread, not the story the lead opens. */
const LISTS = new Set(['UL', 'OL', 'DL']);
/** A standfirst and its story sit in one article's box: a few levels up from the story, not the page. */
const MAX_LEVELS_TO_ARTICLE = 6;
const TRUNCATED = /\s*(?:\.\.\.|…)$/;

/**
 * The standfirst the page also gives as its description, set anywhere above the story (under the
 * headline's picture, in the header's box): its words say what it is, wherever it stands. A
 * description shortened with "…" matches the start of the block.
 */
function declaredLead(blocks: readonly TextBlock[], description: string | null, story: Element): Element | null {
  if (!description) return null;
  const truncated = TRUNCATED.test(description);
  const words = collapse(description).replace(TRUNCATED, '');
  if (words.length < MIN_LEAD_CHARS) return null;
  // Blocks come in reading order: the story's first block ends the search.
  for (const { el, text } of blocks) {
    if (story.contains(el)) return null;
    if (!(truncated ? text.startsWith(words) : text === words)) continue;
    // Loose text of a box that also holds the story (`mixed`) cannot move into it.
    return text.length <= MAX_LEAD_CHARS && (tagOf(el) === 'P' || tagOf(el) === 'DIV') && !el.contains(story) && sharesArticle(el, story) ? el : null;
  }
  return null;
}

function sharesArticle(lead: Element, story: Element): boolean {
  let box: Element | null = story.parentElement;
  for (let level = 1; box && level <= MAX_LEVELS_TO_ARTICLE; level++, box = box.parentElement) if (box.contains(lead)) return true;
  return false;
}
