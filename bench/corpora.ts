// Loading the shared corpora the benchmarks read. They live beside the project (../shared) and
// are never copied into it.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';

export interface BenchPage {
  name: string;
  html: string;
  url?: string;
  /** The text a perfect extractor returns. */
  expected: string;
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

export function loadScrapinghub(dir: string): BenchPage[] {
  const root = requireDir(dir, 'Scrapinghub benchmark');
  const truth = JSON.parse(readFileSync(join(root, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string; url?: string }>;
  return Object.entries(truth).map(([name, entry]) => ({
    name,
    html: gunzipSync(readFileSync(join(root, 'html', `${name}.html.gz`))).toString('utf8'),
    url: entry.url,
    expected: entry.articleBody ?? '',
  }));
}

export function loadReadabilityPages(dir: string): BenchPage[] {
  const root = requireDir(dir, "Readability's test pages");
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'source.html')))
    .map((entry) => ({
      name: entry.name,
      html: readFileSync(join(root, entry.name, 'source.html'), 'utf8'),
      // The URL Readability's own test loop uses for these pages.
      url: 'http://fakehost/test/page.html',
      expected: '',
      expectedHtml: readFileSync(join(root, entry.name, 'expected.html'), 'utf8'),
    }));
}
