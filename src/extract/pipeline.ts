// The extraction pipeline: Document in, Article out. Every stage, in order, is listed here.
// The same code runs in the content script, the CLI and the tests; nothing here touches the
// browser or the live page (everything works on a clone).

import type { Article, ExtractOptions, ExtractResult, PageMetadata, Removal, RemovalReason, ResolvedOptions, Stage, StageContext } from './types';
import { hidden } from './stages/hidden';
import { templates } from './stages/templates';
import { loadingStubs } from './stages/loading-stubs';
import { ads } from './stages/ads';
import { cookieBanners } from './stages/cookie-banners';
import { promos } from './stages/promos';
import { share } from './stages/share';
import { textSizeWidget } from './stages/text-size-widget';
import { comments } from './stages/comments';
import { related } from './stages/related';
import { nextArticle } from './stages/next-article';
import { lazyImages } from './stages/lazy-images';
import { repeatedMetadata } from './stages/repeated-metadata';
import { repeatedCaption } from './stages/repeated-caption';
import { dedupe } from './stages/dedupe';
import { absoluteUrls } from './stages/absolute-urls';
import { emptyWrappers } from './stages/empty-wrappers';
import { readPageMetadata } from './metadata';
import { runReadability } from './readability';
import { articleBlocks, countWordsIn, readingMinutes } from './text';
import { looksLikeArticle } from './article-check';
import { collapse } from './dom';

export const STAGES: readonly Stage[] = [
  // Before Readability: what is never article. Hidden first, so hidden copies never count as text.
  hidden,
  templates,
  loadingStubs,
  ads,
  cookieBanners,
  promos,
  share,
  textSizeWidget,
  comments,
  related,
  nextArticle,
  // After Readability, on the article only.
  lazyImages,
  repeatedMetadata,
  repeatedCaption,
  dedupe,
  absoluteUrls,
  emptyWrappers,
];

export const DEFAULT_MAX_ELEMENTS = 150_000;
const REMOVAL_TEXT_LIMIT = 300;

export function resolveOptions(options: ExtractOptions = {}): ResolvedOptions {
  return {
    url: options.url ?? null,
    debug: options.debug ?? false,
    disable: new Set(options.disable ?? []),
    maxElements: options.maxElements ?? DEFAULT_MAX_ELEMENTS,
    force: options.force ?? false,
  };
}

export function extract(doc: Document, options: ExtractOptions = {}): ExtractResult {
  const resolved = resolveOptions(options);
  if (resolved.maxElements > 0 && doc.querySelectorAll('*').length > resolved.maxElements) {
    return { ok: false, error: 'too-large' };
  }
  const meta = readPageMetadata(doc, resolved.url);
  const clone = doc.cloneNode(true) as Document;
  const removals: Removal[] = [];
  const removed: Partial<Record<RemovalReason, number>> = {};
  const stages = STAGES.filter((stage) => !resolved.disable.has(stage.name));

  const body = clone.body ?? clone.documentElement;
  if (body) for (const stage of stages) if (stage.phase === 'before') runStage(stage, clone, body);

  const readable = runReadability(clone);
  if (!readable) return { ok: false, error: 'no-article' };
  const merged: PageMetadata = {
    ...meta,
    title: meta.title ?? readable.title,
    byline: readable.byline ?? meta.byline,
    siteName: meta.siteName ?? readable.siteName,
    lang: meta.lang ?? readable.lang,
    dir: meta.dir ?? readable.dir,
    publishedTime: meta.publishedTime ?? readable.publishedTime,
    excerpt: meta.excerpt ?? readable.excerpt,
  };
  for (const stage of stages) if (stage.phase === 'after') runStage(stage, clone, readable.content, merged);

  const article = buildArticle(readable.content, merged, removed, resolved.debug ? removals : undefined);
  if (!resolved.force && !looksLikeArticle(readable.content)) return { ok: false, error: 'no-article', bestGuess: article };
  return { ok: true, article };

  function runStage(stage: Stage, document: Document, root: Element, pageMeta: PageMetadata = meta): void {
    const record = (reason: RemovalReason, text: string) => {
      removed[reason] = (removed[reason] ?? 0) + 1;
      if (resolved.debug) removals.push({ stage: stage.name, reason, text: collapse(text).slice(0, REMOVAL_TEXT_LIMIT) });
    };
    const context: StageContext = {
      doc: document,
      root,
      options: resolved,
      meta: pageMeta,
      remove(node, reason) {
        if (!node.parentNode) return false;
        record(reason, resolved.debug ? (node.textContent ?? '') : '');
        node.parentNode.removeChild(node);
        return true;
      },
      note: record,
    };
    stage.run(context);
  }
}

function buildArticle(
  content: Element,
  meta: PageMetadata,
  removed: Partial<Record<RemovalReason, number>>,
  removals: Removal[] | undefined,
): Article {
  const title = meta.title ?? '';
  const blocks = articleBlocks(content);
  const body = blocks.join('\n\n');
  const firstImage = content.querySelector('img[src]')?.getAttribute('src');
  const { baseUrl: _baseUrl, ...facts } = meta;
  return {
    ...facts,
    title,
    dir: meta.dir ?? directionOf(body),
    leadImage: firstImage && /^https?:/.test(firstImage) ? firstImage : meta.leadImage,
    html: content.innerHTML,
    text: [title, ...blocks].filter(Boolean).join('\n\n'),
    wordCount: countWordsIn(body),
    readingMinutes: readingMinutes(body, meta.lang),
    removed,
    ...(removals ? { removals } : {}),
  };
}

/** Pages often omit `dir`; the script of the text tells. */
function directionOf(text: string): 'rtl' | 'ltr' {
  const sample = text.slice(0, 2000);
  const rtl = sample.match(/[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/g)?.length ?? 0;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  return letters > 0 && rtl / letters > 0.3 ? 'rtl' : 'ltr';
}
