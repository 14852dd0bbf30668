import type { Stage } from '../types';
import { normalizeKey } from '../blocks';
import { linkDensity, textOf } from '../dom';
import { pageIndex } from '../page-index';

// The page can say which element is the story's body (schema.org microdata, `itemprop=
// "articleBody"`). Where each paragraph sits in wrappers of its own (a content system's
// "paragraph" components), Readability takes one of them and returns a paragraph of the story.
// The marked body, as cleaned before Readability, is copied; after it, where Readability's choice
// lies inside the marked body and holds a small part of its text, the marked body is the article.
// A page with no marked body and no date (a service's or a product's page, not a story) may still
// say where its content is: its one `<main>`. Readability takes one of its sections (the longest
// paragraph there may be the small print); the main region is the content, unless it is mostly
// links (a list of threads, a grid of products), which Readability reads better.

const MARK = '[itemprop="articleBody"]';
const MAIN = 'main, [role="main"]';
/** A main region with more of its text in links than this is a list, not a text. */
const MAX_MAIN_LINK_DENSITY = 0.3;
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
    let marked = Array.from(ctx.root.querySelectorAll(MARK));
    if (marked.length === 0 && ctx.meta.publishedTime === null) {
      marked = Array.from(ctx.root.querySelectorAll(MAIN)).filter((el) => !el.parentElement?.closest(MAIN));
    }
    // Several marked bodies: a page of several stories, none of which is the page's.
    if (marked.length !== 1) return;
    const body = marked[0]!;
    const length = pageIndex(ctx.root).textLength(body);
    if (length >= MIN_BODY_CHARS && (body.matches(MARK) || linkDensity(body, length) < MAX_MAIN_LINK_DENSITY)) copies.set(ctx.root, body.cloneNode(true) as Element);
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
