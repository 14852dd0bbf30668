// Extraction quality and speed over every shared corpus: Clean Reader beside plain Readability
// (and Defuddle on a fixed sample with --peers), same pages, same DOM, same run, one table.
//   npm run bench:quality -- [--benchmarks DIR] [--readability DIR] [--seed DIR]
//                           [--only scrapinghub,wcxb,trafilatura,daniel,readability,seed]
//                           [--rounds N] [--peers] [--no-batch] [--json FILE] [--verbose]

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execSync } from 'node:child_process';
import { extract } from '../src/extract/pipeline';
import { parseDocument } from '../src/cli/parse';
import { loadDaniel, loadReadabilityPages, loadScrapinghub, loadTrafilatura, loadWcxb, requireDir, type BenchPage } from './corpora';
import { EXTRACTOR_LABELS, loadDefuddle, runDefuddle, runOurs, runPlain, type ExtractorName, type Run } from './extractors';
import { batchThroughput, type BatchFigure } from './batch';
import { percentile, recallOf, scorePage, snippetCounts, snippetSummary, summarize, tokenize, wordF1 } from './metric';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const ROUNDS = Math.max(1, Number(option('--rounds', '1')));
const PEERS = process.argv.includes('--peers');
/** Defuddle is slow in Node; it runs on every n-th page so that each corpus gives it ~this many. */
const PEER_SAMPLE = 120;
const benchmarks = option('--benchmarks', '../shared/benchmarks');
const only = new Set(option('--only', 'scrapinghub,wcxb,trafilatura,daniel,readability,seed').split(','));

type PageRuns = Partial<Record<ExtractorName, Run>>;

/** Each extractor runs ROUNDS times per page, interleaved; a page's time is its median round. */
async function runPage(page: BenchPage, inSample: boolean, bestGuess: boolean, keepCaptions: boolean, turn = 0): Promise<PageRuns> {
  const doc = parseDocument(page.html);
  const runs: Record<ExtractorName, Run[]> = { ours: [], plain: [], defuddle: [] };
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate which runs first, from round to round and from page to page (one round is the
    // default): the first run on a freshly parsed page also pays for the garbage its parsing left.
    const order: ExtractorName[] = (round + turn) % 2 ? ['plain', 'ours'] : ['ours', 'plain'];
    for (const name of order) runs[name].push(name === 'ours' ? runOurs(doc, page.url, bestGuess, keepCaptions) : runPlain(doc, keepCaptions));
  }
  if (inSample) runs.defuddle.push(await runDefuddle(doc, page.url, keepCaptions));
  const result: PageRuns = {};
  for (const name of Object.keys(runs) as ExtractorName[]) {
    if (runs[name].length) result[name] = { ...runs[name][0]!, ms: percentile(runs[name].map((r) => r.ms), 50) };
  }
  return result;
}

interface Scored {
  page: BenchPage;
  runs: PageRuns;
}

async function runCorpus(pages: BenchPage[], bestGuess: (page: BenchPage) => boolean = () => false, keepCaptions = false): Promise<Scored[]> {
  // A few pages run unmeasured first, so that no extractor is timed while V8 compiles it.
  for (const page of pages.slice(0, 10)) await runPage(page, false, bestGuess(page), keepCaptions);
  const step = Math.max(1, Math.floor(pages.length / PEER_SAMPLE));
  const out: Scored[] = [];
  for (const [i, page] of pages.entries()) out.push({ page, runs: await runPage(page, PEERS && i % step === 0, bestGuess(page), keepCaptions, i) });
  return out;
}

// One table: a row per corpus (or group), metric and extractor.
const HEADER = ['corpus', 'metric', 'extractor', 'pages', 'score', 'P', 'R', 'junk', 'no-article', 'threw', 'median ms', 'p95 ms'];
const rows: string[][] = [HEADER];
const figures: Record<string, Record<string, Record<string, number>>> = {};
const notes: string[] = [];
const fmt = (n: number) => n.toFixed(3);
const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

interface Figures {
  score: number;
  precision?: number;
  recall?: number;
  junk?: number;
}

