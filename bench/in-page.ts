// Bundled into the page by bench/browser.ts: times the pipeline and plain Readability on the
// live page's DOM, in the page, as the content script would run them.

import { Readability } from '@mozilla/readability';
import { extract } from '../src/extract/pipeline';

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

(globalThis as Record<string, unknown>).cleanReaderBench = {
  ours: () => time(() => extract(document, { url: location.href })),
  plain: () => time(() => new Readability(document.cloneNode(true) as Document).parse()),
};
