import type { Stage } from '../types';
import { collapse } from '../dom';
import { MAIN_BOX_LEAD, proseBoxes, type ProseBox } from '../main-prose';

// Readability judges elements by their class and id before it reads them: "banner", "header",
// "sidebar", "extra", "social"… in a name take an element out unread. Sites name the box of
// their main text, or a wrapper of it, after layout or ad slots ("text _reachbanner_",
// "template-with-sidebar"), and then the article is dropped and a list of teasers wins. The box
// whose own paragraphs hold far more prose than any other box's is the main text whatever it is
// called: its names and its ancestors' are taken off (on the copy), so Readability reads it.
// Formulas the same way: math renderers wrap each formula in a box whose names ("MathJax
// CtxtMenu_Attached_0") carry a "menu", and the formula goes before it is read.
// Names of comment threads stay: comments are prose too, and their names are true.

/**
 * Name words that make Readability take an element out unread (its "unlikely candidates", in
 * spirit), unless a word it trusts is in the names too. Words that only cost points are left:
 * Readability's scoring is its own to make.
 */
const MISLEADING =
  /-ad-|ad-break|ai2html|agegate|banner|breadcrumbs|combx|cover-wrap|extra|footer|gdpr|header|legends|menu|pager|pagination|popup|rss|sidebar|skyscraper|social|sponsor|supplemental|yom-remote/i;
/**
 * Inside the main text, words that cost a box Readability's points, and with them the box: an
 * editor's sections ("ck-widget"), a picture beside its text ("media-body").
 */
const MISLEADING_INSIDE = /widget|media/i;
const TRUSTED = /and|article|body|column|content|main|shadow/i;
/** Words naming what really is not the article; an element named so keeps its names. */
const TRUE_TO_NAME = /comment|disqus|replies|remark|shoutbox|community|related/i;
const MISLEADING_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);

/** Less prose than this in one box is no article to protect. */
const MAIN_MIN_CHARS = 400;
/** Characters a formula's box may add to it (labels, equation numbers). */
const FORMULA_SLACK = 20;

export const proseNames: Stage = {
  name: 'prose-names',
  phase: 'before',
  run(ctx) {
    const boxes = proseBoxes(ctx.blocks(), ctx.root);
    const [first, second] = boxes;
    const main = first?.box ?? null;
    const most = first?.chars ?? 0;
    const next = second?.chars ?? 0;
    for (const formula of Array.from(ctx.root.querySelectorAll('math'))) {
      for (const wrapper of formulaWrappers(formula, ctx.root)) clearMisleadingNames(wrapper);
    }
    if (main && most >= MAIN_MIN_CHARS) clearInsideText(main, boxes);
    if (!main || most < MAIN_MIN_CHARS || most < next * MAIN_BOX_LEAD) return;
    for (let el: Element | null = main; el && el !== ctx.root; el = el.parentElement) clearMisleadingNames(el);
  },
};

/**
 * The text's own sections below its box (an editor's rows of a picture and a paragraph, called
 * "ck-widget"): not boxes beside it, where a site's widgets are what the words say.
 */
function clearInsideText(main: Element, boxes: readonly ProseBox[]): void {
  const done = new Set<Element>();
  for (const { box } of boxes) {
    if (box === main || !main.contains(box)) continue;
    // A box inside one done already was cleared with it, its way up to the main box too.
    let el: Element | null = box;
    while (el && el !== main && !done.has(el)) el = el.parentElement;
    if (el !== main) continue;
    done.add(box);
    for (el = box; el && el !== main; el = el.parentElement) clearMisleadingNames(el, MISLEADING_INSIDE);
    // And the wrappers inside it around its paragraphs (see proseBoxes).
    for (const inner of Array.from(box.querySelectorAll('[class]'))) clearMisleadingNames(inner, MISLEADING_INSIDE);
  }
}

/** The formula and the boxes around it that hold nothing but it (renderers add several). */
function formulaWrappers(formula: Element, root: Element): Element[] {
  const wrappers = [formula];
  const ownText = collapse(formula.textContent ?? '');
  for (let el = formula.parentElement; el && el !== root; el = el.parentElement) {
    // A renderer's box holds the formula twice at most (a visual copy beside the MathML).
    if (el.querySelectorAll('math').length > 1 || collapse(el.textContent ?? '').length > ownText.length * 2 + FORMULA_SLACK) break;
    wrappers.push(el);
  }
  return wrappers;
}

/** `inside`: the words to clear instead, on boxes inside the text. */
function clearMisleadingNames(el: Element, inside?: RegExp): void {
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  const names = `${cls ?? ''} ${id ?? ''}`;
  if (TRUE_TO_NAME.test(names) || (!inside && TRUSTED.test(names))) return clearMisleadingRole(el);
  const misleading = (name: string) => (inside ?? MISLEADING).test(name);
  if (cls && misleading(cls)) {
    const kept = cls.split(/\s+/).filter((token) => token && !misleading(token));
    if (kept.length) el.setAttribute('class', kept.join(' '));
    else el.removeAttribute('class');
  }
  if (id && misleading(id)) el.removeAttribute('id');
  clearMisleadingRole(el);
}

function clearMisleadingRole(el: Element): void {
  const role = el.getAttribute('role');
  if (role && MISLEADING_ROLES.has(role.trim().toLowerCase())) el.removeAttribute('role');
}
