// The extractors the quality bench compares, each timed on the same parsed page and turned into
// text the same way (our block-per-line text), so that only what they keep differs.

import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { extract } from '../src/extract/pipeline';
import { articleBlocks } from '../src/extract/text';
import { parseDocument } from '../src/cli/parse';

export interface Run {
  /** The article body, blocks one per paragraph. */
  body: string;
  title: string;
  ms: number;
  threw: boolean;
  noArticle: boolean;
}

export type ExtractorName = 'ours' | 'plain' | 'defuddle';

export const EXTRACTOR_LABELS: Record<ExtractorName, string> = {
  ours: 'Clean Reader',
  plain: 'Readability 0.6.0',
  defuddle: 'Defuddle 0.19.4',
};

const failed = (start: number): Run => ({ body: '', title: '', ms: performance.now() - start, threw: true, noArticle: true });

function textOfHtml(html: string, keepCaptions = false): string {
  return articleBlocks(parseDocument(`<!doctype html><html><body>${html}</body></html>`).body, { keepCaptions }).join('\n\n');
}

/**
 * `keepCaptions`: score the text of the article's HTML with every caption in it, for a corpus
 * whose expected output is HTML with its captions (Readability's test pages); elsewhere the text
 * is scored as the CLI gives it.
 */
export function runPlain(doc: Document, keepCaptions = false): Run {
  const start = performance.now();
  try {
    const result = new Readability(doc.cloneNode(true) as Document).parse();
    const ms = performance.now() - start;
    return { body: result?.content ? textOfHtml(result.content, keepCaptions) : '', title: result?.title ?? '', ms, threw: false, noArticle: !result };
  } catch {
    return failed(start);
  }
}

/**
 * `bestGuess`: score what the extension shows on request ("Show it anyway") instead of nothing.
 * Without it a page judged not an article scores as empty output, as a reader would see it.
 */
export function runOurs(doc: Document, url: string | undefined, bestGuess = false, keepCaptions = false): Run {
  const start = performance.now();
  try {
    const result = extract(doc, { url });
    const ms = performance.now() - start;
    const article = result.ok ? result.article : bestGuess ? result.bestGuess : undefined;
    if (!article) return { body: '', title: '', ms, threw: false, noArticle: true };
    const { text, title } = article;
    // The text opens with the title; the HTML does not.
    const body = keepCaptions ? textOfHtml(article.html, true) : text.startsWith(title) ? text.slice(title.length).trimStart() : text;
    return { body, title, ms, threw: false, noArticle: !result.ok };
  } catch (error) {
    if (process.argv.includes('--verbose')) console.error(error);
    return failed(start);
  }
}

type DefuddleFn = (input: Document, url?: string) => Promise<{ content?: string; title?: string }>;
let defuddle: DefuddleFn | null = null;

/** Loaded only with `--peers`: the peer is a dev dependency and heavy to import. */
export async function loadDefuddle(): Promise<void> {
  const module = (await import('defuddle/node')) as unknown as { Defuddle: DefuddleFn };
  defuddle = module.Defuddle;
}

export async function runDefuddle(doc: Document, url: string | undefined, keepCaptions = false): Promise<Run> {
  if (!defuddle) throw new Error('loadDefuddle() first');
  // Defuddle reports the errors it recovers from on the console; the bench's output is the table.
  const { error: consoleError, warn: consoleWarn } = console;
  console.error = console.warn = () => {};
  const start = performance.now();
  try {
    const result = await defuddle(doc.cloneNode(true) as Document, url);
    const ms = performance.now() - start;
    const body = result.content ? textOfHtml(result.content, keepCaptions) : '';
    return { body, title: result.title ?? '', ms, threw: false, noArticle: !body };
  } catch {
    return failed(start);
  } finally {
    console.error = consoleError;
    console.warn = consoleWarn;
  }
}
