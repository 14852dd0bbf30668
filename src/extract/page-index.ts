// Text lengths of every element, computed in one pass, so that stages can ask "how much text is
// in here" and "is this the article" in O(1) instead of re-reading subtrees for each element.
// Removals only make the true numbers smaller, so stale numbers err on the side of keeping.

import { ELEMENT_NODE, TEXT_NODE, tagOf } from './dom';

export interface PageIndex {
  textLength(el: Element): number;
  /** True when `el` holds the bulk of the page's paragraph text, i.e. it is (or wraps) the article. */
  holdsArticle(el: Element): boolean;
  /** True when `el` holds nearly all of the page's paragraph text: the page itself, wrapped. */
  holdsAllProse(el: Element): boolean;
  /** Characters of paragraph text in the whole page. */
  proseChars: number;
  /** Links, controls, frames and headings inside `el`: what structural evidence is made of. */
  structureCount(el: Element): number;
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'NOEMBED', 'NOFRAMES', 'TEMPLATE', 'SVG', 'HEAD']);
const indexes = new WeakMap<Element, PageIndex>();
/** Less paragraph text than this is not worth protecting as "the article". */
const MIN_ARTICLE_CHARS = 200;
/** "The article": at least this share of the page's paragraph text; "the page itself": nearly all. */
const ARTICLE_SHARE = 0.5;
const ALL_PROSE_SHARE = 0.9;
const STRUCTURAL = new Set(['A', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'FORM', 'IFRAME', 'ARTICLE', 'H1', 'H2']);

export function pageIndex(root: Element): PageIndex {
  let index = indexes.get(root);
  if (!index) {
    index = buildIndex(root);
    indexes.set(root, index);
  }
  return index;
}

/** A fresh index, not cached: for a live page that may change between two extractions. */
export function buildIndex(root: Element): PageIndex {
  const textLengths = new Map<Element, number>();
  const paragraphLengths = new Map<Element, number>();
  // Iterative post-order walk: pages nest thousands of levels deep.
  const structures = new Map<Element, number>();
  const stack: Array<{ el: Element; child: ChildNode | null; text: number; para: number; structure: number }> = [
    { el: root, child: root.firstChild, text: 0, para: 0, structure: 0 },
  ];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const child = top.child;
    if (child) {
      top.child = child.nextSibling;
      if (child.nodeType === TEXT_NODE) top.text += countVisible((child as Text).data);
      else if (child.nodeType === ELEMENT_NODE && !SKIPPED.has(tagOf(child as Element))) {
        stack.push({ el: child as Element, child: child.firstChild, text: 0, para: 0, structure: 0 });
      }
      continue;
    }
    stack.pop();
    const own = tagOf(top.el) === 'P' ? top.text : top.para;
    textLengths.set(top.el, top.text);
    paragraphLengths.set(top.el, own);
    if (top.structure) structures.set(top.el, top.structure);
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.text += top.text;
      parent.para += own;
      parent.structure += top.structure + (STRUCTURAL.has(tagOf(top.el)) ? 1 : 0);
    }
  }
  const totalParagraphs = paragraphLengths.get(root) ?? 0;
  return {
    textLength: (el) => textLengths.get(el) ?? 0,
    holdsArticle: (el) => holdsShare(paragraphLengths.get(el) ?? 0, totalParagraphs, ARTICLE_SHARE),
    holdsAllProse: (el) => holdsShare(paragraphLengths.get(el) ?? 0, totalParagraphs, ALL_PROSE_SHARE),
    structureCount: (el) => structures.get(el) ?? 0,
    proseChars: totalParagraphs,
  };
}

/** What the copy asks of the live page (see paragraphIndex). */
export interface ArticleTest extends Pick<PageIndex, 'holdsArticle' | 'holdsAllProse' | 'proseChars'> {
  /** Characters of paragraph text inside `el`. */
  paragraphChars(el: Element): number;
  /**
   * The same, for paragraphs of text only: not inside a box that `hides` says is hidden, and not
   * a paragraph the parser stretched around tables and boxes (an unclosed <p> in an old page), nor
   * one holding a script.
   */
  shownParagraphChars(el: Element): number;
  shownProseChars: number;
}

/**
 * Paragraph text per box, for the live page: one pass over its paragraphs, each adding its length
 * to the boxes above it, instead of a walk over every node (a page has far fewer paragraphs).
 */
export function paragraphIndex(root: Element, hides: (el: Element) => boolean = () => false): ArticleTest {
  const chars = new Map<Element, number>();
  const shown = new Map<Element, number>();
  const hidden = new Map<Element, boolean>();
  const isHidden = (el: Element) => {
    let answer = hidden.get(el);
    if (answer === undefined) hidden.set(el, (answer = hides(el)));
    return answer;
  };
  const paragraphs = root.getElementsByTagName('p');
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i]!;
    const length = countVisible(paragraph.textContent ?? '');
    if (length === 0) continue;
    let visible = true;
    const boxes: Element[] = [];
    for (let box: Element | null = paragraph; box; box = box.parentElement) {
      chars.set(box, (chars.get(box) ?? 0) + length);
      boxes.push(box);
      visible &&= !isHidden(box);
      if (box === root) break;
    }
    if (visible && !holdsMoreThanText(paragraph)) for (const box of boxes) shown.set(box, (shown.get(box) ?? 0) + length);
  }
  const total = chars.get(root) ?? 0;
  const paragraphChars = (el: Element) => chars.get(el) ?? 0;
  return {
    paragraphChars,
    shownParagraphChars: (el) => shown.get(el) ?? 0,
    holdsArticle: (el) => total >= MIN_ARTICLE_CHARS && holdsShare(paragraphChars(el), total, ARTICLE_SHARE),
    holdsAllProse: (el) => total >= MIN_ARTICLE_CHARS && holdsShare(paragraphChars(el), total, ALL_PROSE_SHARE),
    proseChars: total,
    shownProseChars: shown.get(root) ?? 0,
  };
}

/** Not a paragraph of text: the parser stretched it around boxes, or a script's text is in it. */
function holdsMoreThanText(paragraph: Element): boolean {
  return ['table', 'div', 'script', 'style'].some((tag) => paragraph.getElementsByTagName(tag).length > 0);
}

function holdsShare(paragraphChars: number, totalChars: number, least: number): boolean {
  return paragraphChars >= MIN_ARTICLE_CHARS && paragraphChars >= totalChars * least;
}

/** Characters as a reader sees them: runs of white space count as one. */
export function countVisible(text: string): number {
  let count = 0;
  let space = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isSpace = code === 32 || code === 10 || code === 9 || code === 13 || code === 160;
    if (!isSpace) count++;
    else if (!space) count++;
    space = isSpace;
  }
  return count;
}
