// The engine behind the "before Readability" stages that remove whole blocks (ads, promos,
// widgets, banners…). Each stage declares its kind of block as a rule; this file weighs the
// evidence, for all rules in one walk over the page.
//
// Why scored evidence and not single matches: a news story about subscriptions says "subscribe",
// a real paragraph can sit in a div called "promo-text". A block goes only when two kinds of
// evidence agree (its class/id names, a phrase only such blocks say, its structure), or when its
// whole text is a label such blocks wear ("Реклама", "Загрузка...").

import type { RemovalReason } from './types';
import { linkDensity, namesOf, tagOf, textOf, textPrefix } from './dom';
import type { PageIndex } from './page-index';
import { isLayoutTable } from './stages/layout-tables';

export interface BlockRule {
  reason: RemovalReason;
  /** Class/id names such blocks carry (see `namePattern`). */
  names?: RegExp;
  /** Phrases only such blocks say; tested against the block's text (its start, for long blocks). */
  phrases?: RegExp;
  /** A whole text that is a label of such a block; enough on its own. */
  label?: RegExp;
  /** Above this many characters a block is prose, whatever it is called. */
  maxChars: number;
  /**
   * Up to this many characters a block still goes when its names and its opening both say what it
   * is (a thread of many comments under "Comments (25)"): prose is neither called so nor opens so.
   */
  maxCharsNamedAndSaid?: number;
  /**
   * How such a block's text begins when it is nothing else ("59 Comments"): a long named block
   * holding most of the page's paragraphs still goes when it opens so. A story's wrapper opens
   * with its headline, and stays.
   */
  opening?: RegExp;
  /** Extra structural evidence: 0, 1 or 2 points; `said`: the evidence so far (0 when structure is alone). */
  structure?: (el: Element, length: number, index: PageIndex, said: number) => number;
  /** Structure is evidence enough on its own (it may score up to 3): share links, for one. */
  structureAlone?: boolean;
  /** A test that removes on its own, whatever the length (e.g. the page hides the block). */
  match?: (el: Element, index: PageIndex) => boolean;
}

export interface ActiveRule {
  rule: BlockRule;
  remove(el: Element): void;
}

const NEVER = new Set(['HTML', 'BODY', 'HEAD', 'MAIN', 'ARTICLE', 'H1', 'IMG', 'PICTURE', 'VIDEO']);
const OPAQUE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'HEAD', 'PRE', 'CODE']);
const INLINE = new Set([
  'A', 'SPAN', 'B', 'I', 'EM', 'STRONG', 'SMALL', 'LABEL', 'TIME', 'ABBR', 'SUP', 'SUB', 'U', 'S', 'CITE', 'Q', 'MARK',
  'FONT', 'BUTTON', 'OPTION', 'IMG', 'BR', 'INPUT', 'SOURCE', 'IFRAME',
]);
const REMOVE_AT = 3;
const LABEL_MAX_CHARS = 60;
const FULL_TEXT_MAX_CHARS = 800;
const PREFIX_CHARS = 300;

/**
 * `screenedDepth`: the `match` tests (hidden, page frame) were already made on elements down to
 * this depth below `root` while the page was copied (see clone.ts), and are not made again.
 */
export function runBlockRules(root: Element, index: PageIndex, active: readonly ActiveRule[], screenedDepth = 0): void {
  if (active.length === 0) return;
  const anyName = new RegExp(active.map(({ rule }) => rule.names?.source).filter(Boolean).join('|') || '$^');
  const maxChars = Math.max(...active.map(({ rule }) => (rule.match ? 0 : rule.maxChars)));
  const maxNamedChars = Math.max(maxChars, ...active.map(({ rule }) => rule.maxCharsNamedAndSaid ?? 0));
  // Iterative pre-order walk: removed blocks are not descended into; pages nest thousands deep.
  const stack: Array<[Element, number]> = [];
  pushChildren(root, 1, stack);
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    const tag = tagOf(el);
    if (OPAQUE.has(tag)) continue;
    // A data table's cells are data, short and link-rich as they may be; a table that lays out
    // the page (old sites put the whole page in one) holds blocks like any other box.
    if (tag === 'TABLE' && !isLayoutTable(el)) continue;
    if (tag !== 'BODY' && judge(el, tag, index, active, anyName, maxChars, maxNamedChars, depth > screenedDepth)) continue;
    pushChildren(el, depth + 1, stack);
  }
}

/** Children in reverse, so they pop in document order. Forward links only: backward ones are slow in linkedom. */
function pushChildren(el: Element, depth: number, stack: Array<[Element, number]>): void {
  const start = stack.length;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth]);
  for (let i = start, j = stack.length - 1; i < j; i++, j--) [stack[i], stack[j]] = [stack[j]!, stack[i]!];
}