function addRow(corpus: string, metric: string, name: ExtractorName, scored: Scored[], score: (items: Array<{ page: BenchPage; run: Run }>) => Figures): void {
  const items = scored.filter((s) => s.runs[name]).map((s) => ({ page: s.page, run: s.runs[name]! }));
  if (!items.length) return;
  const f = score(items);
  const times = items.map((i) => i.run.ms);
  const values = {
    pages: items.length,
    ...f,
    noArticle: items.filter((i) => i.run.noArticle).length,
    threw: items.filter((i) => i.run.threw).length,
    medianMs: percentile(times, 50),
    p95Ms: percentile(times, 95),
  };
  (figures[`${corpus} ${metric}`] ??= {})[name] = values;
  const opt = (n?: number) => (n === undefined ? '' : fmt(n));
  rows.push([corpus, metric, EXTRACTOR_LABELS[name], String(values.pages), fmt(f.score), opt(f.precision), opt(f.recall), opt(f.junk), String(values.noArticle), String(values.threw), values.medianMs.toFixed(1), values.p95Ms.toFixed(1)]);
}

/** Ours and plain over every page; with --peers, all three again on Defuddle's sample. */
function addRows(corpus: string, metric: string, scored: Scored[], score: Parameters<typeof addRow>[4]): void {
  addRow(corpus, metric, 'plain', scored, score);
  addRow(corpus, metric, 'ours', scored, score);
  const sample = scored.filter((s) => s.runs.defuddle);
  if (!sample.length) return;
  if (sample.length === scored.length) return addRow(corpus, metric, 'defuddle', scored, score);
  for (const name of ['plain', 'ours', 'defuddle'] as const) addRow(`${corpus} (sample)`, metric, name, sample, score);
}

function timeNote(corpus: string, scored: Scored[]): void {
  const median = (name: ExtractorName) => percentile(scored.map((s) => s.runs[name]?.ms ?? 0), 50);
  const ratios = scored.map((s) => s.runs.ours!.ms / Math.max(s.runs.plain!.ms, 0.01));
  notes.push(`${corpus}: pipeline median ${median('ours').toFixed(1)} ms / Readability median ${median('plain').toFixed(1)} ms = ${(median('ours') / median('plain')).toFixed(2)}; median of per-page ratios ${percentile(ratios, 50).toFixed(2)}`);
}

const shingles = (withTitle: boolean) => (items: Array<{ page: BenchPage; run: Run }>): Figures => {
  const s = summarize(items.map(({ page, run }) => scorePage(page.expected, withTitle ? `${run.title}\n\n${run.body}` : run.body)));
  return { score: s.f1, precision: s.precision, recall: s.recall };
};

const snippets = (items: Array<{ page: BenchPage; run: Run }>): Figures => {
  const s = snippetSummary(items.map(({ page, run }) => snippetCounts(run.body, page.with ?? [], page.without ?? [])));
  return { score: s.f1, precision: s.precision, recall: s.recall, junk: s.junkShare };
};

const words = (items: Array<{ page: BenchPage; run: Run }>): Figures => {
  const junk = snippetSummary(items.map(({ page, run }) => snippetCounts(run.body, [], page.without ?? []))).junkShare;
  return { score: mean(items.map(({ page, run }) => wordF1(page.expected, run.body))), junk };
};

function groupsOf(scored: Scored[]): Map<string, Scored[]> {
  const groups = new Map<string, Scored[]>();
  for (const s of scored) groups.set(s.page.group ?? '', [...(groups.get(s.page.group ?? '') ?? []), s]);
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : 1)));
}

if (PEERS) await loadDefuddle();

if (only.has('scrapinghub')) {
  const scored = await runCorpus(loadScrapinghub(join(benchmarks, 'scrapinghub')));
  addRows('scrapinghub', 'shingle F1', scored, shingles(false));
  timeNote('scrapinghub', scored);
  if (!process.argv.includes('--no-batch')) {
    const [single, parallel] = batchThroughput(join(benchmarks, 'scrapinghub', 'html'));
    const rate = (b: BatchFigure) => `--jobs ${b.jobs} ${b.pagesPerSecond.toFixed(1)} pages/s (${b.seconds.toFixed(1)} s)`;
    notes.push(`scrapinghub batch, built CLI, ${single!.pages} files, --format text, start-up included: ${rate(single!)}; ${rate(parallel!)} = ${(parallel!.pagesPerSecond / single!.pagesPerSecond).toFixed(2)}x`);
    figures['scrapinghub batch'] = { ours: { jobs1: single!.pagesPerSecond, [`jobs${parallel!.jobs}`]: parallel!.pagesPerSecond } };
  }
}

if (only.has('wcxb')) {
  const scored = await runCorpus(loadWcxb(join(benchmarks, 'wcxb-dev')));
  for (const [type, group] of groupsOf(scored)) addRows(`wcxb ${type}`, 'word F1', group, words);
  addRows('wcxb all', 'word F1', scored, words);
  addRows('wcxb all', 'shingle F1', scored.filter((s) => s.page.expected.trim()), shingles(false));
  timeNote('wcxb', scored);
}

