import type { Stage } from '../types';
import { textOf } from '../dom';

// The post's tags and categories as links that say so themselves (`rel="tag"`, the microformat
// blog engines print: "Health · Australia", "Posted in News | Tagged x, y"). Each goes to a list
// of other posts; none is the text. Only a box that holds nothing but such links (and a label of
// a few words) goes: a paragraph that links one of its words to a tag page stays.

/** "Tags:", "Posted in … | Tagged": what a tag box says besides its links (and a separator each). */
const MAX_LABEL_CHARS = 20;
/** One link is a line's word ("Posted in News"); a box of tags lists several. */
const MIN_TAGS = 2;

export const tagLists: Stage = {
  name: 'tag-lists',
  phase: 'after',
  run(ctx) {
    const links = Array.from(ctx.root.querySelectorAll('a[rel~="tag"]'));
    const tagLinks = new Set(links);
    for (const link of links) {
      if (!ctx.root.contains(link)) continue;
      let box: Element | null = null;
      // Up from the link while the box holds tags alone: the outermost such box goes.
      for (let up = link.parentElement; up && up !== ctx.root; up = up.parentElement) {
        const tags = tagsHeld(up, tagLinks);
        if (tags === 0) break;
        if (tags >= MIN_TAGS) box = up;
      }
      if (box) ctx.remove(box, 'related');
    }
  },
};

/** How many tag links the box holds, when it holds nothing else; 0 when it does. */
function tagsHeld(box: Element, tagLinks: ReadonlySet<Element>): number {
  const links = box.querySelectorAll('a');
  let linked = 0;
  for (const link of Array.from(links)) {
    if (!tagLinks.has(link)) return 0;
    linked += textOf(link).length;
  }
  return textOf(box).length - linked <= MAX_LABEL_CHARS + links.length ? links.length : 0;
}
