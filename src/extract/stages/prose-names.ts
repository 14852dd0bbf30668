import type { Stage } from '../types';
import { collapse } from '../dom';
import { proseBoxes } from '../main-prose';

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
const TRUSTED = /and|article|body|column|content|main|shadow/i;
/** Words naming what really is not the article; an element named so keeps its names. */
const TRUE_TO_NAME = /comment|disqus|replies|remark|shoutbox|community|related/i;
const MISLEADING_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);

/** Less prose than this in one box is no article to protect. */
const MAIN_MIN_CHARS = 400;
/** The main box holds this many times the prose of the next box, or no box is sure enough. */
const MAIN_LEAD = 1.5;
/** Characters a formula's box may add to it (labels, equation numbers). */
const FORMULA_SLACK = 20;

export const proseNames: Stage = {
  name: 'prose-names',
  phase: 'before',
  run(ctx) {
    const [first, second] = proseBoxes(ctx.blocks(), ctx.root);
    const main = first?.box ?? null;
    const most = first?.chars ?? 0;
    const next = second?.chars ?? 0;
    for (const formula of Array.from(ctx.root.querySelectorAll('math'))) {
      for (const wrapper of formulaWrappers(formula, ctx.root)) clearMisleadingNames(wrapper);
    }
    if (!main || most < MAIN_MIN_CHARS || most < next * MAIN_LEAD) return;
    for (let el: Element | null = main; el && el !== ctx.root; el = el.parentElement) clearMisleadingNames(el);
  },
};

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

function clearMisleadingNames(el: Element): void {
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  const names = `${cls ?? ''} ${id ?? ''}`;
  if (TRUE_TO_NAME.test(names) || TRUSTED.test(names)) return clearMisleadingRole(el);
  if (cls && MISLEADING.test(cls)) {
    const kept = cls.split(/\s+/).filter((token) => token && !MISLEADING.test(token));
    if (kept.length) el.setAttribute('class', kept.join(' '));
    else el.removeAttribute('class');
  }
  if (id && MISLEADING.test(id)) el.removeAttribute('id');
  clearMisleadingRole(el);
}

function clearMisleadingRole(el: Element): void {
  const role = el.getAttribute('role');
  if (role && MISLEADING_ROLES.has(role.trim().toLowerCase())) el.removeAttribute('role');
}
