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

/** The box of the most prose is the story when it holds this many times the prose of the next box. */
export const MAIN_BOX_LEAD = 1.5;

export interface ProseBox {
  box: Element;
  chars: number;
  paragraphs: number;
}

// Several stages ask in one phase; a block's text does not change while it stays in the tree.
const proseCache = new WeakMap<TextBlock, boolean>();

function isProse(block: TextBlock, root: Element): boolean {
  let prose = proseCache.get(block);
  if (prose === undefined) {
    prose =
      block.text.length >= PROSE_MIN_CHARS &&
      linkDensity(block.el, block.text.length) <= PROSE_MAX_LINK_DENSITY &&
      !FORM_CONTROLS.has(tagOf(block.el)) &&
      !isInside(block.el, FORM_CONTROLS, root) &&
      !block.el.querySelector(FORM_CONTROL_SELECTOR);
    proseCache.set(block, prose);
  }
  return prose;
}

/** Boxes of prose paragraphs (by their parent), most prose first. */
export function proseBoxes(blocks: readonly TextBlock[], root: Element): ProseBox[] {
  const byBox = new Map<Element, ProseBox>();
  for (const block of blocks) {
    const box = boxOf(block.el, root);
    if (!box || !isAttached(block.el, root) || !isProse(block, root)) continue;
    const entry = byBox.get(box) ?? { box, chars: 0, paragraphs: 0 };
    entry.chars += block.text.length;
    entry.paragraphs++;
    byBox.set(box, entry);
  }
  return [...byBox.values()].sort((a, b) => b.chars - a.chars);
}

const HEADING = /^H[1-6]$/;

/**
 * A paragraph's box: its parent, or past a wrapper of it alone (a generator's `<div
 * class="paragraph">` around each `<p>`) where that wrapper stands among other blocks. A wrapper
 * under a heading of its own is an entry ("Option 3" and its paragraph), a box of its own.
 */
function boxOf(el: Element, root: Element): Element | null {
  // A single child, asked without counting children: linkedom lists them all to count them.
  let box = el.parentElement;
  while (box && box !== root && box.firstElementChild?.nextElementSibling === null && box.parentElement && !hasHeadingBeside(box)) box = box.parentElement;
  return box;
}

function hasHeadingBeside(el: Element): boolean {
  for (let sibling = el.parentElement!.firstElementChild; sibling; sibling = sibling.nextElementSibling) {
    if (sibling !== el && HEADING.test(tagOf(sibling))) return true;
  }
  return false;
}
