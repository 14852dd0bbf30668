import type { Stage } from '../types';
import { elementsBelow, isAttached, tagOf, textOf } from '../dom';

// Removing junk leaves its wrappers behind; empty boxes would show as stray gaps.
const MEDIA = 'img, picture, video, audio, iframe, svg, canvas, object, embed, math, table, hr, input';
const WRAPPERS = new Set([
  'DIV', 'SPAN', 'SECTION', 'P', 'FIGURE', 'FIGCAPTION', 'HEADER', 'FOOTER', 'ASIDE', 'UL', 'OL', 'LI', 'DL', 'DD',
  'DT', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'A', 'B', 'I', 'EM', 'STRONG', 'FORM', 'NAV', 'ARTICLE',
]);

export const emptyWrappers: Stage = {
  name: 'empty-wrappers',
  phase: 'after',
  run(ctx) {
    // Children before parents, so a wrapper of empty wrappers empties in one pass.
    for (const el of elementsBelow(ctx.root).reverse()) {
      if (!WRAPPERS.has(tagOf(el)) || !isAttached(el, ctx.root)) continue;
      if (el.closest('table')) continue;
      if (textOf(el) === '' && !el.querySelector(MEDIA) && !isMedia(el)) ctx.remove(el, 'empty');
    }
  },
};

function isMedia(el: Element): boolean {
  return el.matches(MEDIA);
}
