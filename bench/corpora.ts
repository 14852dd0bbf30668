// Loading the shared corpora the benchmarks read. They live beside the project (../shared) and
// are never copied into it.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { decodeHtml } from '../src/cli/decode';

export interface BenchPage {
  name: string;
  html: string;
  url?: string;
  /** A sub-population the corpus reports on its own: page type, language. */
  group?: string;
  /** The text a perfect extractor returns (empty where the corpus has none). */
  expected: string;
  /** Whether `expected` starts with the headline, so the extraction is scored with its title. */
  expectedHasTitle?: boolean;
  /** Snippets a correct extraction contains / must not contain. */
  with?: string[];
  without?: string[];
  /** For Readability's test pages: the expected article HTML. */
  expectedHtml?: string;
}

export function requireDir(dir: string, what: string): string {
  const path = resolve(dir);
  if (!existsSync(path)) {
    console.error(`${what} not found at ${path}: pass its folder as an argument (see README, "Benchmarks").`);
    process.exit(2);
  }
  return path;
}

interface TruthEntry {
  articleBody?: string;
  mainContent?: string;
  url?: string;
  pageType?: string;
  with?: string[];
  without?: string[];
}

/**
 * The benchmark folders share one layout: `ground-truth.json` keyed by page id, `html/<id>.html.gz`,
 * and optionally `manifest.json` with a group per id. Pages are decoded as the CLI decodes files.
 */
function loadGzCorpus(dir: string, what: string, toPage: (name: string, entry: TruthEntry, group?: string) => Omit<BenchPage, 'html' | 'name'>): BenchPage[] {
  const root = requireDir(dir, what);
  const truth = JSON.parse(readFileSync(join(root, 'ground-truth.json'), 'utf8')) as Record<string, TruthEntry>;
  const manifestPath = join(root, 'manifest.json');
  const groups = existsSync(manifestPath) ? ((JSON.parse(readFileSync(manifestPath, 'utf8')) as { groups?: Record<string, string> }).groups ?? {}) : {};
  return Object.entries(truth)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, entry]) => ({
      name,
      html: decodeHtml(new Uint8Array(gunzipSync(readFileSync(join(root, 'html', `${name}.html.gz`))))),
      ...toPage(name, entry, groups[name]),
    }));
}

export const loadScrapinghub = (dir: string) =>
  loadGzCorpus(dir, 'Scrapinghub benchmark', (_, entry) => ({ url: entry.url, expected: entry.articleBody ?? '' }));

export const loadWcxb = (dir: string) =>
  loadGzCorpus(dir, 'WCXB dev split', (_, entry) => ({
    url: entry.url,
    group: entry.pageType,
    expected: entry.mainContent ?? '',
    with: entry.with ?? [],
    without: entry.without ?? [],
  }));

export const loadTrafilatura = (dir: string) =>
  loadGzCorpus(dir, "trafilatura's evaluation pages", (_, entry) => ({ expected: '', with: entry.with ?? [], without: entry.without ?? [] }));

export const loadDaniel = (dir: string) =>
  loadGzCorpus(dir, 'DAnIEL dev half', (_, entry, group) => ({ group, expected: entry.articleBody ?? '', expectedHasTitle: true }));

export function loadReadabilityPages(dir: string): BenchPage[] {
  const root = requireDir(dir, "Readability's test pages");
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'source.html')))
    .map((entry) => ({
      name: entry.name,
      // Bytes, not a string: one page is UTF-8 under a meta that says otherwise, as on the web.
      html: decodeHtml(new Uint8Array(readFileSync(join(root, entry.name, 'source.html')))),
      // The URL Readability's own test loop uses for these pages.
      url: 'http://fakehost/test/page.html',
      expected: '',
      expectedHtml: readFileSync(join(root, entry.name, 'expected.html'), 'utf8'),
    }));
}
