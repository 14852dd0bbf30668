// Bundled into the page by bench/browser.ts: times the pipeline, plain Readability and Defuddle
// (its browser build) on the live page's DOM, in the page, as the content script would run them.

import { Readability } from '@mozilla/readability';
import Defuddle from 'defuddle';
import { extractKeepingRemovals } from '../src/extract/pipeline';

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

(globalThis as Record<string, unknown>).cleanReaderBench = {
  // As the page agent runs it: the removed blocks' list is read later, if the reader opens it.
  ours: () => time(() => extractKeepingRemovals(document, { url: location.href })),
  plain: () => time(() => new Readability(document.cloneNode(true) as Document).parse()),
  defuddle: () => time(() => new Defuddle(document.cloneNode(true) as Document, { url: location.href }).parse()),
};
