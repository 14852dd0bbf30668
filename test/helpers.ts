// Test helpers: parse HTML the way the CLI does, and run one stage alone.

import { JSDOM, VirtualConsole } from 'jsdom';
import { parseDocument } from '../src/cli/parse';
import { runBlockRules } from '../src/extract/block-rules';
import { pageIndex } from '../src/extract/page-index';
import { textBlocks } from '../src/extract/blocks';
import { isAttached, textOf } from '../src/extract/dom';
import type { BlockShape, PageMetadata, Removal, Stage, StageContext } from '../src/extract/types';

export type Parser = 'linkedom' | 'jsdom';

/** `url` is the page's address; without one jsdom's page is about:blank, like a file read by the CLI. */
export function parse(html: string, parser: Parser = 'linkedom', url?: string): Document {
  // A silent console: hostile pages make jsdom report the CSS it cannot parse.
  const virtualConsole = new VirtualConsole();
  return parser === 'jsdom' ? new JSDOM(html, { virtualConsole, ...(url ? { url } : {}) }).window.document : parseDocument(html);
}

/** The body of a page made of `html`. */
export function parseBody(html: string, parser: Parser = 'linkedom'): HTMLElement {
  return parse(`<!doctype html><html><head></head><body>${html}</body></html>`, parser).body;
}

const NO_META: PageMetadata = {
  title: null, byline: null, siteName: null, lang: null, dir: null, publishedTime: null, excerpt: null, leadImage: null, baseUrl: null, discussion: false,
};

export interface StageRun {
  doc: Document;
  root: Element;
  removals: Removal[];
  /** The root's text, whitespace collapsed. */
  text: string;
}

/** Runs one stage over `html`'s body, as the pipeline would, and returns what it left and removed. */
export function runStage(stage: Stage, html: string, meta: Partial<PageMetadata> = {}, parser: Parser = 'linkedom', drop: BlockShape[] = []): StageRun {
  const doc = parse(`<!doctype html><html><head></head><body>${html}</body></html>`, parser);
  const root = doc.body;
  const removals: Removal[] = [];
  const context: StageContext = {
    root,
    meta: { ...NO_META, ...meta },
    remove(node, reason) {
      if (!node.parentNode) return false;
      removals.push({ stage: stage.name, reason, text: (node.textContent ?? '').replace(/\s+/g, ' ').trim() });
      node.parentNode.removeChild(node);
      return true;
    },
    note(reason, text) {
      removals.push({ stage: stage.name, reason, text });
    },
    blocks: () => textBlocks(root).filter((block) => isAttached(block.el, root)),
    site: { keep: [], drop },
  };
  if ('rule' in stage) runBlockRules(root, pageIndex(root), [{ rule: stage.rule, remove: (el) => context.remove(el, stage.rule.reason) }]);
  else stage.run(context);
  return { doc, root, removals, text: textOf(root) };
}

/** Realistic article prose, so that stages see a page with an article in it. */
export const PROSE = [
  'The council met on Tuesday evening to discuss the budget for the coming year, and the debate went on until almost midnight.',
  'Several members argued that the money for road repairs should be doubled, because the winter had left many streets full of holes.',
  'Others wanted to spend more on the library and the swimming pool, which residents had asked for in last spring’s survey.',
];
export const article = (extra = '') => `<article><h1>Budget night</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}${extra}</article>`;
