import type { Stage } from '../types';
import { CREDIT_WORDS, PICTURE, classSaysCaption, isPictureOnly, textCaptions } from '../captions';
import { tagOf, textOf } from '../dom';

/** `credit|photo` → `[Cc]redit|[Pp]hoto`: the name after the label must start upper-case, so no `i` flag. */
function capitalisable(words: string): string {
  return words
    .split('|')
    .map((word) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`)
    .join('|');
}

// A bare address: the agency or site the picture came from.
const BARE_ADDRESS = /^(?:https?:\/\/)?(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}\/?$/u;

// A caption that is only a credit line ("Image copyright Getty Images", "Photo: AP", "© Reuters")
// tells the reader nothing about the picture; real captions stay, with their credits.
const CREDIT_ONLY = [
  new RegExp(`^\\(?\\s*(?:${CREDIT_WORDS})\\s*(?:source\\s*)?(?:(?:copyright|credit|by|via)\\b|:|©)`, 'i'),
  /^(?:©|copyright|\(c\))\s*\S/i,
  /^[\w .,&'’/-]{0,40}(?:getty ?images|associated press|reuters|afp|shutterstock|ap photo|epa|istock|тасс|риа новости|unsplash|pexels|pixabay|dpa|imago|picture alliance|adobe ?stock)(?:\.com)?\s*\)?\.?$/i,
  // "CreditCredit Jane Doe/The Daily": the label (doubled where a visually hidden copy was kept)
  // and a name, without a word about the picture.
  new RegExp(`^(?:(?:${capitalisable(CREDIT_WORDS)})\\s*){1,3}[:/]?\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,4}(?:\\s*[/|,]\\s*[\\p{L}\\s.&'’-]{2,60})?\\.?$`, 'u'),
  BARE_ADDRESS,
];
const MAX_CREDIT_CHARS = 100;
const CAPTION_BOX = new Set(['P', 'DIV', 'SPAN']);
const CAPTION_WORDS = ['caption', 'credit'];

/**
 * A caption's markup (`figcaption`, its lines, a box named a caption or credit, a figure's text
 * box), or a line right after a picture, which reads as its caption without that markup.
 */
function isCaptionLike(el: Element): boolean {
  const tag = tagOf(el);
  if (tag === 'FIGCAPTION' || classSaysCaption(el, CAPTION_WORDS)) return true;
  if (!CAPTION_BOX.has(tag)) return false;
  const parent = el.parentElement ? tagOf(el.parentElement) : '';
  if (parent === 'FIGURE' || (parent === 'FIGCAPTION' && tag !== 'SPAN')) return true;
  const before = el.previousElementSibling;
  return before !== null && (tagOf(before) === 'IMG' || tagOf(before) === 'PICTURE');
}

/**
 * `saysCredit`: only lines that say they are a credit; a bare address is a credit under a picture,
 * but under the last paragraph it is as often the story's source.
 */
export function isCredit(text: string, { saysCredit = false } = {}): boolean {
  if (text.length === 0 || text.length > MAX_CREDIT_CHARS) return false;
  return CREDIT_ONLY.some((pattern) => pattern.test(text)) && !(saysCredit && BARE_ADDRESS.test(text));
}

export const imageCredits: Stage = {
  name: 'image-credits',
  phase: 'after',
  run(ctx) {
    for (const { el, text } of textCaptions(ctx.root, isCaptionLike)) {
      if (isCredit(text)) ctx.remove(el, 'image-credit');
    }
    // Readability keeps no class names, so a credit set in its own block under the picture's
    // block ("<p><img></p><p>Bild: Jahr Media</p>") is known only by where it stands; so is a
    // credit line in the caption's box there ("<div><p>The lizard…</p><p>Photograph by…</p></div>").
    for (const el of Array.from(ctx.root.querySelectorAll('p, div'))) {
      if (!el.parentNode || !isPictureOnly(el.previousElementSibling) || el.querySelector(PICTURE)) continue;
      if (isCredit(textOf(el))) ctx.remove(el, 'image-credit');
      else if (tagOf(el) === 'DIV') {
        for (let line = el.firstElementChild; line; line = line.nextElementSibling) {
          if (tagOf(line) === 'P' && isCredit(textOf(line))) ctx.remove(line, 'image-credit');
        }
      }
    }
  },
};
