// Plain text of the article (blocks separated by one blank line) and reading-time figures.

import { BLOCK_TAGS, ELEMENT_NODE, TEXT_NODE, tagOf } from './dom';
import { PICTURE, isPictureOnly } from './captions';

// A formula reads as its symbols; its TeX source (annotation) would read as a second copy. So
// would ruby's reading aids (the kana set above kanji): in a line they run into the word ("子こども").
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'NOEMBED', 'NOFRAMES', 'TEMPLATE', 'SVG', 'ANNOTATION', 'ANNOTATION-XML', 'RT', 'RP']);

/**
 * A picture's caption describes what plain text does not show, and reads as a stray line between
 * paragraphs; the text leaves captions out (the HTML keeps them with their pictures), unless they
 * are much of what there is to read (a photo story told in its captions).
 */
const MAX_CAPTION_SHARE = 0.3;
/** A character no page's text holds (a C0 control), for a line break. */
const BREAK = '\u0000';

/** `keepCaptions`: every caption stays, as in the HTML (to compare with a page's expected HTML). */
export function articleBlocks(root: Element, { keepCaptions = false } = {}): string[] {
  const blocks: Array<{ text: string; caption: boolean }> = [];
  let line = '';
  let captionDepth = 0;
  const push = (text: string) => blocks.push({ text, caption: captionDepth > 0 });
  // Line breaks in the markup are spaces; only <br> (marked BREAK while the line is built) and
  // preformatted text break lines.
  const flush = () => {
    const text = line.includes(BREAK)
      ? line
          .split(BREAK)
          .map((part) => part.replace(/\s+/g, ' ').trim())
          .filter(Boolean)
          .join('\n')
      : line.replace(/\s+/g, ' ').trim();
    if (text) push(text);
    line = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) line += (child as Text).data;
      else if (child.nodeType === ELEMENT_NODE) {
        const tag = tagOf(child as Element);
        if (SKIPPED.has(tag)) continue;
        if (tag === 'BR') line += BREAK;
        else if (tag === 'PRE') {
          flush();
          const code = preformatted(child as Element);
          if (code) push(code);
        }
        else if (tag === 'TR') {
          // A table row reads as one line, its cells apart.
          flush();
          const cells = Array.from((child as Element).children).map((cell) => cellText(cell));
          // A row of empty cells is spacing, not a line of text.
          if (cells.some(Boolean)) line = cells.join(' | ');
          flush();
        } else if (BLOCK_TAGS.has(tag)) {
          flush();
          const caption = tag === 'FIGCAPTION' || isBareCaption(child as Element);
          if (caption) captionDepth++;
          walk(child);
          flush();
          if (caption) captionDepth--;
        } else walk(child);
      }
    }
  };
  walk(root);
  flush();
  let all = 0;
  let captions = 0;
  for (const block of blocks) {
    all += block.text.length;
    if (block.caption) captions += block.text.length;
  }
  const captionsStay = keepCaptions || captions > all * MAX_CAPTION_SHARE;
  return blocks.filter((block) => captionsStay || !block.caption).map((block) => asReadText(block.text));
}

/**
 * Text as it reads: composed characters (NFC), as the web's character model asks, so that pages
 * typed with combining marks (Bengali's nukta, a Vietnamese tone) search and compare the same.
 * Soft hyphens stay: hand-cleaned references keep them as often as not, and they cost nothing.
 */
export function asReadText(text: string): string {
  return text.normalize('NFC');
}

const MAX_BARE_CAPTION_CHARS = 300;
/** A quotation with a picture in it is someone's words, not a caption. */
const BARE_FIGURE_TAGS = new Set(['DIV', 'FIGURE', 'SPAN']);
const CARD_PARTS = 'h1, h2, h3, h4, h5, h6, p, div, ul, ol, li, a[href]';
/** A picture smaller than this (by its declared size) is an icon. */
const MIN_FIGURE_PIXELS = 150;

/** A figure without a figure's markup: a box of a picture alone and one short line under it. */
export function isBareCaption(el: Element): boolean {
  const picture = el.previousElementSibling;
  const box = el.parentElement;
  if (!picture || !box || !BARE_FIGURE_TAGS.has(tagOf(box)) || box.childElementCount !== 2 || el.querySelector(PICTURE)) return false;
  if (!isPictureOnly(picture)) return false;
  // One line, not a card's title and description under its icon.
  if (el.querySelector(CARD_PARTS) || isIcon(picture.matches(PICTURE) ? picture : picture.querySelector(PICTURE)!)) return false;
  return (el.textContent ?? '').length <= MAX_BARE_CAPTION_CHARS;
}

function isIcon(picture: Element): boolean {
  const width = Number(picture.getAttribute('width'));
  const height = Number(picture.getAttribute('height'));
  return (width > 0 && width < MIN_FIGURE_PIXELS) || (height > 0 && height < MIN_FIGURE_PIXELS);
}

/** Code and verse keep their lines and indentation; only blank edges and line ends are trimmed. */
function preformatted(pre: Element): string {
  let text = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) text += (child as Text).data;
      else if (child.nodeType === ELEMENT_NODE) {
        const tag = tagOf(child as Element);
        if (tag === 'BR') text += '\n';
        else if (!SKIPPED.has(tag)) walk(child);
      }
    }
  };
  walk(pre);
  return text.split('\n').map((row) => row.replace(/\s+$/, '')).join('\n').replace(/^\n+|\n+$/g, '');
}

function cellText(cell: Element): string {
  return (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
}

// Words per minute for silent reading of non-fiction, by language (Trauzettel-Klosinski et al.,
// "Standardized Assessment of Reading Performance", 2012); other languages use the overall mean.
const WORDS_PER_MINUTE: Record<string, number> = {
  ar: 138, de: 179, en: 228, es: 218, fi: 161, fr: 195, he: 187, it: 188, nl: 202, pl: 166, pt: 181, ru: 184,
  sl: 180, sv: 199, tr: 166, uk: 184,
};
const DEFAULT_WORDS_PER_MINUTE = 184;
// Chinese and Japanese are read and counted in characters (same study: 255 and 357 per minute).
const CHARACTERS_PER_MINUTE: Record<string, number> = { zh: 255, ja: 357 };
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/gu;

export function countWordsIn(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  return words + cjk;
}

export function readingMinutes(text: string, lang: string | null, wordCount = countWordsIn(text)): number {
  const primary = (lang ?? '').toLowerCase().split('-')[0] ?? '';
  const cjk = text.match(CJK)?.length ?? 0;
  const words = wordCount - cjk;
  const cjkRate = CHARACTERS_PER_MINUTE[primary] ?? CHARACTERS_PER_MINUTE.zh!;
  const minutes = words / (WORDS_PER_MINUTE[primary] ?? DEFAULT_WORDS_PER_MINUTE) + cjk / cjkRate;
  return Math.max(1, Math.round(minutes));
}
