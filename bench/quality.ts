// Extraction quality and speed: Clean Reader's pipeline beside plain Readability, same pages,
// same DOM, same run.
//   npm run bench:quality -- [--scrapinghub DIR] [--readability DIR] [--seed DIR] [--only scrapinghub|readability|seed]
//                           [--rounds N] [--verbose]

import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { extract } from '../src/extract/pipeline';
import { parseDocument } from '../src/cli/parse';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadReadabilityPages, loadScrapinghub, requireDir, type BenchPage } from './corpora';
import { percentile, recallOf, scorePage, summarize, tokenize, type PageScore } from './metric';

interface Run {
  text: string;
  ms: number;
  threw: boolean;
  noArticle: boolean;
}

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

function runPlain(doc: Document): Run {
  const start = performance.now();
  try {
    const result = new Readability(doc.cloneNode(true) as Document).parse();
    return { text: result?.textContent ?? '', ms: performance.now() - start, threw: false, noArticle: !result };
  } catch {
    return { text: '', ms: performance.now() - start, threw: true, noArticle: true };
  }
}

/** Scored on the article body: the benchmarks' truths leave the title out. */
function runOurs(doc: Document, url: string | undefined, bestGuess: boolean): Run {
  const start = performance.now();
  try {
    const result = extract(doc, { url });
    const ms = performance.now() - start;
    const article = result.ok ? result.article : bestGuess ? result.bestGuess : undefined;
    if (!article) return { text: '', ms, threw: false, noArticle: true };
    const { text, title } = article;
    return { text: text.startsWith(title) ? text.slice(title.length) : text, ms, threw: false, noArticle: !result.ok };
  } catch (error) {
    if (process.argv.includes('--verbose')) console.error(error);
    return { text: '', ms: performance.now() - start, threw: true, noArticle: true };
  }
}

interface Outcome {
  plain: Run[];
  ours: Run[];
  plainScores: PageScore[];
  ourScores: PageScore[];
}

const ROUNDS = Number(option('--rounds', '5'));

/** Each extractor runs ROUNDS times per page, interleaved; a page's time is its median round. */
function medianRun(runs: Run[]): Run {
  const ms = percentile(runs.map((r) => r.ms), 50);
  return { ...runs[0]!, ms };
}

const WARM_UP_PAGES = 10;

function runCorpus(pages: BenchPage[], expectedOf: (page: BenchPage) => string, bestGuess: boolean): Outcome {
  const outcome: Outcome = { plain: [], ours: [], plainScores: [], ourScores: [] };
  // Both extractors run a few pages unmeasured first, so that neither is timed while V8 compiles it.
  for (const page of pages.slice(0, WARM_UP_PAGES)) {
    const doc = parseDocument(page.html);
    runPlain(doc);
    runOurs(doc, page.url, bestGuess);
  }
  pages.forEach((page) => {
    const doc = parseDocument(page.html);
    const plainRuns: Run[] = [];
    const ourRuns: Run[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // Alternate which runs first so that warm caches and pending garbage favour neither.
      if (round % 2) {
        plainRuns.push(runPlain(doc));
        ourRuns.push(runOurs(doc, page.url, bestGuess));
      } else {
        ourRuns.push(runOurs(doc, page.url, bestGuess));
        plainRuns.push(runPlain(doc));
      }
    }
    const plain = medianRun(plainRuns);
    const ours = medianRun(ourRuns);
    const expected = expectedOf(page);
    outcome.plain.push(plain);
    outcome.ours.push(ours);
    outcome.plainScores.push(scorePage(expected, plain.text));
    outcome.ourScores.push(scorePage(expected, ours.text));
    if (process.argv.includes('--verbose')) {
      const a = outcome.plainScores.at(-1)!;
      const b = outcome.ourScores.at(-1)!;
      console.log(`${page.name.slice(0, 24).padEnd(24)} plain P${fmt(a.tp / (a.tp + a.fp || 1))} R${fmt(recallOf(a))}  ours P${fmt(b.tp / (b.tp + b.fp || 1))} R${fmt(recallOf(b))}${ours.noArticle ? ' NO-ARTICLE' : ''}`);
    }
  });
  return outcome;
}

