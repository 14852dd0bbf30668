// The extraction pipeline: Document in, Article out. Every stage, in order, is listed here.
// The same code runs in the content script, the CLI and the tests; nothing here touches the
// browser or the live page (everything works on a clone).

import type { Article, ExtractOptions, ExtractResult, PageMetadata, Removal, ResolvedOptions, Stage } from './types';
import { breadcrumbs } from './stages/breadcrumbs';
import { outsideProse } from './stages/outside-prose';
import { tableOfContents } from './stages/table-of-contents';
import { choiceLists } from './stages/choice-lists';
import { hidden } from './stages/hidden';
import { templates, withoutPlaceholders } from './stages/templates';
import { loadingStubs } from './stages/loading-stubs';
import { ads } from './stages/ads';
import { cookieBanners } from './stages/cookie-banners';
import { embedConsent } from './stages/embed-consent';
import { promos } from './stages/promos';
import { signUpForms } from './stages/sign-up-forms';
import { share } from './stages/share';
import { callsToAction } from './stages/calls-to-action';
import { authorBox } from './stages/author-box';
import { textSizeWidget } from './stages/text-size-widget';
import { comments } from './stages/comments';
import { related } from './stages/related';
import { nextArticle } from './stages/next-article';
import { pageControls } from './stages/page-controls';
import { ratingWidget } from './stages/rating-widget';
import { legalNotice } from './stages/legal-notice';
import { pageChrome } from './stages/page-chrome';
import { imageCredits } from './stages/image-credits';
import { boilerplate } from './stages/boilerplate';
import { articleTail } from './stages/article-tail';
import { lazyImages } from './stages/lazy-images';
import { layoutTables } from './stages/layout-tables';
import { repeatedMetadata } from './stages/repeated-metadata';
import { repeatedCaption } from './stages/repeated-caption';
import { dedupe } from './stages/dedupe';
import { commentThread } from './stages/comment-thread';
import { absoluteUrls } from './stages/absolute-urls';
import { emptyWrappers } from './stages/empty-wrappers';
import { proseNames } from './stages/prose-names';
import { leadParagraph } from './stages/lead-paragraph';
import { readerRules } from './stages/reader-rules';
import { seeAlso } from './stages/see-also';
import { tagLists } from './stages/tag-lists';
import { afterProse } from './stages/after-prose';
import { teaserLists } from './stages/teaser-lists';
import { sections, wholeArticle } from './stages/sections';
import { recipe, withRecipe } from './stages/recipe';
import { markedBody, withMarkedBody } from './stages/marked-body';
import { readPageMetadata } from './metadata';
import { cloneForExtraction } from './clone';
import { runReadability } from './readability';
import { articleBlocks, countWordsIn, readingMinutes } from './text';
import { looksLikeArticle } from './article-check';
import { RemovalLog, runPhase } from './phase';

export const STAGES: readonly Stage[] = [
  // Before Readability: what is never article. Consecutive rule stages share one walk over the
  // page; hidden first, so that hidden copies never count as text. What stands beside the prose
  // goes before anything reads it (usually while the page is copied).
  outsideProse,
  hidden,
  // What the reader asked to drop on this site, before anything guesses.
  readerRules,
  pageChrome,
  breadcrumbs,
  tableOfContents,
  loadingStubs,
  ads,
  cookieBanners,
  embedConsent,
  promos,
  signUpForms,
  callsToAction,
  authorBox,
  share,
  textSizeWidget,
  comments,
  related,
  nextArticle,
  pageControls,
  ratingWidget,
  legalNotice,
  // Walking stages after the rule stages, which share one walk. Drop-down lists stay until the
  // rules have read them as evidence of a form.
  choiceLists,
  teaserLists,
  // Last before Readability: what it will read, it should not judge by misleading names, and
  // where the prose spreads over sections, all of them are kept in reserve.
  leadParagraph,
  proseNames,
  sections,
  markedBody,
  recipe,
  // After Readability, on the article only. Layout tables first: the stages after read blocks.
  layoutTables,
  lazyImages,
  // Placeholders only after Readability: their text is what lets it keep each post of a thread
  // whose own words sit beside links (it drops link-dense blocks).
  templates,
  tagLists,
  repeatedMetadata,
  repeatedCaption,
  imageCredits,
  boilerplate,
  seeAlso,
  afterProse,
  dedupe,
  commentThread,
  articleTail,
  absoluteUrls,
  emptyWrappers,
];

