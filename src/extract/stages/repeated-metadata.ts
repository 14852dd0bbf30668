import type { Stage, StageContext } from '../types';
import { countWords, normalizeKey, type TextBlock } from '../blocks';
import { escapeRegExp, hasText, textOf } from '../dom';

// The reader shows the title, byline and date above the article; the page's own title heading,
// "© Agency" byline line and dateline inside the body then read twice.
const BYLINE_PREFIX = /^(?:©|\(c\)|by|автор|текст|author|written by|джерело|источник)\s*:?\s*/i;
const SHORT_LINE_CHARS = 200;

// A dateline: "Posted: Fri 6:45 PM, Feb 16, 2018 | Updated: …", "By A. Author on Monday, …",
// "05/10/2018 - Publicado por: …". A date, a few words that say so, nothing else.
// A date proper (a year, a month, d/m/y); a bare time of day is not enough.
const DATE_TOKEN =
  /\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b(?:19|20)\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\b\d{1,2}\s+(?:янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек|січ|лют|бер|кві|тра|чер|лип|сер|вер|жов|лис|гру)/i;
// Matched against the line without accents (see `bare`): "Ιανουαρίου" and "ιανουαριου", "août"
// and "aout" are one word to a reader who types either.
const DATELINE_WORDS =
  /^(?:posted|submitted|published|updated|modified|by|on|at|am|pm|a|p|m|gmt|utc|est|edt|pst|cet|msk|source|публикация|опубликовано|обновлено|дата|автор|от|в|г|года|источник|publicado|por|atualizado|pubblicato|aggiornato|veroffentlicht|aktualisiert|publie|le|de|em|as|оновлено|опубліковано|erstellt|geschrieben|um|uhr|von|par|el|fuente|fonte|quelle|opublikowano|dnia|przez|data|publikacji|aktualizacja|zrodlo|δημοσιευ\p{L}*|ημερομηνια|τελευταια|ενημερω\p{L}*|πηγη|πηγες|απο|στις)$/iu;
const MONTHS_AND_DAYS =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(?:mai|oktober|dezember|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|avril|aout|lundi|mercredi|jeudi|vendredi|samedi|dimanche|enero|abril|agosto|diciembre)\b|\b(?:stycz|lut|kwiet|maj|czerw|lip|sierp|wrzes|pazdz|listopad|grud|poniedz|wtor|srod|czwart|piat|sobot|niedziel)[a-z]*|(?:январ|феврал|март|апрел|ма[ия]|июн|июл|август|сентябр|октябр|ноябр|декабр|понедельник|вторник|сред|четверг|пятниц|суббот|воскресен|ιαν|φεβ|μαρ|απρ|μαι|ιου[νλ]|αυγ|σεπ|οκτ|νοε|δεκ|δευτερ|τριτ|τεταρτ|πεμπτ|παρασκευ|σαββατ|κυριακ)\p{L}*/giu;
const DATELINE_MAX_CHARS = 150;
const DATELINE_REACH = 3;

/** "Submitted by Jane Doe on …": the name a dateline gives after "by", where the page declares none. */
const NAME_AFTER_BY = /\bby\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)/u;

export function isDateline(text: string, byline: string | null): boolean {
  if (text.length > DATELINE_MAX_CHARS || !DATE_TOKEN.test(text)) return false;
  let rest = bare(normalizeKey(text)).replace(/\b\d+(?:st|nd|rd|th)?\b/g, ' ').replace(MONTHS_AND_DAYS, ' ');
  const names = byline ?? NAME_AFTER_BY.exec(text)?.[1];
  if (names) {
    for (const word of bare(normalizeKey(names)).split(' ').filter(Boolean)) {
      rest = rest.replace(new RegExp(`(?:^|\\s)${escapeRegExp(word)}(?=\\s|$)`, 'g'), ' ');
    }
  }
  const words = rest.split(/\s+/).filter(Boolean);
  const unexplained = words.filter((word) => !DATELINE_WORDS.test(word));
  // Some dateline word must say what the date is, unless the line is the date alone.
  return words.length > unexplained.length ? unexplained.length <= 2 : unexplained.length === 0;
}

/** Letters without their accents (tonos, umlaut, acute, breve): "Μαΐου" is "μαιου", "май" is "маи". */
function bare(key: string): string {
  return key.normalize('NFD').replace(/\p{M}/gu, '');
}

const MIN_HEADLINE_WORDS = 3;

function sameHeadline(headingKey: string, titleKey: string): boolean {
  const shorter = headingKey.length < titleKey.length ? headingKey : titleKey;
  const longer = shorter === headingKey ? titleKey : headingKey;
  return countWords(shorter) >= MIN_HEADLINE_WORDS && ` ${longer} `.includes(` ${shorter} `);
}

/** No text of the article comes before it: every earlier sibling of it and its ancestors is textless. */
function isLeadHeading(heading: Element, root: Element): boolean {
  for (let node: Node | null = heading; node && node !== root; node = node.parentNode) {
    for (let before = node.previousSibling; before; before = before.previousSibling) {
      if (hasText(before)) return false;
    }
  }
  return true;
}

