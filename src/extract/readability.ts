import Readability from '@mozilla/readability/Readability.js';
import type { PageMetadata } from './types';

export type ReadabilityOutput = Omit<PageMetadata, 'leadImage' | 'baseUrl' | 'discussion' | 'recipe'> & { content: Element };

/**
 * Readability over a document the caller owns: it rewrites what it is given, so callers pass a
 * clone. The article comes back as an element (not a string) for the stages after it.
 */
export function runReadability(doc: Document): ReadabilityOutput | null {
  // JSON-LD is read once, by metadata.ts, before cleaning.
  const reader = new Readability<Element>(doc, { serializer: (node) => node as Element, disableJSONLD: true });
  const result = reader.parse();
  if (!result?.content) return null;
  return {
    content: result.content,
    title: result.title ?? null,
    byline: result.byline ?? null,
    siteName: result.siteName ?? null,
    lang: result.lang ?? null,
    dir: result.dir ?? null,
    publishedTime: result.publishedTime ?? null,
    excerpt: result.excerpt ?? null,
  };
}
