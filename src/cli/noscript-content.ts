// Pages whose scripts draw the content (forum software, single-page apps) often send the same
// content for browsers without scripts inside a <noscript>. The extension reads the page after
// its scripts ran; the CLI runs none, so it reads what a browser without scripts shows: where a
// <noscript> in the body holds more text than the rest of the page, its markup takes its place.
// A fallback image, a tracking pixel or an "enable JavaScript" line is never more than the page.

import { parseFragment } from 'parse5';
import { linkedomTreeAdapter } from './html5-tree';
import { textOf } from '../extract/dom';

/** Below this much markup a <noscript> holds a notice or an image, not a page. */
const MIN_MARKUP_CHARS = 500;

/** Puts the script-less copy of the page in place; returns how many <noscript> were opened. */
export function openNoscriptContent(doc: Document): number {
  const body = doc.body;
  if (!body) return 0;
  const candidates = Array.from(body.getElementsByTagName('noscript')).filter((el) => (el.textContent ?? '').length >= MIN_MARKUP_CHARS);
  if (candidates.length === 0) return 0;
  let pageChars = textOf(body).length;
  let opened = 0;
  for (const noscript of candidates) {
    const parent = noscript.parentElement;
    if (!parent) continue;
    const fragment = parseFragment(parent, noscript.textContent ?? '', { treeAdapter: linkedomTreeAdapter(doc) }) as unknown as DocumentFragment;
    const chars = textOf(fragment).length;
    if (chars <= pageChars) continue;
    parent.insertBefore(fragment, noscript);
    noscript.remove();
    pageChars += chars;
    opened++;
  }
  return opened;
}