function judge(
  el: Element,
  tag: string,
  index: PageIndex,
  active: readonly ActiveRule[],
  anyName: RegExp,
  maxChars: number,
  maxNamedChars: number,
  unscreened: boolean,
): boolean {
  for (const { rule, remove } of active) {
    if (unscreened && rule.match?.(el, index)) {
      remove(el);
      return true;
    }
  }
  const length = index.textLength(el);
  if (NEVER.has(tag) || length > maxNamedChars) return false;
  const names = namesOf(el);
  const maybeNamed = names !== '' && anyName.test(names);
  // Above every rule's own limit, only a block named as one of them can still go (in the loop below).
  if (length > maxChars && !maybeNamed) return false;
  const first = el.firstElementChild;
  // Phrases are read on blocks, once per text: inline elements and wrappers of a single child
  // with the same text are read through that child. Labels are short and read anywhere.
  // A phrase alone never removes a block; without links, controls or headings inside, there is
  // no structure to add to it, so unnamed plain prose is not read at all.
  const readPhrases = phrasesRead(el, tag, length, index, maybeNamed);
  const readLabel = length <= LABEL_MAX_CHARS && (!INLINE.has(tag) || !first);
  // Not named as any rule's kind, no phrases to read and no label: no rule can take it.
  if (!maybeNamed && !readPhrases && !readLabel) return false;
  let text: string | undefined;
  for (const entry of active) {
    const { rule, remove } = entry;
    if (rule.match) continue;
    if (length > rule.maxChars) {
      if (maybeNamed && removeIfNamedAndSaid(el, entry, names, length, index)) return true;
      continue;
    }
    const named = maybeNamed && rule.names !== undefined && rule.names.test(names);
    if (!named && !((rule.phrases || rule.structureAlone) && readPhrases) && !(rule.label && readLabel)) continue;
    text ??= length <= FULL_TEXT_MAX_CHARS ? textOf(el) : textPrefix(el, PREFIX_CHARS);
    if (scoreBlock(el, rule, named, text, length, index) < REMOVE_AT || (index.holdsArticle(el) && !(named && rule.opening?.test(text)))) continue;
    // Said by an unnamed wrapper of a smaller block that is junk on its own: take only that block,
    // not the byline and date beside it; unless the rest of the wrapper says the pitch too (the
    // heading of a sign-up box whose button row is the smaller block).
    const junk = named ? null : smallerJunkInside(el, rule, index, anyName);
    if (junk && !restSaysPhrase(text, junk, rule)) return false;
    remove(el);
    return true;
  }
  return false;
}

function removeIfNamedAndSaid(el: Element, { rule, remove }: ActiveRule, names: string, length: number, index: PageIndex): boolean {
  if (!rule.maxCharsNamedAndSaid || length > rule.maxCharsNamedAndSaid || !rule.phrases || !rule.names?.test(names)) return false;
  const prefix = textPrefix(el, PREFIX_CHARS);
  if (!rule.phrases.test(prefix) || (index.holdsArticle(el) && !rule.opening?.test(prefix))) return false;
  remove(el);
  return true;
}

function phrasesRead(el: Element, tag: string, length: number, index: PageIndex, maybeNamed: boolean): boolean {
  const first = el.firstElementChild;
  return !INLINE.has(tag) && !(first && !first.nextElementSibling && index.textLength(first) === length) && (maybeNamed || tag === 'FORM' || index.structureCount(el) > 0);
}

function restSaysPhrase(text: string, junk: Element, rule: BlockRule): boolean {
  if (!rule.phrases) return false;
  const rest = text.replace(textOf(junk), ' ');
  return rest !== text && rule.phrases.test(rest);
}

/** Only blocks the walk itself would take count: junk inside a button or a link is never taken alone. */
function smallerJunkInside(el: Element, rule: BlockRule, index: PageIndex, anyName: RegExp): Element | null {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    const length = index.textLength(child);
    if (length === 0 || length > rule.maxChars) continue;
    const names = namesOf(child);
    const maybeNamed = names !== '' && anyName.test(names);
    const named = maybeNamed && rule.names !== undefined && rule.names.test(names);
    const tag = tagOf(child);
    const labelRead = rule.label !== undefined && length <= LABEL_MAX_CHARS && (!INLINE.has(tag) || !child.firstElementChild);
    if (named || labelRead || phrasesRead(child, tag, length, index, maybeNamed)) {
      const text = length <= FULL_TEXT_MAX_CHARS ? textOf(child) : textPrefix(child, PREFIX_CHARS);
      if (scoreBlock(child, rule, named, text, length, index) >= REMOVE_AT) return child;
    }
    const inside = smallerJunkInside(child, rule, index, anyName);
    if (inside) return inside;
  }
  return null;
}

function scoreBlock(el: Element, rule: BlockRule, named: boolean, text: string, length: number, index: PageIndex): number {
  if (rule.label && text.length > 0 && text.length <= LABEL_MAX_CHARS && rule.label.test(text) && !inRunningText(el, length, index)) return REMOVE_AT;
  let score = named ? 2 : 0;
  if (rule.phrases && text.length > 0 && rule.phrases.test(text)) score += 2;
  // Names alone or a phrase alone are one kind of evidence; look at structure only when needed.
  if ((score > 0 || rule.structureAlone) && score < REMOVE_AT && rule.structure) score += rule.structure(el, length, index, score);
  // An empty named block (a slot filled by script later) is junk by its name alone.
  if (named && score < REMOVE_AT && text.length === 0 && !el.querySelector('img, picture, video, figure, table')) score += 1;
  return score;
}

/**
 * A label's words that a paragraph's sentence goes on from ("<a>Follow us</a> to stay up to date")
 * are the sentence's, not a widget's; a "hide caption" button at a caption's end is still a button.
 */
function inRunningText(el: Element, length: number, index: PageIndex): boolean {
  if (!INLINE.has(tagOf(el))) return false;
  let node: Element = el;
  let textAfter = false;
  while (node.parentElement && INLINE.has(tagOf(node))) {
    for (let next = node.nextSibling; next && !textAfter; next = next.nextSibling) textAfter = (next.textContent ?? '').trim() !== '';
    node = node.parentElement;
  }
  return textAfter && tagOf(node) === 'P' && index.textLength(node) - length >= MIN_SENTENCE_CHARS;
}
const MIN_SENTENCE_CHARS = 40;

/** Structure shared by several rules: mostly links, or form controls. */
export function linksOrControls(el: Element, length: number): number {
  let points = 0;
  if (tagOf(el) === 'FORM' || el.querySelector('button, input, select, textarea')) points += 1;
  if (length > 0 && linkDensity(el, length) > 0.5) points += 1;
  return points;
}