export const DEFAULT_MAX_ELEMENTS = 150_000;
/** Readability's work grows with the square of nesting depth: 1,000 levels take it seconds. */
export const DEFAULT_MAX_DEPTH = 400;

export function resolveOptions(options: ExtractOptions = {}): ResolvedOptions {
  return {
    url: options.url ?? null,
    disable: new Set(options.disable ?? []),
    maxElements: options.maxElements ?? DEFAULT_MAX_ELEMENTS,
    maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
    force: options.force ?? false,
    site: { keep: options.keep ?? [], drop: options.drop ?? [] },
  };
}

/** With `debug`, the article lists what was removed (`removals`). */
export function extract(doc: Document, options: ExtractOptions = {}): ExtractResult {
  const { result, removals } = extractKeepingRemovals(doc, options);
  const article = result.ok ? result.article : result.bestGuess;
  if (options.debug && article) article.removals = removals();
  return result;
}

/** An extraction whose list of removed blocks is read only when asked for (the reader opens it). */
export interface Extraction {
  result: ExtractResult;
  removals(): Removal[];
}

export function extractKeepingRemovals(doc: Document, options: ExtractOptions = {}): Extraction {
  const { result, log } = extractAll(doc, resolveOptions(options), options.root);
  return { result, removals: () => log?.entries() ?? [] };
}

interface Outcome {
  result: ExtractResult;
  log?: RemovalLog;
}

function extractAll(doc: Document, resolved: ResolvedOptions, root: Element | undefined): Outcome {
  if (exceedsBudget(doc, resolved)) return { result: { ok: false, error: 'too-large' } };
  const meta = readPageMetadata(doc, resolved.url);
  if (root) return extractWithin(doc, root, meta, resolved);
  const first = extractOnce(doc, meta, resolved);
  // On a forum or Q&A page the thread is the content: when taking the comments out left no
  // article, or a stub beside far more discussion, the page is read again with them in.
  if (first.commentChars > 0 && !resolved.disable.has(comments.name)) {
    const words = first.result.ok ? first.result.article.wordCount : 0;
    if (words < THREAD_MAX_ARTICLE_WORDS && first.commentChars > THREAD_TEXT_RATIO * words * AVERAGE_WORD_CHARS) {
      const withThread = extractOnce(doc, meta, { ...resolved, disable: new Set([...resolved.disable, comments.name]) });
      const threadWords = withThread.result.ok ? withThread.result.article.wordCount : 0;
      if (threadWords > words) return withThread;
    }
  }
  // The frame guess took everything Readability could read (a post set in an <aside>, a page
  // that is all <header>): read the page again with the frame in, rather than show nothing.
  if (!first.result.ok && first.result.error === 'no-article' && !first.result.bestGuess && !resolved.disable.has(pageChrome.name)) {
    return extractOnce(doc, meta, { ...resolved, disable: new Set([...resolved.disable, pageChrome.name, outsideProse.name]) });
  }
  return first;
}

const THREAD_MAX_ARTICLE_WORDS = 150;
const THREAD_TEXT_RATIO = 3;
const AVERAGE_WORD_CHARS = 6;

function extractOnce(doc: Document, meta: PageMetadata, resolved: ResolvedOptions): Outcome & { commentChars: number } {
  const log = new RemovalLog([comments.name]);
  const { copy: clone, screenedDepth, outsideProseDone } = cloneForExtraction(doc, {
    hidden: !resolved.disable.has(hidden.name),
    pageChrome: !resolved.disable.has(pageChrome.name),
    outsideProse: !resolved.disable.has(outsideProse.name),
    onLeftOut: ({ stage, reason, node }) => log.record(stage, reason, () => node.textContent ?? ''),
  });
  const stages = STAGES.filter((stage) => !resolved.disable.has(stage.name) && !(stage === outsideProse && outsideProseDone));
  const done = (result: ExtractResult) => ({ result, log, commentChars: log.measured(comments.name) });

  const body = clone.body ?? clone.documentElement;
  if (body) runPhase('before', stages, body, meta, log, screenedDepth, resolved.site);
  const readable = runReadability(clone);
  if (!readable) return done({ ok: false, error: 'no-article' });
  const merged: PageMetadata = {
    ...meta,
    title: meta.title ?? readable.title,
    // What the page declares (JSON-LD, meta) beats what Readability guesses from the markup.
    byline: meta.byline ?? (resolved.disable.has(templates.name) ? readable.byline : withoutPlaceholders(readable.byline)),
    siteName: meta.siteName ?? readable.siteName,
    lang: meta.lang ?? readable.lang,
    dir: meta.dir ?? readable.dir,
    publishedTime: meta.publishedTime ?? readable.publishedTime,
    excerpt: meta.excerpt ?? readable.excerpt,
  };
  const content = body ? withReserves(body, readable.content) : readable.content;
  const articleBlocks = runPhase('after', stages, content, merged, log, 0, resolved.site);

  const article = buildArticle(content, merged, log);
  if (!resolved.force && !looksLikeArticle(articleBlocks.get())) return done({ ok: false, error: 'no-article', bestGuess: article });
  return done({ ok: true, article });
}

