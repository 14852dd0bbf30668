import type { Stage, StageContext } from '../types';
import { normalizeKey } from '../blocks';
import { elementsBelow, isAttached, tagOf, textOf } from '../dom';
import { pageIndex } from '../page-index';

// The reader shows the title, byline and date above the article; the page's own title heading,
// "© Agency" byline line and date line inside the body then read twice.
const BYLINE_PREFIX = /^(?:©|\(c\)|by|автор|текст|author|written by|джерело|источник)\s*:?\s*/i;
const DATE_LIKE = /\d/;
const MAX_DATE_LINE_CHARS = 80;

export const repeatedMetadata: Stage = {
  name: 'repeated-metadata',
  phase: 'after',
  run(ctx) {
    const { title, byline } = ctx.meta;
    const titleKey = title ? normalizeKey(title) : null;
    const bylineKey = byline ? normalizeKey(byline.replace(BYLINE_PREFIX, '')) : null;
    const index = pageIndex(ctx.root);
    for (const el of elementsBelow(ctx.root)) {
      // Bylines, datelines and title headings are short; long blocks are left unread.
      if (index.textLength(el) > 200 || !isAttached(el, ctx.root)) continue;
      const tag = tagOf(el);
      if (tag === 'TIME') {
        removeDateLine(el, ctx);
        continue;
      }
      if (/^H[1-3]$/.test(tag) && titleKey && normalizeKey(textOf(el)) === titleKey) {
        ctx.remove(el, 'repeated-metadata');
        continue;
      }
      if (!bylineKey || el.children.length > 2) continue;
      const text = textOf(el);
      if (text.length > 0 && text.length <= 120 && normalizeKey(text.replace(BYLINE_PREFIX, '')) === bylineKey) {
        ctx.remove(el, 'repeated-metadata');
      }
    }
  },
};

/** A <time> on a short line of its own is the dateline; inside a sentence it is prose. */
function removeDateLine(time: Element, ctx: StageContext): void {
  const text = textOf(time);
  if (!DATE_LIKE.test(text)) return;
  const line = time.parentElement;
  if (!line || line === ctx.root) return;
  const lineText = textOf(line);
  if (lineText.length > MAX_DATE_LINE_CHARS) return;
  const rest = normalizeKey(lineText.replace(text, ''));
  // Only the date (and perhaps "Published", "Updated") is on that line; otherwise the date is
  // part of a sentence and stays.
  if (rest.split(' ').filter(Boolean).length <= 3) ctx.remove(line, 'repeated-metadata');
}
