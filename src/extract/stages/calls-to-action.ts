import type { Stage } from '../types';
import type { PageIndex } from '../page-index';
import { tagOf, textOf } from '../dom';

// The site's pitch set in the middle or at the end of a text: a small box of a heading, a line
// or two, and one button ("Book a demo", "Get started", "Check it out") or a sign-up form. Its
// words are the site's own and say anything, so it is told by its shape: a box that is nothing
// but a heading and an action. Shape alone would also take a grid of cards (a listicle's items,
// a service page's features, each with its "Learn more"), so a box among siblings of its kind is
// never one, and neither is a box on a page with little text around it: a pitch stands alone,
// and interrupts a text.

const MIN_CHARS = 20;
const MAX_CHARS = 400;
const HEADINGS = 'h2, h3, h4, h5, h6';
const MAX_HEADINGS = 2;
const MAX_LINKS = 3;
/** A button says what it does in a few words. */
const MAX_ACTION_WORDS = 5;
const MAX_ACTION_CHARS = 40;
/** A wrapper adds no more than a label to the box it wraps. */
const WRAPPER_EXTRA_CHARS = 40;
/** Cards in a grid differ in length, within this factor. */
const CARD_SIZE_RATIO = 3;
/** Boxes of its design elsewhere on the page that make it one of the page's sections. */
const MIN_DESIGN_PEERS = 2;
/** The page's paragraphs hold this many times the box's text, at least. */
const PROSE_PER_PITCH = 10;
const FORM_INPUT = 'input[type="email"], input[type="text"], input:not([type])';

export const callsToAction: Stage = {
  name: 'calls-to-action',
  phase: 'before',
  rule: {
    // The site advertising itself: to the reader, an ad like any other.
    reason: 'ad',
    maxChars: MAX_CHARS,
    structureAlone: true,
    structure: (el, length, index) => (index.proseChars >= length * PROSE_PER_PITCH && isCallToAction(el, length, index) ? 3 : 0),
  },
};

/** `length` is the box's text length as the index counts it (`index.textLength`). */
function isCallToAction(el: Element, length: number, index: PageIndex): boolean {
  // The page's headline is the article's own header, however short the story under it.
  if (length < MIN_CHARS || length > MAX_CHARS || el.querySelector(HEADINGS) === null || el.querySelector('h1') !== null) return false;
  const headings = el.querySelectorAll(HEADINGS);
  if (headings.length > MAX_HEADINGS) return false;
  if (el.querySelectorAll('a[href]').length > MAX_LINKS || el.querySelector('li, table, pre, blockquote') !== null) return false;
  const text = textOf(el);
  // The heading opens the box: a box that starts with prose is a section of the text.
  if (!text.startsWith(textOf(headings[0]!).slice(0, 20))) return false;
  if (!endsWithAction(el, text) && !holdsSignUpForm(el)) return false;
  return !repeatedBeside(el, length, index) && !repeatedOnPage(el, length, index);
}

/** The box's last words are a button or a lone short link. */
function endsWithAction(el: Element, text: string): boolean {
  let last: Element | null = null;
  for (const candidate of Array.from(el.querySelectorAll('a[href], button'))) {
    // A styled button may be an empty link laid over its label.
    const action = textOf(candidate) ? candidate : candidate.parentElement;
    if (action && action !== el && textOf(action)) last = action;
  }
  if (!last) return false;
  const action = textOf(last);
  if (action.length > MAX_ACTION_CHARS || action.split(' ').length > MAX_ACTION_WORDS) return false;
  if (!text.endsWith(action)) return false;
  // Alone on its line: a link that ends a sentence of the text is not a button.
  const line = last.parentElement && last.parentElement !== el ? textOf(last.parentElement) : action;
  return line === action;
}

function holdsSignUpForm(el: Element): boolean {
  const form = el.querySelector('form');
  return form !== null && form.querySelector(FORM_INPUT) !== null && form.querySelectorAll('input:not([type="hidden"]), textarea, select').length <= 3;
}

/**
 * Boxes of about its size beside it, in the same design (class names without their generated
 * numbers) or with a heading and a link of their own, make a grid of cards when they are most of
 * its siblings; a page's sections wear one design too, but differ in length. Cards are often each
 * wrapped alone in a column, so the wrappers' siblings are asked too.
 */
function repeatedBeside(el: Element, length: number, index: PageIndex): boolean {
  for (let box: Element | null = el; box && index.textLength(box) <= length + WRAPPER_EXTRA_CHARS; box = box.parentElement) {
    const design = designOf(box);
    let siblings = 0;
    let alike = 0;
    for (let sibling: Element | null = box.parentElement?.firstElementChild ?? null; sibling; sibling = sibling.nextElementSibling) {
      if (sibling === box || tagOf(sibling) !== tagOf(box)) continue;
      siblings++;
      const size = index.textLength(sibling);
      if (size > length * CARD_SIZE_RATIO || size * CARD_SIZE_RATIO < length) continue;
      if ((design !== '' && designOf(sibling) === design) || (sibling.querySelector(HEADINGS) !== null && sibling.querySelector('a[href], button') !== null)) alike++;
    }
    if (alike > 0 && alike * 2 >= siblings) return true;
  }
  return false;
}

/**
 * Three boxes or more of one design across the page, each with a heading, apart as they may stand
 * (a row each): the page's own sections, its features or case studies, not a pitch interrupting
 * a text. A pitch said twice (mid-text and at the end) still goes.
 */
function repeatedOnPage(el: Element, length: number, index: PageIndex): boolean {
  const design = designOf(el);
  if (!design) return false;
  let alike = 0;
  for (const other of el.ownerDocument.getElementsByClassName(design.split(' ')[0]!)) {
    if (other.contains(el) || el.contains(other) || designOf(other) !== design) continue;
    const size = index.textLength(other);
    if (size <= length * CARD_SIZE_RATIO && size * CARD_SIZE_RATIO >= length && other.querySelector(HEADINGS) !== null && ++alike >= MIN_DESIGN_PEERS) return true;
  }
  return false;
}

function designOf(el: Element): string {
  return (el.getAttribute('class') ?? '')
    .split(/\s+/)
    .filter((name) => name && !/\d/.test(name))
    .sort()
    .join(' ');
}
