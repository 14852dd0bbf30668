// Page facts read before any cleaning: JSON-LD first (sites fill it for search engines, so it is
// the most careful), then Open Graph and other meta tags, then the document itself.

import type { PageMetadata } from './types';
import { collapse, textOf } from './dom';
import { cleanTitle } from './title';

const ARTICLE_TYPES = /Article|BlogPosting|NewsArticle|Report|SocialMediaPosting|WebPage/;

type Json = Record<string, unknown>;

export function readPageMetadata(doc: Document, url: string | null): PageMetadata {
  const ld = readJsonLd(doc);
  const meta = (...names: string[]) => metaContent(doc, names);
  const siteName = meta('og:site_name', 'application-name') ?? nameOf(ld?.publisher) ?? null;
  const headings = Array.from(doc.querySelectorAll('h1')).map((h) => textOf(h)).filter(Boolean);
  const rawTitle =
    str(ld?.headline) ?? meta('og:title', 'twitter:title', 'dc.title') ?? collapse(doc.title ?? '') ?? null;
  return {
    title: rawTitle ? cleanTitle(rawTitle, { siteName, headings, documentTitle: collapse(doc.title ?? '') }) : null,
    byline: authorOf(ld?.author) ?? meta('author', 'article:author', 'dc.creator', 'parsely-author') ?? null,
    siteName,
    lang: languageOf(doc, meta('og:locale', 'content-language', 'dc.language')),
    dir: doc.documentElement?.getAttribute('dir') || doc.body?.getAttribute('dir') || null,
    publishedTime:
      str(ld?.datePublished) ??
      meta('article:published_time', 'datePublished', 'pubdate', 'publishdate', 'dc.date', 'date') ??
      doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
      null,
    excerpt: meta('og:description', 'description', 'twitter:description') ?? str(ld?.description) ?? null,
    leadImage: meta('og:image', 'twitter:image') ?? imageOf(ld?.image) ?? null,
    baseUrl: baseUrlOf(doc, url),
  };
}

function metaContent(doc: Document, names: string[]): string | null {
  for (const name of names) {
    const el =
      doc.querySelector(`meta[property="${name}"]`) ??
      doc.querySelector(`meta[name="${name}"]`) ??
      doc.querySelector(`meta[itemprop="${name}"]`) ??
      doc.querySelector(`meta[http-equiv="${name}"]`);
    const content = el?.getAttribute('content');
    if (content && content.trim()) return collapse(content);
  }
  return null;
}

function readJsonLd(doc: Document): Json | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse((script.textContent ?? '').trim());
    } catch {
      continue;
    }
    const found = flatten(parsed).find((item) => ARTICLE_TYPES.test(String(item['@type'] ?? '')) && item.headline);
    if (found) return found;
  }
  return null;
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

function baseUrlOf(doc: Document, url: string | null): string | null {
  const candidates = [
    doc.querySelector('base[href]')?.getAttribute('href'),
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    metaContent(doc, ['og:url']),
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
