import type { Stage, StageContext } from '../types';
import { normalizeKey, textBlocks } from '../blocks';
import { elementsBelow, escapeRegExp, isAttached, tagOf, textOf } from '../dom';
import { pageIndex } from '../page-index';

// The reader shows the title, byline and date above the article; the page's own title heading,
// "© Agency" byline line and date line inside the body then read twice.
const BYLINE_PREFIX = /^(?:©|\(c\)|by|автор|текст|author|written by|джерело|источник)\s*:?\s*/i;
const DATE_LIKE = /\d/;
const MAX_DATE_LINE_CHARS = 80;

export const repeatedMetadata: Stage = {
  name: 'repeated-metadata',
  phase: 'after',
  run(ctx) {
    const { title, byline } = ctx.meta;
    const titleKey = title ? normalizeKey(title) : null;
    const bylineKey = byline ? normalizeKey(byline.replace(BYLINE_PREFIX, '')) : null;
    const index = pageIndex(ctx.root);
    for (const el of elementsBelow(ctx.root)) {
      // Bylines, datelines and title headings are short; long blocks are left unread.
      if (index.textLength(el) > 200 || !isAttached(el, ctx.root)) continue;
      const tag = tagOf(el);
      if (tag === 'TIME') {
        removeDateLine(el, ctx);
        continue;
      }
      if (/^H[1-3]$/.test(tag) && titleKey && normalizeKey(textOf(el)) === titleKey) {
        ctx.remove(el, 'repeated-metadata');
        continue;
      }
      if (!bylineKey || el.children.length > 2) continue;
      const text = textOf(el);
      if (text.length > 0 && text.length <= 120 && normalizeKey(text.replace(BYLINE_PREFIX, '')) === bylineKey) {
        ctx.remove(el, 'repeated-metadata');
      }
    }
    removeDatelines(ctx);
  },
};

// A dateline: "Posted: Fri 6:45 PM, Feb 16, 2018 | Updated: …", "By A. Author on Monday, …",
// "05/10/2018 - Publicado por: …". A date, a few words that say so, nothing else.
const DATE_TOKEN =
  /\b\d{1,2}[:.]\d{2}\b|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b(?:19|20)\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\b\d{1,2}\s+(?:янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек|січ|лют|бер|кві|тра|чер|лип|сер|вер|жов|лис|гру)/i;
const DATELINE_WORDS =
  /^(?:posted|published|updated|last updated|modified|by|on|at|am|pm|a\.m|p\.m|gmt|utc|est|edt|pst|cet|msk|публикация|опубликовано|обновлено|дата|автор|от|в|publicado|por|atualizado|pubblicato|aggiornato|veröffentlicht|aktualisiert|publié|mis à jour|le|à|de|em|às|оновлено|опубліковано)$/i;
const DATELINE_MAX_CHARS = 150;
const DATELINE_REACH = 3;

export function isDateline(text: string, byline: string | null): boolean {
  if (text.length > DATELINE_MAX_CHARS || !DATE_TOKEN.test(text)) return false;
  let rest = normalizeKey(text)
    .replace(/\b\d+(?:st|nd|rd|th)?\b/g, ' ')
    .replace(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/g, ' ')
    .replace(/(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|понедельник|вторник|сред|четверг|пятниц|суббот|воскресень)\p{L}*/gu, ' ');
  if (byline) for (const word of normalizeKey(byline).split(' ')) rest = rest.replace(new RegExp(`(?:^|\\s)${escapeRegExp(word)}(?=\\s|$)`, 'g'), ' ');
  const words = rest.split(/\s+/).filter(Boolean);
  const unexplained = words.filter((word) => !DATELINE_WORDS.test(word));
  return words.length > unexplained.length ? unexplained.length <= 4 : unexplained.length === 0;
}

function removeDatelines(ctx: StageContext): void {
  const blocks = textBlocks(ctx.root).filter((block) => !block.mixed);
  const reach = new Set([...blocks.slice(0, DATELINE_REACH), ...blocks.slice(-DATELINE_REACH)]);
  for (const block of reach) if (isDateline(block.text, ctx.meta.byline)) ctx.remove(block.el, 'repeated-metadata');
}

/** A <time> on a short line of its own is the dateline; inside a sentence it is prose. */
function removeDateLine(time: Element, ctx: StageContext): void {
  const text = textOf(time);
  if (!DATE_LIKE.test(text)) return;
  const line = time.parentElement;
  if (!line || line === ctx.root) return;
  const lineText = textOf(line);
  if (lineText.length > MAX_DATE_LINE_CHARS) return;
  const rest = normalizeKey(lineText.replace(text, ''));
  // Only the date (and perhaps "Published", "Updated") is on that line; otherwise the date is
  // part of a sentence and stays.
  if (rest.split(' ').filter(Boolean).length <= 3) ctx.remove(line, 'repeated-metadata');
}
