// Turning text into a Document for the CLI and the benchmarks: the HTML standard's tree
// construction (parse5), built into linkedom's light DOM. Content before <body>, a second
// <body>, text after </html> and bare fragments end up where a browser puts them; parts a
// streaming server sent late are put where its script would put them, and a page drawn by script
// is read from its copy for browsers without scripts.

import { parse } from 'parse5';
import { emptyDocument, linkedomTreeAdapter } from './html5-tree';
import { placeStreamedParts } from './streamed-html';
import { openNoscriptContent } from './noscript-content';

export function parseDocument(html: string): Document {
  const doc = emptyDocument();
  parse(html, { treeAdapter: linkedomTreeAdapter(doc) });
  placeStreamedParts(doc);
  openNoscriptContent(doc);
  titleAsBrowsersReadIt(doc);
  return doc;
}

/**
 * `document.title` is the first <title> in the document, wherever the parser put it (after markup
 * before the head, it stands in the body), white space collapsed; linkedom looks in the head only.
 */
function titleAsBrowsersReadIt(doc: Document): void {
  Object.defineProperty(doc, 'title', {
    configurable: true,
    get: () => {
      const title = Array.from(doc.getElementsByTagName('title')).find((el) => !el.closest('svg'));
      return (title?.textContent ?? '').replace(/[\t\n\f\r ]+/g, ' ').trim();
    },
  });
}

/** Binary files and non-HTML text are refused with a reason instead of "no article". */
export function notHtmlReason(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'empty file';
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const byte of sample) if (byte === 0 || (byte < 8 && byte !== 0)) control++;
  if (control > 0) return 'binary file, not HTML';
  const text = new TextDecoder('utf-8').decode(sample).trimStart().toLowerCase();
  if (!/<(?:!doctype|html|head|body|meta|title|div|p|article|main|section|h1|!--|\?xml)/.test(text.slice(0, 2048)) && !/<[a-z][\w-]*[\s>]/.test(text)) {
    return 'not an HTML file';
  }
  return null;
}
