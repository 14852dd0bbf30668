// Bytes as text, decided the way a browser decides and then better: a byte-order mark first;
// bytes that are valid UTF-8 are UTF-8 whatever a <meta> claims (publishers transcode pages and
// keep the old meta); then the charset the HTTP header, a <meta> or the XML declaration names;
// and for undeclared legacy bytes a statistical detector (chardet) that knows the Cyrillic and
// CJK encodings a windows-1252 default would garble. Text saved as UTF-8 twice is read again.

import { detect } from 'chardet';

const PRESCAN_BYTES = 2048;

/** `headerCharset`: the charset a server's Content-Type named, which outranks the page's own. */
export function decodeHtml(bytes: Uint8Array, headerCharset?: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return undoDoubleUtf8(c1AsWindows1252(utf8));
  for (const label of [headerCharset, declaredCharset(bytes), detectedCharset(bytes)]) {
    const decoder = label ? decoderFor(label) : null;
    if (decoder) return undoDoubleUtf8(decodeWith(decoder, bytes));
  }
  return undoDoubleUtf8(decodeWith(new TextDecoder('windows-1252'), bytes));
}

// Bytes 0x80-0x9F in windows-1252 (the encoding the WHATWG standard gives every Latin-1 label):
// Node 20's TextDecoder reads them as Latin-1's control characters, browsers as these.
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWith(decoder: TextDecoder, bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  return decoder.encoding === 'windows-1252' ? c1AsWindows1252(text) : text;
}

/**
 * Control characters U+0080-U+009F have no use in a page's text; in UTF-8 pages they are
 * windows-1252 quotes and dashes converted as if Latin-1 ("Britain\u0092s"). Browsers show
 * nothing for them; the text meant these, as HTML's own `&#x92;` references do.
 */
function c1AsWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (char) => WINDOWS_1252_C1[char.charCodeAt(0) - 0x80]!);
}

// UTF-8 read as windows-1252 (or Latin-1) and saved as UTF-8 again: "obowiÄ…zkÃ³w" for
// "obowiązków". Browsers show it so; each lead byte's character with its continuation bytes'
// characters that is valid UTF-8 as bytes is read again, on any page however decoded (a page can
// be pasted together from two encodings). Only on a page with many such runs: a lone "É’" can
// be meant.
const WINDOWS_1252_HIGH = new Map([...WINDOWS_1252_C1].map((char, i) => [char, 0x80 + i]));
const CONTINUATION = `[\\u0080-\\u00bf${[...WINDOWS_1252_HIGH.keys()].join('')}]`;
const DOUBLE_UTF8 = new RegExp(`[\\u00c2-\\u00df]${CONTINUATION}|[\\u00e0-\\u00ef]${CONTINUATION}{2}|[\\u00f0-\\u00f4]${CONTINUATION}{3}`, 'gu');
const MIN_DOUBLE_RUNS = 10;

export function undoDoubleUtf8(text: string): string {
  const repaired = (run: string) => strictUtf8(Uint8Array.from(run, (char) => WINDOWS_1252_HIGH.get(char) ?? char.charCodeAt(0)));
  let runs = 0;
  for (const [run] of text.matchAll(DOUBLE_UTF8)) if (repaired(run) !== null && ++runs >= MIN_DOUBLE_RUNS) break;
  return runs < MIN_DOUBLE_RUNS ? text : text.replace(DOUBLE_UTF8, (run) => repaired(run) ?? run);
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The charset named in the first bytes: `<meta charset>`, `http-equiv` content, `<?xml encoding?>`. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1];
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
  return meta ?? xml ?? null;
}

/**
 * Where the detector names a Cyrillic or East Asian encoding it is usually right; between the
 * Latin single-byte encodings it guesses, and there the browsers' windows-1252 default is better.
 */
const DETECTABLE = /^(windows-1251|koi8-r|iso-8859-5|ibm866|gb18030|gbk|gb2312|big5|shift_jis|euc-jp|iso-2022-jp|euc-kr)$/i;

function detectedCharset(bytes: Uint8Array): string | null {
  // Only bytes outside ASCII tell encodings apart; a sample keeps detection cheap on big pages.
  const guess = detect(bytes.subarray(0, 64 * 1024));
  return guess && DETECTABLE.test(guess) ? guess : null;
}

function decoderFor(label: string): TextDecoder | null {
  const name = label.trim().toLowerCase();
  // UTF-8 was ruled out above; a UTF-16 label on bytes without a BOM is a mislabel (as in browsers).
  if (/^utf-?(8|16)/.test(name)) return null;
  try {
    return new TextDecoder(name);
  } catch {
    return null;
  }
}
