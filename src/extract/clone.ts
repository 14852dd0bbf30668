// The copy the pipeline works on. Readability and our stages rewrite what they get, and the page
// must stay as it was, so they get a copy. Copying what is thrown away at once is waste: the
// top of the tree is copied node by node, leaving out hidden nodes, the page's frame (menus,
// masthead, footer, side columns) and scripts; below that, subtrees are copied whole (a native,
// fast clone in browsers) and the same stages find what is left of those inside them.

import type { RemovalReason } from './types';
import { ELEMENT_NODE, tagOf } from './dom';
import { paragraphIndex, type ArticleTest } from './page-index';
import { isHidden, visibility } from './stages/hidden';
import { isPageChrome } from './stages/page-chrome';
import { besideProse, proseRegion, type ProseRegion } from './stages/outside-prose';

/** How many levels are copied node by node; page frames sit near the top. */
const SELECTIVE_DEPTH = 12;
const NEVER_COPIED = new Set(['SCRIPT', 'STYLE', 'LINK']);
const COMMENT_NODE = 8;

export interface LeftOut {
  stage: string;
  reason: RemovalReason;
  node: Element;
}

export interface CloneOptions {
  hidden: boolean;
  pageChrome: boolean;
  outsideProse: boolean;
  onLeftOut(leftOut: LeftOut): void;
}

export interface Copy {
  copy: Document;
  /** Elements of the body down to this depth were screened while copying (0: none were). */
  screenedDepth: number;
  /** What stands beside the prose was left out while copying (see outside-prose.ts). */
  outsideProseDone: boolean;
}

export function cloneForExtraction(doc: Document, options: CloneOptions): Copy {
  const body = doc.body;
  if (!body || !doc.documentElement || (!options.hidden && !options.pageChrome)) {
    return { copy: doc.cloneNode(true) as Document, screenedDepth: 0, outsideProseDone: false };
  }
  // Paragraphs inside a box hidden on its own account do not count as the page's prose.
  const index = paragraphIndex(body, isHidden);
  const region = options.outsideProse ? proseRegion(body, index) : null;
  const copy = doc.cloneNode(false) as Document;
  const html = copy.importNode(doc.documentElement, false);
  copy.appendChild(html);
  for (let child = doc.documentElement.firstChild; child; child = child.nextSibling) {
    html.appendChild(child === body ? copyBody(body, copy, { index, region, options }) : child === doc.head ? copyHead(doc.head, copy) : copy.importNode(child, true));
  }
  // Each element down to SELECTIVE_DEPTH was judged before it was copied (whole or shallow).
  return { copy, screenedDepth: SELECTIVE_DEPTH, outsideProseDone: options.outsideProse };
}

/** Of the head, what is read from it: the title, meta tags and the base for links (no scripts, styles). */
const HEAD_KEPT = new Set(['TITLE', 'META', 'BASE']);

function copyHead(head: HTMLHeadElement, into: Document): Node {
  const copy = into.importNode(head, false);
  for (let child = head.firstElementChild; child; child = child.nextElementSibling) {
    if (HEAD_KEPT.has(tagOf(child))) copy.appendChild(into.importNode(child, true));
  }
  return copy;
}

interface Screen {
  index: ArticleTest;
  region: ProseRegion | null;
  options: CloneOptions;
}

function copyBody(body: HTMLElement, into: Document, screen: Screen): Node {
  const copy = into.importNode(body, false);
  copyChildren(body, copy, into, 1, screen);
  return copy;
}

// Nodes are made in the copy's document (importNode): a node made in the page's and appended
// there would be adopted, a second walk over every node of its subtree.
function copyChildren(from: Element, to: Node, into: Document, depth: number, screen: Screen): void {
  const { index, region, options } = screen;
  for (let child = from.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== ELEMENT_NODE) {
      if (child.nodeType !== COMMENT_NODE) to.appendChild(into.importNode(child, false));
      continue;
    }
    const el = child as Element;
    // Scripts and styles are never article; nothing to report either.
    if (NEVER_COPIED.has(tagOf(el))) continue;
    if (region && besideProse(el, from, region)) {
      options.onLeftOut({ ...OUTSIDE_PROSE, node: el });
      continue;
    }
    const seen = options.hidden ? visibility(el, index) : 'shown';
    const verdict = seen === 'hidden' ? HIDDEN : options.pageChrome && isPageChrome(el, index) ? PAGE_CHROME : null;
    if (verdict) {
      options.onLeftOut({ ...verdict, node: el });
      continue;
    }
    // The way down to the prose is copied node by node however deep it goes.
    const whole = !region?.path.has(el) && (depth >= SELECTIVE_DEPTH || !el.firstElementChild);
    const copied = into.importNode(el, whole) as Element;
    to.appendChild(copied);
    // The page hidden until its scripts show it: its style goes too, or Readability drops it.
    if (seen === 'revealed') copied.removeAttribute('style');
    if (whole) continue;
    copyChildren(el, copied, into, depth + 1, screen);
  }
}

const HIDDEN = { stage: 'hidden', reason: 'hidden' } as const;
const PAGE_CHROME = { stage: 'page-chrome', reason: 'navigation' } as const;
const OUTSIDE_PROSE = { stage: 'outside-prose', reason: 'navigation' } as const;
