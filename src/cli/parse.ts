// Turning bytes into a Document for the CLI and the benchmarks: linkedom parses every page of the
// corpora (jsdom throws on some real pages' style attributes) at a fraction of jsdom's time.

import { parseHTML } from 'linkedom';

export function parseDocument(html: string): Document {
  const { document } = parseHTML(html);
  // Browsers imply <html> and <body> around a bare fragment; linkedom does not, so give it them.
  if (document.documentElement?.localName === 'html' && document.body) return document as unknown as Document;
  const head = /^[\s\S]*?(?=<(?!(?:!doctype|html|head|title|meta|link|base|style|script)\b)[a-z!])/i.exec(html)?.[0] ?? '';
  const wrapped = `<!doctype html><html><head>${head.replace(/<!doctype[^>]*>|<\/?(?:html|head)[^>]*>/gi, '')}</head><body>${html.slice(head.length)}</body></html>`;
  return parseHTML(wrapped).document as unknown as Document;
}

/** Bytes as text, honouring a BOM or a declared charset; UTF-8 otherwise. */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // An unknown label: fall through to UTF-8.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
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