export const repeatedMetadata: Stage = {
  name: 'repeated-metadata',
  phase: 'after',
  run(ctx) {
    const titleKey = ctx.meta.title ? normalizeKey(ctx.meta.title) : null;
    const bylineKey = ctx.meta.byline ? normalizeKey(ctx.meta.byline.replace(BYLINE_PREFIX, '')) : null;
    const isByline = (text: string) => bylineKey !== null && normalizeKey(text.replace(BYLINE_PREFIX, '')) === bylineKey;
    if (titleKey) removeAboveHeadline(ctx, titleKey);

    for (const heading of Array.from(ctx.root.querySelectorAll('h1, h2, h3'))) {
      if (titleKey && normalizeKey(textOf(heading)) === titleKey) ctx.remove(heading, 'repeated-metadata');
    }
    // The article's own headline where the title shown above is a longer or shorter form of it
    // ("Headline: the subtitle", a title that kept a site's suffix).
    const lead = ctx.root.querySelector('h1, h2');
    if (titleKey && lead && isLeadHeading(lead, ctx.root) && sameHeadline(normalizeKey(textOf(lead)), titleKey)) ctx.remove(lead, 'repeated-metadata');
    // A headline set in a plain block styled as one: the title word for word, before any text.
    const first = ctx.blocks()[0];
    if (titleKey && first && !first.mixed && first.key === titleKey && isLeadHeading(first.el, ctx.root)) ctx.remove(first.el, 'repeated-metadata');
    for (const time of Array.from(ctx.root.querySelectorAll('time'))) removeDateLine(time, ctx);
    for (const block of ctx.blocks()) {
      if (!bylineKey || block.text.length > SHORT_LINE_CHARS || !block.key.includes(bylineKey)) continue;
      if (isByline(block.text)) {
        ctx.remove(block.el, 'repeated-metadata');
        continue;
      }
      // "© Agency" in a span beside the date, inside one line.
      for (let child = block.el.firstElementChild; child; child = child.nextElementSibling) {
        if (isByline(textOf(child))) {
          ctx.remove(child, 'repeated-metadata');
          break;
        }
      }
    }
    removeDatelines(ctx);
    removeOwnAddress(ctx);
  },
};

/** A line of page furniture: a section's name, a kicker, "Read today…"; no sentence of the story. */
const FURNITURE_MAX_WORDS = 6;
const FURNITURE_MAX_BLOCKS = 4;

/**
 * The headline said again in the body, under a few short lines (the section's name, the kicker, a
 * "read today" line): the reader shows the headline above, and the lines over it are the page's
 * furniture, not the story's. Pictures above it stay, and so do their captions.
 */
function removeAboveHeadline(ctx: StageContext, titleKey: string): void {
  if (countWords(titleKey) < MIN_HEADLINE_WORDS) return;
  const blocks = ctx.blocks().slice(0, FURNITURE_MAX_BLOCKS + 1);
  const at = blocks.findIndex((block) => block.key === titleKey);
  const headline = blocks[at];
  if (!headline || at === 0 || headline.mixed) return;
  const above = blocks.slice(0, at);
  const furniture = (block: TextBlock) =>
    block.words <= FURNITURE_MAX_WORDS && !block.el.contains(headline.el) && !block.el.closest('figure') && !block.el.querySelector('img, picture, video');
  if (!above.every(furniture)) return;
  for (const block of [...above, headline]) ctx.remove(block.el, 'repeated-metadata');
}

/** The page's own address printed as a line ("Source: …" in a print layout): the reader knows where they are. */
function removeOwnAddress(ctx: StageContext): void {
  const own = ctx.meta.baseUrl && addressKey(ctx.meta.baseUrl);
  if (!own) return;
  for (const block of ctx.blocks()) {
    if (!block.mixed && !/\s/.test(block.text) && addressKey(block.text) === own) ctx.remove(block.el, 'repeated-metadata');
  }
}

/** An address without its scheme, `www.`, fragment or final slash. */
function addressKey(address: string): string {
  return address.replace(/^\w+:\/\/(?:www\.)?|#.*$|\/$/g, '').toLowerCase();
}

function removeDatelines(ctx: StageContext): void {
  const blocks = ctx.blocks().filter((block: TextBlock) => !block.mixed);
  const reach = new Set([...blocks.slice(0, DATELINE_REACH), ...blocks.slice(-DATELINE_REACH)]);
  for (const block of reach) {
    // Cells and list items are data: a timetable ends with times.
    if (isDateline(block.text, ctx.meta.byline) && !block.el.closest('table, ul, ol, dl')) ctx.remove(block.el, 'repeated-metadata');
  }
}

/** A <time> on a short line of its own is the dateline; inside a sentence it is prose. */
function removeDateLine(time: Element, ctx: StageContext): void {
  const text = textOf(time);
  // A <time> also marks durations ("15–30 min", datetime="PT15M") and times of day: only a date is a dateline.
  const stamp = time.getAttribute('datetime') ?? '';
  if (!/\d/.test(text) || !(/^\d{4}-\d{2}/.test(stamp) || DATE_TOKEN.test(text))) return;
  const line = time.parentElement;
  if (!line || line === ctx.root || !line.parentNode) return;
  const lineText = textOf(line);
  if (lineText.length > 80) return;
  const rest = normalizeKey(lineText.replace(text, ''));
  // Only the date (and perhaps "Published", "Updated", the byline) is on that line; otherwise the
  // date is part of a sentence and stays.
  if (rest.split(' ').filter(Boolean).length <= 3 || isDateline(lineText, ctx.meta.byline)) ctx.remove(line, 'repeated-metadata');
}
