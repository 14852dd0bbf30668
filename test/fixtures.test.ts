// One loop over every fixture in test/fixtures/<name>/{source.html, expected.txt,
// expected-metadata.json}, on both DOMs the pipeline meets: linkedom (the CLI) and jsdom (a
// browser-like DOM). New fixtures: write source.html, then `npm run fixture -- <name>`.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/pipeline';
import { sanitizeHtml } from '../src/extract/sanitize';
import { parse, type Parser } from './helpers';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const names = readdirSync(FIXTURES).filter((name) => existsSync(join(FIXTURES, name, 'source.html')));
const purifierWindow = new JSDOM('').window as unknown as Window;

interface ExpectedMetadata {
  url?: string;
  error?: string;
  mustNotContain?: string[];
  removedReasons?: string[];
  [field: string]: unknown;
}

const ARTICLE_FIELDS = ['title', 'byline', 'siteName', 'lang', 'dir', 'publishedTime', 'leadImage'] as const;

describe.each(['linkedom', 'jsdom'] as Parser[])('fixtures on %s', (parser) => {
  it('has at least twenty fixtures, articles and non-articles', () => {
    expect(names.length).toBeGreaterThanOrEqual(20);
    expect(names.filter((name) => name.includes('non-article')).length).toBeGreaterThanOrEqual(2);
  });

  it.each(names)('%s', (name) => {
    const dir = join(FIXTURES, name);
    const expected = JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8')) as ExpectedMetadata;
    const doc = parse(readFileSync(join(dir, 'source.html'), 'utf8'), parser, expected.url);
    const result = extract(doc, { url: expected.url });
    if (expected.error) {
      expect(result.ok ? 'article' : result.error).toBe(expected.error);
      return;
    }
    if (!result.ok) throw new Error(`${name}: ${result.error}`);
    const { article } = result;
    expect(article.text).toBe(readFileSync(join(dir, 'expected.txt'), 'utf8').trimEnd());
    for (const field of ARTICLE_FIELDS) expect(article[field], field).toBe(expected[field]);
    expect(Object.keys(article.removed).sort()).toEqual(expected.removedReasons ?? []);
    const html = sanitizeHtml(article.html, purifierWindow);
    for (const junk of expected.mustNotContain ?? []) {
      expect(article.text).not.toContain(junk);
      expect(html).not.toContain(junk);
    }
  });
});
