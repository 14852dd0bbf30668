import type { Stage } from '../types';
import { linkDensity, textOf } from '../dom';
import { proseBoxes } from '../main-prose';

// Boxes of links after the article. Readability climbs from the box of the story's paragraphs to
// an ancestor when the ancestor scores higher (a "story" class is enough), and then takes the
// ancestor's other children and its scored siblings too: the site's top stories, "more from this
// section", the page footer. Their headlines carry a line of summary each, so they are not
// link-dense enough for Readability's own cleaning. Where one box holds nearly all of the
// article's prose, what follows that box outside it and is mostly links is not the article.
// The article's own blocks sit beside its paragraphs, inside the box, and are not looked at.

/** The story's box holds at least this share of the article's prose... */
const DOMINANT_SHARE = 0.75;
/** ...in at least this many paragraphs of this much text. */
const MIN_PARAGRAPHS = 3;
const MIN_CHARS = 500;
/** A box of headlines and links: this share of its text is in links. */
const MIN_LINK_DENSITY = 0.3;
/** Anything near the story's own length is more than a box of links. */
const MAX_SHARE_OF_STORY = 0.5;

export const afterProse: Stage = {
  name: 'after-prose',
  phase: 'after',
  run(ctx) {
    const boxes = proseBoxes(ctx.blocks(), ctx.root);
    const story = boxes[0];
    if (!story || story.paragraphs < MIN_PARAGRAPHS || story.chars < MIN_CHARS) return;
    const total = boxes.reduce((sum, box) => sum + box.chars, 0);
    if (story.chars < total * DOMINANT_SHARE) return;
    for (let node: Element | null = story.box; node && node !== ctx.root; node = node.parentElement) {
      for (let sibling = node.nextElementSibling; sibling; ) {
        const next = sibling.nextElementSibling;
        if (isBoxOfLinks(sibling, story.chars)) ctx.remove(sibling, 'related');
        sibling = next;
      }
    }
  },
};

function isBoxOfLinks(el: Element, storyChars: number): boolean {
  const length = textOf(el).length;
  return length > 0 && length <= storyChars * MAX_SHARE_OF_STORY && linkDensity(el, length) >= MIN_LINK_DENSITY;
}
