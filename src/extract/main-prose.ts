// Where the page's prose is: the boxes whose own paragraphs hold connected text, with how much.
// Stages that must not mistake the article for something else (its names, a list beside it)
// ask this first. Options lists and form labels are long but are no prose.

import type { TextBlock } from './blocks';
import { isAttached, isInside, linkDensity, tagOf } from './dom';

/** A block of connected prose: a sentence or more, not a link. */
const PROSE_MIN_CHARS = 80;
const PROSE_MAX_LINK_DENSITY = 0.25;
const FORM_CONTROLS = new Set(['SELECT', 'OPTION', 'OPTGROUP', 'DATALIST', 'TEXTAREA', 'BUTTON']);
const FORM_CONTROL_SELECTOR = 'select, datalist, textarea, button';

export interface ProseBox {
  box: Element;
  chars: number;
  paragraphs: number;
}

/** Boxes of prose paragraphs (by their parent), most prose first. */
export function proseBoxes(blocks: readonly TextBlock[], root: Element): ProseBox[] {
  const byBox = new Map<Element, ProseBox>();
  for (const block of blocks) {
    const box = block.el.parentElement;
    if (!box || block.text.length < PROSE_MIN_CHARS || !isAttached(block.el, root)) continue;
    if (linkDensity(block.el, block.text.length) > PROSE_MAX_LINK_DENSITY) continue;
    if (FORM_CONTROLS.has(tagOf(block.el)) || isInside(block.el, FORM_CONTROLS, root) || block.el.querySelector(FORM_CONTROL_SELECTOR)) continue;
    const entry = byBox.get(box) ?? { box, chars: 0, paragraphs: 0 };
    entry.chars += block.text.length;
    entry.paragraphs++;
    byBox.set(box, entry);
  }
  return [...byBox.values()].sort((a, b) => b.chars - a.chars);
}
