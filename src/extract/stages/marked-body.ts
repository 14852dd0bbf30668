import type { Stage } from '../types';
import { normalizeKey } from '../blocks';
import { textOf } from '../dom';
import { pageIndex } from '../page-index';

// The page can say which element is the story's body (schema.org microdata, `itemprop=
// "articleBody"`). Where each paragraph sits in wrappers of its own (a content system's
// "paragraph" components), Readability takes one of them and returns a paragraph of the story.
// The marked body, as cleaned before Readability, is copied; after it, where Readability's choice
// lies inside the marked body and holds a small part of its text, the marked body is the article.

const MARK = '[itemprop="articleBody"]';
/** Readability's choice holding less than this share of the marked body's text took a part of it. */
const PART_SHARE = 0.5;
/** A marked body shorter than this is a summary or an empty slot. */
const MIN_BODY_CHARS = 500;
/** The opening of Readability's choice, looked for in the marked body. */
const OPENING_CHARS = 80;

const copies = new WeakMap<Element, Element>();

export const markedBody: Stage = {
  name: 'marked-body',
  phase: 'before',
  run(ctx) {
    const marked = Array.from(ctx.root.querySelectorAll(MARK));
    // Several marked bodies: a page of several stories, none of which is the page's.
    if (marked.length !== 1) return;
    const body = marked[0]!;
    if (pageIndex(ctx.root).textLength(body) >= MIN_BODY_CHARS) copies.set(ctx.root, body.cloneNode(true) as Element);
  },
};

/** After Readability: its choice, or the marked body where the choice is a small part of it. */
export function withMarkedBody(root: Element, content: Element): Element {
  const copy = copies.get(root);
  copies.delete(root);
  if (!copy) return content;
  const chosen = normalizeKey(textOf(content));
  const marked = normalizeKey(textOf(copy));
  if (chosen.length === 0 || chosen.length >= marked.length * PART_SHARE || !marked.includes(chosen.slice(0, OPENING_CHARS))) return content;
  const article = content.ownerDocument.createElement('div');
  article.append(copy);
  return article;
}