if (only.has('trafilatura')) {
  const scored = await runCorpus(loadTrafilatura(join(benchmarks, 'trafilatura-dev')));
  addRows('trafilatura', 'snippet F1', scored, snippets);
  timeNote('trafilatura', scored);
}

if (only.has('daniel')) {
  const scored = await runCorpus(loadDaniel(join(benchmarks, 'daniel-dev')));
  for (const [language, group] of groupsOf(scored)) addRows(`daniel ${language}`, 'shingle F1', group, shingles(true));
  addRows('daniel all', 'shingle F1', scored, shingles(true));
  timeNote('daniel', scored);
}

if (only.has('readability')) {
  const pages = loadReadabilityPages(option('--readability', '../shared/corpora/readability-test-pages'));
  const expectedText = new Map(pages.map((p) => [p, parseDocument(`<!doctype html><html><body>${p.expectedHtml}</body></html>`).body.textContent ?? '']));
  for (const page of pages) page.expected = expectedText.get(page)!;
  // Many of these pages are a sentence or two (unit tests of Readability's parser): there the
  // best guess the extension shows on request is scored. A page of 40 words or more that we call
  // "not an article" scores 0. The expected output is HTML with its pictures' captions, so the
  // text of each extractor's HTML is scored with its captions too.
  const scored = await runCorpus(pages, (page) => tokenize(page.expected).length < 40, true);
  const recall = (items: Array<{ page: BenchPage; run: Run }>): Figures => ({ score: mean(items.map(({ page, run }) => recallOf(scorePage(page.expected, run.body)))) });
  addRows('readability-test-pages', 'mean recall', scored, recall);
  for (const name of ['qq', 'mathjax']) {
    const s = scored.find((x) => x.page.name === name);
    if (s) notes.push(`readability-test-pages ${name}: recall ours ${fmt(recallOf(scorePage(s.page.expected, s.runs.ours!.body)))}, plain ${fmt(recallOf(scorePage(s.page.expected, s.runs.plain!.body)))}`);
  }
  timeNote('readability-test-pages', scored);
}

/** Bag-of-tokens F1, as the seed's README measures it. */
function seedRow(name: ExtractorName, text: string, expected: string, junk: string[]): void {
  const left = junk.filter((line) => text.includes(line)).length;
  (figures['seed token F1'] ??= {})[name] = { score: wordF1(expected, text), junkLeft: left };
  rows.push(['seed ura-max', 'token F1', EXTRACTOR_LABELS[name], '1', fmt(wordF1(expected, text)), '', '', `${left}/${junk.length}`, '', '', '', '']);
}

if (only.has('seed')) {
  const seed = requireDir(option('--seed', '../shared/seed/ura-max'), 'The seed page');
  const expected = readFileSync(join(seed, 'expected.txt'), 'utf8');
  const junk = readFileSync(join(seed, 'must-not-contain.txt'), 'utf8').split('\n').filter(Boolean);
  const doc = parseDocument(readFileSync(join(seed, 'source.html'), 'utf8'));
  const plain = runPlain(doc);
  seedRow('plain', `${plain.title}\n\n${plain.body}`, expected, junk);
  const result = extract(doc, {});
  seedRow('ours', result.ok ? result.article.text : '', expected, junk);
}

function table(lines: string[][]): string {
  const widths = lines[0]!.map((_, c) => Math.max(...lines.map((r) => (r[c] ?? '').length)));
  return lines.map((r) => r.map((cell, c) => (c < 3 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd()).join('\n');
}

console.log(table(rows));
console.log(`\nscore: the corpus' own metric; junk: share of pages with 'without' snippets where one survived (seed: junk lines left); no-article pages score as empty output.`);
console.log(`ms: the whole pipeline (clone, cleaning, Readability, post-cleaning, text) vs clone + Readability on the same parsed DOM; ${ROUNDS} interleaved round(s) after a warm-up.`);
for (const line of notes) console.log(line);

const jsonPath = option('--json', '');
if (jsonPath) {
  let commit = '';
  try {
    commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
  } catch {
    // Not a git checkout: the figures stand without a commit.
  }
  writeFileSync(jsonPath, `${JSON.stringify({ commit, date: new Date().toISOString(), rounds: ROUNDS, figures, notes }, null, 2)}\n`);
  console.log(`figures written to ${jsonPath}`);
}