/**
 * Stages before Readability that kept a copy of part of the page in reserve (a box of sections,
 * the marked body, a recipe's boxes) put it in place of, or beside, Readability's choice, in turn.
 */
function withReserves(root: Element, chosen: Element): Element {
  return [wholeArticle, withMarkedBody, withRecipe].reduce((content, settle) => settle(root, content), chosen);
}

/**
 * The reader's own choice of root: a document holding only a copy of it goes through the same
 * stages, with Readability left out (its scoring would second-guess the reader). What the reader
 * chose is shown even when it does not look like an article.
 */
function extractWithin(doc: Document, root: Element, meta: PageMetadata, resolved: ResolvedOptions): Outcome {
  const log = new RemovalLog([comments.name]);
  const copy = doc.cloneNode(false) as Document;
  const html = (doc.documentElement?.cloneNode(false) ?? copy.createElement('html')) as Element;
  const body = copy.createElement('body');
  const content = copy.createElement('div');
  content.append(copy.importNode(root, true));
  body.append(content);
  html.append(body);
  copy.append(html);
  // The reader picked this block for its text: taking comments or related links out of it is
  // still right, but not the frame stage's "not inside an article" guesses about its sections.
  const stages = STAGES.filter((stage) => !resolved.disable.has(stage.name) && stage !== pageChrome && stage !== outsideProse);
  runPhase('before', stages, content, meta, log, 0, resolved.site);
  withReserves(content, content);
  runPhase('after', stages, content, meta, log, 0, resolved.site);
  return { result: { ok: true, article: buildArticle(content, meta, log) }, log };
}

/**
 * Too many elements or too deep a tree to read within the time a reader waits: said at once,
 * after one cheap walk, instead of a frozen tab.
 */
function exceedsBudget(doc: Document, options: ResolvedOptions): boolean {
  const root = doc.documentElement;
  if (!root) return false;
  let elements = 0;
  let depth = 0;
  let node: Element | null = root;
  while (node) {
    elements++;
    if ((options.maxElements > 0 && elements > options.maxElements) || (options.maxDepth > 0 && depth > options.maxDepth)) return true;
    const child: Element | null = node.firstElementChild;
    if (child) {
      node = child;
      depth++;
      continue;
    }
    while (node && node !== root && !node.nextElementSibling) {
      node = node.parentElement;
      depth--;
    }
    node = node && node !== root ? node.nextElementSibling : null;
  }
  return false;
}

function buildArticle(content: Element, meta: PageMetadata, log: RemovalLog): Article {
  const title = meta.title ?? '';
  const blocks = articleBlocks(content);
  const body = blocks.join('\n\n');
  const firstImage = content.querySelector('img[src]')?.getAttribute('src');
  const wordCount = countWordsIn(body);
  const { baseUrl: _baseUrl, discussion: _discussion, recipe: _recipe, ...facts } = meta;
  return {
    ...facts,
    title,
    dir: meta.dir ?? directionOf(body),
    leadImage: firstImage && /^https?:/.test(firstImage) ? firstImage : meta.leadImage,
    html: content.innerHTML,
    text: [title, ...blocks].filter(Boolean).join('\n\n'),
    wordCount,
    readingMinutes: readingMinutes(body, meta.lang, wordCount),
    removed: log.counts,
  };
}

/** Pages often omit `dir`; the script of the text tells. */
function directionOf(text: string): 'rtl' | 'ltr' {
  const sample = text.slice(0, 2000);
  const rtl = sample.match(/[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/g)?.length ?? 0;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  return letters > 0 && rtl / letters > 0.3 ? 'rtl' : 'ltr';
}
