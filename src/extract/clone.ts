// The copy the pipeline works on. Readability and our stages rewrite what they get, and the page
// must stay as it was, so they get a copy. Copying what is thrown away at once is waste: the
// top of the tree is copied node by node, leaving out hidden nodes, the page's frame (menus,
// masthead, footer, side columns) and scripts; below that, subtrees are copied whole (a native,
// fast clone in browsers) and the same stages find what is left of those inside them.

import type { RemovalReason } from './types';
import { ELEMENT_NODE, tagOf } from './dom';
import { paragraphIndex, type PageIndex } from './page-index';
import { isHidden } from './stages/hidden';
import { isPageChrome } from './stages/page-chrome';

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
  onLeftOut(leftOut: LeftOut): void;
}

export interface Copy {
  copy: Document;
  /** Elements of the body down to this depth were screened while copying (0: none were). */
  screenedDepth: number;
}

export function cloneForExtraction(doc: Document, options: CloneOptions): Copy {
  const body = doc.body;
  if (!body || !doc.documentElement || (!options.hidden && !options.pageChrome)) return { copy: doc.cloneNode(true) as Document, screenedDepth: 0 };
  const index = paragraphIndex(body);
  const copy = doc.cloneNode(false) as Document;
  const html = doc.documentElement.cloneNode(false) as Element;
  copy.appendChild(html);
  for (let child = doc.documentElement.firstChild; child; child = child.nextSibling) {
    html.appendChild(child === body ? copyBody(body, index, options) : child.cloneNode(true));
  }
  // Each element down to SELECTIVE_DEPTH was judged before it was copied (whole or shallow).
  return { copy, screenedDepth: SELECTIVE_DEPTH };
}

function copyBody(body: HTMLElement, index: Pick<PageIndex, 'holdsArticle'>, options: CloneOptions): Node {
  const copy = body.cloneNode(false);
  copyChildren(body, copy, 1, index, options);
  return copy;
}

function copyChildren(from: Node, to: Node, depth: number, index: Pick<PageIndex, 'holdsArticle'>, options: CloneOptions): void {
  for (let child = from.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== ELEMENT_NODE) {
      if (child.nodeType !== COMMENT_NODE) to.appendChild(child.cloneNode(false));
      continue;
    }
    const el = child as Element;
    // Scripts and styles are never article; nothing to report either.
    if (NEVER_COPIED.has(tagOf(el))) continue;
    const verdict = leaveOut(el, index, options);
    if (verdict) {
      options.onLeftOut({ ...verdict, node: el });
      continue;
    }
    if (depth >= SELECTIVE_DEPTH || !el.firstElementChild) {
      to.appendChild(el.cloneNode(true));
      continue;
    }
    const shallow = el.cloneNode(false);
    to.appendChild(shallow);
    copyChildren(el, shallow, depth + 1, index, options);
  }
}

function leaveOut(el: Element, index: Pick<PageIndex, 'holdsArticle'>, options: CloneOptions): Omit<LeftOut, 'node'> | null {
  if (options.hidden && isHidden(el)) return { stage: 'hidden', reason: 'hidden' };
  if (options.pageChrome && isPageChrome(el, index)) return { stage: 'page-chrome', reason: 'navigation' };
  return null;
}