const fmt = (n: number) => n.toFixed(3);
const ms = (runs: Run[], p: number) => percentile(runs.map((r) => r.ms), p).toFixed(1);

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n');
}

const only = option('--only', 'all');
const rows: string[][] = [['corpus / extractor', 'pages', 'F1', 'precision', 'recall', 'accuracy', 'threw', 'no-article', 'median ms', 'p95 ms']];
const medians: Array<[string, number, number]> = [];
const seedRows: string[][] = [];

/** Bag-of-tokens F1, as the seed's README measures it. */
function tokenF1(expected: string, predicted: string): number {
  const counts = new Map<string, number>();
  for (const token of tokenize(expected.toLowerCase())) counts.set(token, (counts.get(token) ?? 0) + 1);
  const predictedTokens = tokenize(predicted.toLowerCase());
  let shared = 0;
  for (const token of predictedTokens) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(token, left - 1);
    }
  }
  const expectedCount = tokenize(expected).length;
  if (shared === 0) return 0;
  const precision = shared / predictedTokens.length;
  const recall = shared / expectedCount;
  return (2 * precision * recall) / (precision + recall);
}

function addRows(label: string, outcome: Outcome): void {
  for (const [name, runs, scores] of [['plain Readability 0.6.0', outcome.plain, outcome.plainScores], ['Clean Reader', outcome.ours, outcome.ourScores]] as const) {
    const s = summarize(scores);
    rows.push([`${label} / ${name}`, String(runs.length), fmt(s.f1), fmt(s.precision), fmt(s.recall), fmt(s.accuracy), String(runs.filter((r) => r.threw).length), String(runs.filter((r) => r.noArticle).length), ms(runs, 50), ms(runs, 95)]);
  }
  medians.push([label, percentile(outcome.plain.map((r) => r.ms), 50), percentile(outcome.ours.map((r) => r.ms), 50)]);
}

if (only === 'all' || only === 'scrapinghub') {
  const pages = loadScrapinghub(option('--scrapinghub', '../shared/benchmarks/scrapinghub'));
  // A page judged not an article scores as empty text.
  addRows('scrapinghub', runCorpus(pages, (page) => page.expected, false));
}
if (only === 'all' || only === 'readability') {
  const pages = loadReadabilityPages(option('--readability', '../shared/corpora/readability-test-pages'));
  // The expected text is Readability's own expected output: recall says what our cleaning lost.
  // Many of these pages are a sentence or two (unit tests of Readability), which the extension
  // calls "not an article" and shows on request: recall is measured on that best guess, and the
  // verdicts are counted in the no-article column.
  addRows('readability-test-pages', runCorpus(pages, (page) => parseDocument(`<!doctype html><html><body>${page.expectedHtml}</body></html>`).body.textContent ?? '', true));
}

if (only === 'all' || only === 'seed') {
  const seed = requireDir(option('--seed', '../shared/seed/ura-max'), 'The seed page');
  const html = readFileSync(join(seed, 'source.html'), 'utf8');
  const expected = readFileSync(join(seed, 'expected.txt'), 'utf8');
  const junk = readFileSync(join(seed, 'must-not-contain.txt'), 'utf8').split('\n').filter(Boolean);
  const doc = parseDocument(html);
  const plain = runPlain(doc).text;
  const result = extract(doc, {});
  const ours = result.ok ? result.article.text : '';
  for (const [name, text] of [['plain Readability 0.6.0', plain], ['Clean Reader', ours]] as const) {
    seedRows.push([name, `${junk.filter((line) => text.includes(line)).length} of ${junk.length}`, fmt(tokenF1(expected, text))]);
  }
}

if (rows.length > 1) {
  console.log(table(rows));
  console.log(`\nms: the whole pipeline (clone, cleaning, Readability, post-cleaning, text) vs clone + Readability, on the same parsed DOM; a page's time is the median of ${ROUNDS} interleaved rounds.`);
  for (const [label, plain, ours] of medians) console.log(`${label}: pipeline median / Readability median = ${(ours / plain).toFixed(2)}`);
}
if (seedRows.length) console.log(`\nseed page (ura-max)\n${table([['extractor', 'junk lines left', 'token F1'], ...seedRows])}`);
