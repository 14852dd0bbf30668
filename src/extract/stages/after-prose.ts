import type { Stage } from '../types';
import type { TextBlock } from '../blocks';
import { LINK_ELSEWHERE, linkDensity, textOf } from '../dom';
import { MIN_HEADLINE_CHARS, opensWithHeadline } from './teaser-lists';
import { proseBoxes } from '../main-prose';
import { weightedLength } from '../article-check';

// Boxes of links after the article. Readability climbs from the box of the story's paragraphs to
// an ancestor when the ancestor scores higher (a "story" class is enough), and then takes the
// ancestor's other children and its scored siblings too: the site's top stories, "more from this
// section", the page footer. Their headlines carry a line of summary each, so they are not
// link-dense enough for Readability's own cleaning: such a box is known by opening on a headline. Where one box holds nearly all of the
// article's prose, what follows that box outside it and is mostly links is not the article.
// The article's own blocks sit beside its paragraphs, inside the box, and are not looked at.

/** The story's box holds at least this share of the prose that is not in such boxes... */
const DOMINANT_SHARE = 0.6;
/** ...in at least this many paragraphs of this much text. */
const MIN_PARAGRAPHS = 2;
const MIN_CHARS = 500;
/** A box of headlines and links: this share of its text is in links. */
const MIN_LINK_DENSITY = 0.3;
const ALL_LINKS = 0.6;
/** A box of links half the story's length is more than links; of headlines, the story's length. */
const MAX_SHARE_OF_STORY = 0.5;
const MAX_HEADLINE_CHARS = 150;
const MIN_TEASERS = 2;
/** A headline and a few lines of summary. */
const MAX_TEASER_CHARS = 500;

export const afterProse: Stage = {
  name: 'after-prose',
  phase: 'after',
  run(ctx) {
    const blocks = ctx.blocks();
    const boxes = proseBoxes(blocks, ctx.root);
    const story = boxes[0];
    if (!story || (story.paragraphs < MIN_PARAGRAPHS && !brokenIntoLines(blocks, story.box)) || weightedLength(textOf(story.box)) < MIN_CHARS) return;
    const found: Element[] = [];
    for (let node: Element | null = story.box; node && node !== ctx.root; node = node.parentElement) {
      for (let sibling = node.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
        if (isBoxOfLinks(sibling, story.chars)) found.push(sibling);
      }
    }
    // The summaries under the headlines are prose too: the story must hold most of the rest, and
    // outweigh them (a listicle's sections under linked titles are more than summaries).
    let summaries = 0;
    let rest = 0;
    for (const box of boxes) {
      if (found.some((el) => el.contains(box.box))) summaries += box.chars;
      else rest += box.chars;
    }
    if (found.length === 0 || story.chars < rest * DOMINANT_SHARE || summaries > story.chars) return;
    for (const el of found) ctx.remove(el, 'related');
  },
};

/** Old pages set a story's paragraphs apart with <br>s in one block. */
function brokenIntoLines(blocks: readonly TextBlock[], box: Element): boolean {
  return blocks.some((block) => block.lines >= MIN_PARAGRAPHS && box.contains(block.el));
}

function isBoxOfLinks(el: Element, storyChars: number): boolean {
  const text = textOf(el);
  if (text.length === 0) return false;
  const density = linkDensity(el, text.length);
  // Nearly all links: a menu or a column of headlines, however long.
  if (density >= ALL_LINKS) return true;
  if (text.length > storyChars) return false;
  return (density >= MIN_LINK_DENSITY && text.length <= storyChars * MAX_SHARE_OF_STORY) || isBoxOfTeasers(el, text);
}

/**
 * Headlines with a summary each ("Тема", "Multimedia") are mostly summary, not links: the box
 * opens with a headline link, and another follows.
 */
function isBoxOfTeasers(el: Element, text: string): boolean {
  const headlines = Array.from(el.querySelectorAll(LINK_ELSEWHERE))
    .map((link) => textOf(link))
    .filter((headline) => headline.length >= MIN_HEADLINE_CHARS && headline.length <= MAX_HEADLINE_CHARS);
  return headlines.length >= MIN_TEASERS && text.length <= headlines.length * MAX_TEASER_CHARS && opensWithHeadline(text, headlines[0]!);
}
