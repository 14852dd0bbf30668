// Headlines without the site name that <title> and og:title often append or prepend:
// "… — URA.RU", "… : Общество : Лента.ру", "The Guardian | …".

import { normalizeKey } from './blocks';

// Chinese and Japanese titles join the site's name without spaces: "标题-《财经网》", "标题_中国经济网",
// "标题--社会--人民网". Between two such characters, a dash, an underscore or a bar is a separator.
const CJK = '\\p{sc=Han}\\p{sc=Hira}\\p{sc=Kana}';
const CJK_SEPARATOR = `(?<=[${CJK}》」』）)]\\s*)(?:[-_|｜]{1,2}|[—–]{1,2})(?=\\s*[${CJK}《「『（(])`;
const SEPARATOR = new RegExp(`\\s+[|\\-–—:·»«/\\\\]\\s+|\\s+[|–—·»]\\s*|\\s*[|–—·»]\\s+|${CJK_SEPARATOR}`, 'u');

export interface TitleContext {
  siteName: string | null;
  /** The page's h1 texts: when one of them is a part of the title, it is the headline. */
  headings: string[];
  documentTitle: string;
  /** Whether the page shows this text on its own (a line that is all of it, not a link). */
  shownAlone?: (text: string) => boolean;
}

export function cleanTitle(raw: string, context: TitleContext): string {
  const title = headlineOf(raw, context);
  // og:title and JSON-LD often carry a shorter headline written for sharing; when <title> says
  // what the page's <h1> says, and not what they say, that is the headline the reader sees.
  if (context.documentTitle === '' || raw.trim() === context.documentTitle) return title;
  const key = normalizeKey(title);
  const titleParts = [context.documentTitle, ...context.documentTitle.split(SEPARATOR)].map(normalizeKey);
  if (context.headings.some((heading) => normalizeKey(heading) === key) || titleParts.includes(key)) return title;
  const shown = normalizeKey(headlineOf(context.documentTitle, context));
  const confirmed = context.headings.find((heading) => normalizeKey(heading) === shown && words(heading) >= MIN_CONFIRMED_WORDS);
  return confirmed ?? title;
}

/** Fewer words than this in an <h1> that matches <title> may be the site's name set as a logo. */
const MIN_CONFIRMED_WORDS = 3;

function headlineOf(raw: string, context: TitleContext): string {
  const title = raw.trim();
  const key = normalizeKey(title);
  const segments = title.split(SEPARATOR).map((s) => s.trim()).filter(Boolean);
  // The headline on the page is the most reliable: take it when the title holds it, unless it is
  // the title's first or last segment alone (that is the site's name in the page header).
  const edgeKeys = segments.length > 1 ? [normalizeKey(segments[0]!), normalizeKey(segments[segments.length - 1]!)] : [];
  const headings = context.headings.map((heading) => ({ heading, key: normalizeKey(heading) }));
  // A heading that is the whole title says the title is the headline; one cut short with an
  // ellipsis is a teaser of a list on the page ("Flu claims four more ..").
  if (headings.some(({ key: k }) => k === key)) return title;
  const headline = headings
    .filter(({ heading }) => !/(?:\.\.|…)\s*$/.test(heading))
    .filter(({ key: k }) => k.length > 0 && k.length < key.length && ` ${key} `.includes(` ${k} `))
    .filter(({ key: k }) => !edgeKeys.includes(k) || k.split(' ').length >= 3)
    .sort((a, b) => b.key.length - a.key.length)[0];
  if (headline) return headline.heading;
  if (segments.length < 2) return title;
  // Some pages set their headline in a styled <div>, not an <h1>: the one segment of the title
  // that the page shows as a line of its own is the headline ("Site - Headline - Section").
  const shown = segments.filter((segment) => words(segment) >= MIN_CONFIRMED_WORDS && context.shownAlone?.(segment));
  if (shown.length > 0) return shown.reduce((longest, segment) => (segment.length > longest.length ? segment : longest));
  const site = context.siteName ? normalizeKey(context.siteName) : null;
  const isSite = (segment: string) => {
    const k = normalizeKey(segment);
    return (site !== null && (k === site || k.includes(site) || site.includes(k))) || /\.\p{L}{2,}$/u.test(segment.trim());
  };
  let kept = segments;
  let strippedSite = false;
  while (kept.length > 1 && isSite(kept[kept.length - 1]!)) {
    kept = kept.slice(0, -1);
    strippedSite = true;
  }
  while (kept.length > 1 && isSite(kept[0]!)) {
    kept = kept.slice(1);
    strippedSite = true;
  }
  // After the site name, short trailing segments are the section trail ("… : Общество").
  while (strippedSite && kept.length > 1 && kept[kept.length - 1]!.split(/\s+/).length <= 2) kept = kept.slice(0, -1);
  if (!strippedSite) return withoutUnnamedSite(title);
  // Rejoin with the original text so punctuation inside the headline survives.
  const end = title.indexOf(kept[kept.length - 1]!) + kept[kept.length - 1]!.length;
  const start = title.indexOf(kept[0]!);
  return title.slice(start, end).trim();
}

// Where the page names no site, a site and section trail still reads as short segments behind a
// strong separator ("Storm closes the bridge | News - Courier"), or as a short name in front of a
// bar ("Courier | Storm closes the bridge"). Colons and slashes stay: they belong to headlines.
const STRONG_SEPARATOR = new RegExp(`\\s+[|–—·»-]\\s+|\\s*[|–—·»]\\s+|\\s+[|–—·»]\\s*|${CJK_SEPARATOR}`, 'u');
const PREFIX_SEPARATOR = /\s*[|·»]\s+|\s+[|·»]\s*/;
const TRAIL_WORDS = 4;
// Chinese and Japanese write words without spaces: two characters count as a word there.
const UNSPACED = new RegExp(`[${CJK}]`, 'gu');
const words = (text: string) => {
  const unspaced = text.match(UNSPACED)?.length ?? 0;
  return (unspaced ? text.replace(UNSPACED, ' ') : text).split(/\s+/).filter(Boolean).length + unspaced / 2;
};

function withoutUnnamedSite(title: string): string {
  const parts = title.split(STRONG_SEPARATOR).map((s) => s.trim()).filter(Boolean);
  if (parts.length > 1) {
    const [first, ...rest] = parts;
    const restWords = rest.reduce((total, part) => total + words(part), 0);
    if (words(first!) >= 3 && rest.every((part) => words(part) <= TRAIL_WORDS) && restWords < words(first!)) return first!;
  }
  const prefixed = title.split(PREFIX_SEPARATOR).map((s) => s.trim()).filter(Boolean);
  if (prefixed.length > 1) {
    const last = prefixed[prefixed.length - 1]!;
    const before = prefixed.slice(0, -1);
    if (words(last) >= 3 && before.every((part) => words(part) <= 3)) return last;
  }
  return title;
}
