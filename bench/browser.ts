// Speed in the browser: the built extension in Chromium, on pages served locally.
//   npm run bench:browser -- [--rounds N] [--real] [--pages N] [--benchmarks DIR]
// Default: the fixture pages. --real: the Scrapinghub pages and the WCXB article pages of
// ../shared/benchmarks, served on 127.0.0.1 with the pages' own scripts off (a CSP header).
// Prints popup opened -> article painted (on the popup's own clock, from its navigation start,
// noted by an observer inside the popup; and on the harness's wall clock, Playwright's round
// trips included), and extraction inside the page for Clean Reader's
// pipeline (as the content script runs it, removed text kept), plain Readability and Defuddle:
// median and p95, and the median of per-page ratios.

import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, startServer, tabIdOf, ROOT } from '../test/e2e/harness';
import { loadScrapinghub, loadWcxb } from './corpora';
import { percentile } from './metric';

const arg = (name: string, fallback: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] ?? fallback : fallback);
const ROUNDS = Number(arg('--rounds', '5')) || 5;
const REAL = process.argv.includes('--real');
const benchmarks = arg('--benchmarks', join(ROOT, '..', 'shared', 'benchmarks'));

/** Path -> HTML of every page to time. */
function pagesToTime(): Map<string, string> {
  if (!REAL) {
    const fixtures = join(ROOT, 'test', 'fixtures');
    return new Map(readdirSync(fixtures).filter((name) => existsSync(join(fixtures, name, 'expected.txt'))).map((name) => [`/${name}/`, readFileSync(join(fixtures, name, 'source.html'), 'utf8')]));
  }
  const limit = Number(arg('--pages', '0')) || Infinity;
  const articles = [...loadScrapinghub(join(benchmarks, 'scrapinghub')), ...loadWcxb(join(benchmarks, 'wcxb-dev')).filter((page) => page.group === 'article')];
  return new Map(articles.slice(0, limit).map((page) => [`/real/${page.name}`, page.html]));
}

/**
 * Installed in the popup before its own scripts: at the first animation frame after the loading
 * line, and after the article (or the reader's message), is in the DOM, it notes the popup's own
 * clock (ms since its navigation started). Watching from inside, not polling from the harness,
 * so that the figure is the popup's, not the harness's poll interval.
 */
const PAINT_RECORDER = `(() => {
  const painted = (globalThis.crPainted = { first: 0, article: 0 });
  const watched = [['first', '.cr-message, .cr-article'], ['article', '.cr-article, .cr-message:not(.cr-loading)']];
  const check = () => {
    for (const [name, selector] of watched) {
      if (painted[name] !== 0 || !document.querySelector(selector)) continue;
      painted[name] = -1;
      requestAnimationFrame(() => { painted[name] = performance.now(); });
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
})()`;

const pages = pagesToTime();
const bundle = await build({ entryPoints: [join(ROOT, 'bench', 'in-page.ts')], bundle: true, write: false, format: 'iife', minify: true });
const inPage = bundle.outputFiles[0]!.text;

const { server, origin } = await startServer(Object.fromEntries([...pages].map(([path, html]) => [path.replace(/\/$/, ''), html])), REAL ? { 'content-security-policy': "script-src 'none'" } : {});
const session = await launch();
const times: Record<'firstPaint' | 'firstPaintWall' | 'popup' | 'popupWall' | 'ours' | 'plain' | 'defuddle', number[]> = {
  firstPaint: [], firstPaintWall: [], popup: [], popupWall: [], ours: [], plain: [], defuddle: [],
};
const ratios: number[] = [];
const defuddleRatios: number[] = [];
try {
  for (const path of pages.keys()) {
    const page = await session.context.newPage();
    await page.goto(`${origin}${path}`, { waitUntil: 'load' }).catch(() => undefined);
    const tabId = await tabIdOf(session, page);
    for (let round = 0; round < ROUNDS; round++) {
      const popup = await session.context.newPage();
      await popup.addInitScript(PAINT_RECORDER);
      const start = performance.now();
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
      // The harness's wall clock: Playwright's round trips on top of the popup's own times.
      await popup.waitForSelector('.cr-message, .cr-article');
      times.firstPaintWall.push(performance.now() - start);
      await popup.waitForSelector('.cr-article, .cr-message:not(.cr-loading)');
      times.popupWall.push(performance.now() - start);
      // A function, not a string: a string predicate is compiled inside the page when it has to
      // poll (a slow paint), which the extension page's CSP forbids.
      const painted = (await (
        await popup.waitForFunction(() => {
          const marks = (globalThis as unknown as { crPainted?: Record<'first' | 'article', number> }).crPainted;
          return marks && marks.article > 0 ? marks : null;
        })
      ).jsonValue()) as Record<'first' | 'article', number>;
      times.firstPaint.push(painted.first);
      times.popup.push(painted.article);
      await popup.close();
    }
    // Evaluated, not added as a script tag: the page's CSP forbids its own scripts, not ours.
    await page.evaluate(inPage);
    const own: Record<'ours' | 'plain' | 'defuddle', number[]> = { ours: [], plain: [], defuddle: [] };
    for (let round = 0; round < ROUNDS; round++) {
      const measured = await page.evaluate((order) => {
        const bench = (globalThis as unknown as { cleanReaderBench: Record<string, () => number> }).cleanReaderBench;
        // Alternate the order so that warm caches favour neither.
        return Object.fromEntries(order.map((name) => [name, bench[name]!()]));
      }, round % 2 ? ['plain', 'ours', 'defuddle'] : ['ours', 'plain', 'defuddle']);
      for (const name of ['ours', 'plain', 'defuddle'] as const) own[name].push(measured[name]!);
    }
    for (const name of ['ours', 'plain', 'defuddle'] as const) times[name].push(percentile(own[name], 50));
    ratios.push(percentile(own.ours, 50) / Math.max(percentile(own.plain, 50), 0.01));
    defuddleRatios.push(percentile(own.defuddle, 50) / Math.max(percentile(own.plain, 50), 0.01));
    await page.close();
  }
} finally {
  await session.close();
  server.close();
}

const row = (label: string, values: number[]) => `${label.padEnd(44)}${percentile(values, 50).toFixed(1).padStart(9)}${percentile(values, 95).toFixed(1).padStart(9)}`;
console.log(`${pages.size} ${REAL ? 'real pages (Scrapinghub, WCXB articles; page scripts off)' : 'fixture pages'}, ${ROUNDS} rounds each, Chromium headless`);
console.log(`${'measure'.padEnd(44)}${'median'.padStart(9)}${'p95'.padStart(9)}  (ms; extraction: per-page medians)`);
console.log(row('popup opened -> first frame painted', times.firstPaint));
console.log(row('popup opened -> article painted', times.popup));
console.log(row('  the same, harness wall clock: first frame', times.firstPaintWall));
console.log(row('  the same, harness wall clock: article', times.popupWall));
console.log(row('extraction in the page: Clean Reader', times.ours));
console.log(row('extraction in the page: plain Readability', times.plain));
console.log(row('extraction in the page: Defuddle', times.defuddle));
console.log(`Clean Reader / Readability: median of per-page ratios ${percentile(ratios, 50).toFixed(2)}, p95 / p95 ${(percentile(times.ours, 95) / percentile(times.plain, 95)).toFixed(2)}`);
console.log(`Defuddle / Readability: median of per-page ratios ${percentile(defuddleRatios, 50).toFixed(2)}`);
