// Page facts read before any cleaning: JSON-LD first (sites fill it for search engines, so it is
// the most careful), then Open Graph and other meta tags, then the document itself.

import type { PageMetadata, Recipe } from './types';
import { collapse, tagOf, textOf } from './dom';
import { cleanTitle } from './title';

const ARTICLE_TYPES = /Article|BlogPosting|NewsArticle|Report|SocialMediaPosting|WebPage/;

/** Forum software and Q&A sites declare their threads for search engines. */
const DISCUSSION_TYPES = /DiscussionForumPosting|QAPage|schema\.org\/Question$/;
const DISCUSSION_LD = /"@type"\s*:\s*"(?:DiscussionForumPosting|QAPage)"/;

type Json = Record<string, unknown>;

/** The elements metadata is read from, found in one pass over the page. */
interface Sources {
  metas: Element[];
  jsonLd: Element[];
  headings: Element[];
  time: Element | null;
  base: Element | null;
  canonical: Element | null;
  itemTypes: string[];
}

function findSources(doc: Document): Sources {
  const sources: Sources = { metas: [], jsonLd: [], headings: [], time: null, base: null, canonical: null, itemTypes: [] };
  const all = doc.querySelectorAll('meta[content], script[type="application/ld+json"], h1, time[datetime], base[href], link[rel="canonical"], [itemtype]');
  for (const el of Array.from(all)) {
    const itemType = el.getAttribute('itemtype');
    if (itemType) sources.itemTypes.push(itemType);
    switch (tagOf(el)) {
      case 'META': sources.metas.push(el); break;
      case 'SCRIPT': sources.jsonLd.push(el); break;
      case 'H1': sources.headings.push(el); break;
      case 'TIME': sources.time ??= el; break;
      case 'BASE': sources.base ??= el; break;
      case 'LINK': sources.canonical ??= el; break;
    }
  }
  return sources;
}

/** NodeFilter.SHOW_TEXT (the CLI's DOM has no NodeFilter global). */
const SHOW_TEXT = 4;

/** Whether the body shows a text as a whole text node, not a link's: read once, only when asked. */
function linesShown(doc: Document): (text: string) => boolean {
  let lines: Set<string> | undefined;
  return (text) => {
    if (!lines) {
      lines = new Set();
      const walker = doc.createTreeWalker(doc.body ?? doc, SHOW_TEXT);
      for (let node; (node = walker.nextNode()); ) if (node.parentElement?.tagName !== 'A') lines.add(collapse((node as Text).data));
    }
    return lines.has(text);
  };
}

export function readPageMetadata(doc: Document, url: string | null): PageMetadata {
  const sources = findSources(doc);
  const ldItems = jsonLdItems(sources.jsonLd);
  const ld = readJsonLd(ldItems);
  const recipe = recipeOf(ldItems) ?? (sources.itemTypes.some((type) => /schema\.org\/Recipe$/i.test(type)) ? recipeInMicrodata(doc) : null);
  const tags = metaTags(sources.metas);
  const meta = (...names: string[]) => {
    for (const name of names) {
      const content = tags.get(name);
      if (content) return content;
    }
    return null;
  };
  const siteName = meta('og:site_name', 'application-name') ?? nameOf(ld?.publisher) ?? null;
  const headings = sources.headings.map((h) => textOf(h)).filter(Boolean);
  const rawTitle =
    str(ld?.headline) ?? meta('og:title', 'twitter:title', 'dc.title') ?? collapse(doc.title ?? '') ?? null;
  return {
    title: rawTitle ? cleanTitle(rawTitle, { siteName, headings, documentTitle: collapse(doc.title ?? ''), shownAlone: linesShown(doc) }) : null,
    byline: authorOf(ld?.author) ?? meta('author', 'article:author', 'dc.creator', 'parsely-author') ?? null,
    siteName,
    lang: languageOf(doc, meta('og:locale', 'content-language', 'dc.language')),
    dir: doc.documentElement?.getAttribute('dir') || doc.body?.getAttribute('dir') || null,
    publishedTime:
      str(ld?.datePublished) ??
      meta('article:published_time', 'datepublished', 'pubdate', 'publishdate', 'dc.date', 'date') ??
      sources.time?.getAttribute('datetime') ??
      null,
    excerpt: meta('og:description', 'description', 'twitter:description') ?? str(ld?.description) ?? null,
    leadImage: meta('og:image', 'twitter:image') ?? imageOf(ld?.image) ?? null,
    baseUrl: baseUrlOf(sources, url, meta('og:url')),
    ...(recipe ? { recipe } : {}),
    discussion: sources.itemTypes.some((type) => DISCUSSION_TYPES.test(type)) || sources.jsonLd.some((script) => DISCUSSION_LD.test(script.textContent ?? '')),
  };
}

/** All meta tags in one pass, keyed by lower-case property/name/itemprop; the first one wins. */
function metaTags(metas: Element[]): Map<string, string> {
  const tags = new Map<string, string>();
  for (const el of metas) {
    const content = collapse(el.getAttribute('content') ?? '');
    if (!content) continue;
    for (const attribute of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

/** Every object the page's JSON-LD scripts declare, in order; scripts that do not parse are passed over. */
function jsonLdItems(scripts: Element[]): Json[] {
  return scripts.flatMap((script) => {
    try {
      return flatten(JSON.parse((script.textContent ?? '').trim()));
    } catch {
      return [];
    }
  });
}

function readJsonLd(items: Json[]): Json | null {
  return items.find((item) => ARTICLE_TYPES.test(String(item['@type'] ?? '')) && item.headline) ?? null;
}

function flatten(value: unknown): Json[] {
  if (Array.isArray(value)) return value.flatMap(flatten);
  if (value && typeof value === 'object') {
    const object = value as Json;
    return [object, ...(object['@graph'] ? flatten(object['@graph']) : [])];
  }
  return [];
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? collapse(value) : null;
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return str(value);
  if (Array.isArray(value)) return nameOf(value[0]);
  if (value && typeof value === 'object') return str((value as Json).name);
  return null;
}

function authorOf(value: unknown): string | null {
  const list = Array.isArray(value) ? value : [value];
  const names = list.map(nameOf).filter((name): name is string => !!name && !/^https?:/.test(name));
  return names.length ? names.join(', ') : null;
}

function imageOf(value: unknown): string | null {
  if (typeof value === 'string') return str(value);
  if (Array.isArray(value)) return imageOf(value[0]);
  if (value && typeof value === 'object') return str((value as Json).url);
  return null;
}

function languageOf(doc: Document, fallback: string | null): string | null {
  const lang = doc.documentElement?.getAttribute('lang') || doc.body?.getAttribute('lang') || fallback;
  return lang ? lang.trim().replace(/_/g, '-') : null;
}

function baseUrlOf(sources: Sources, url: string | null, ogUrl: string | null): string | null {
  const candidates = [
    sources.base?.getAttribute('href'),
    url ? null : sources.canonical?.getAttribute('href'),
    url ? null : ogUrl,
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      // A <base> may itself be relative to the page's address.
      return new URL(candidate, url ?? undefined).href;
    } catch {
      continue;
    }
  }
  return url;
}

/** schema.org Recipe in JSON-LD: its ingredients and its steps as plain strings. */
export function recipeOf(items: ReadonlyArray<Record<string, unknown>>): Recipe | null {
  const item = items.find((candidate) => [candidate['@type']].flat().some((type) => type === 'Recipe'));
  if (!item) return null;
  const ingredients = [item.recipeIngredient ?? item.ingredients].flat().filter((entry): entry is string => typeof entry === 'string');
  const steps = stepsOf(item.recipeInstructions);
  return ingredients.length > 0 || steps.length > 0 ? { ingredients, steps } : null;
}

/** The same, marked up in microdata: the texts of the elements that say they are ingredients or steps. */
export function recipeInMicrodata(doc: Document): Recipe | null {
  const texts = (selector: string) => Array.from(doc.querySelectorAll(selector), (el) => textOf(el)).filter(Boolean);
  const ingredients = texts('[itemprop="recipeIngredient"], [itemprop="ingredients"]');
  // One element may hold every step, as paragraphs: each is a step.
  const steps = Array.from(doc.querySelectorAll('[itemprop="recipeInstructions"]')).flatMap((el) => {
    const paragraphs = Array.from(el.querySelectorAll('p, li'), (line) => textOf(line)).filter(Boolean);
    return paragraphs.length > 0 ? paragraphs : [textOf(el)];
  });
  return ingredients.length > 0 || steps.length > 0 ? { ingredients, steps } : null;
}

function stepsOf(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/\n+/).filter((line) => line.trim());
  if (Array.isArray(value)) return value.flatMap(stepsOf);
  if (value && typeof value === 'object') {
    const entry = value as Record<string, unknown>;
    // A HowToSection lists its steps; a HowToStep says its text.
    if (entry.itemListElement) return stepsOf(entry.itemListElement);
    return typeof entry.text === 'string' ? [entry.text] : [];
  }
  return [];
}
