// The CLI contract: `npm run -s extract -- --format json FILE...` is how quality is measured,
// here and outside. These tests run the real command.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures');
const work = mkdtempSync(join(tmpdir(), 'clean-reader-cli-'));

function cli(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin/clean-reader.mjs'), ...args], { cwd: ROOT, input, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('clean-reader CLI', () => {
  it('prints one JSON object with every field for one file', () => {
    const { code, stdout } = cli(['--format', 'json', join(FIXTURES, 'ru-regional-news', 'source.html')]);
    expect(code).toBe(0);
    const article = JSON.parse(stdout) as Record<string, unknown>;
    for (const field of ['title', 'byline', 'siteName', 'lang', 'dir', 'publishedTime', 'excerpt', 'leadImage', 'wordCount', 'readingMinutes', 'html', 'text', 'removed']) {
      expect(article, field).toHaveProperty(field);
    }
    expect(article.title).toBe('В Тюмени запустили первый электробус на городском маршруте');
    expect(article.html).not.toContain('<script');
    expect(article.removed).toMatchObject({ duplicate: 1, 'text-size-widget': 1 });
  });

  it('prints JSON Lines for several files, keeps going past bad ones, and exits with the worst code', () => {
    const empty = join(work, 'empty.html');
    const binary = join(work, 'image.png');
    writeFileSync(empty, '');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const files = [join(FIXTURES, 'en-share-bar', 'source.html'), empty, join(work, 'missing.html'), binary, join(FIXTURES, 'non-article-login', 'source.html')];
    const { code, stdout, stderr } = cli(['--format', 'json', ...files]);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line.file)).toEqual([files[0], files[4]]);
    expect(lines[0]?.title).toBe('Why octopuses edit their own genes');
    expect(lines[1]).toEqual({ file: files[4], error: 'no-article' });
    expect(stderr).toContain(`${empty}: empty file`);
    expect(stderr).toContain(`${join(work, 'missing.html')}: no such file`);
    expect(stderr).toContain(`${binary}: binary file, not HTML`);
    expect(code).toBe(2);
  });

  it('reads a gzipped page as it is, and stops a gzip bomb at the size cap', () => {
    const page = join(work, 'page.html.gz');
    writeFileSync(page, gzipSync(readFileSync(join(FIXTURES, 'en-share-bar', 'source.html'))));
    const read = cli(['--format', 'text', page]);
    expect(read.code).toBe(0);
    expect(read.stdout.split('\n\n')[0]).toBe('Why octopuses edit their own genes');
    const bomb = join(work, 'bomb.html.gz');
    writeFileSync(bomb, gzipSync(Buffer.from(`<p>${'a'.repeat(6_000_000)}</p>`)));
    const stopped = cli(['--format', 'json', bomb]);
    expect(stopped.code).toBe(3);
    expect(JSON.parse(stopped.stdout)).toMatchObject({ error: 'too-large' });
  });

  it('exits 3 with an error object when the page is not an article', () => {
    const { code, stdout } = cli(['--format', 'json', join(FIXTURES, 'non-article-homepage', 'source.html')]);
    expect(code).toBe(3);
    expect(JSON.parse(stdout)).toMatchObject({ error: 'no-article' });
  });

  it('reads standard input and prints text, markdown and html', () => {
    const page = '<html><head><title>Notes</title></head><body><article><h1>Notes</h1>' + '<p>A paragraph of text long enough to count as prose in an article, with a <a href="/more">link</a> in it.</p>'.repeat(4) + '</article></body></html>';
    const text = cli(['--format', 'text', '-'], page);
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n\n')[0]).toBe('Notes');
    const markdown = cli(['--format', 'markdown', '--url', 'https://site.example/a/', '-'], page);
    expect(markdown.stdout).toContain('# Notes');
    expect(markdown.stdout).toContain('[link](https://site.example/more)');
    const html = cli(['--format', 'html', '-'], page);
    expect(html.stdout).toMatch(/^<!doctype html>/);
    expect(html.stdout).toContain('rel="noopener noreferrer"');
  });

  it('rejects bad usage with exit code 2, naming what is valid', () => {
    expect(cli([]).code).toBe(2);
    expect(cli(['--format', 'pdf', 'x.html']).code).toBe(2);
    expect(cli(['--url', 'not a url', 'x.html']).code).toBe(2);
    expect(cli(['--jobs', '0', 'x.html']).code).toBe(2);
    const option = cli(['--bogus', 'x.html']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('unknown option: --bogus (options: --format, --url');
    const stage = cli(['--disable', 'dedupe,nosuchstage', 'x.html']);
    expect(stage.code).toBe(2);
    expect(stage.stderr).toMatch(/unknown stage: nosuchstage \(stages: outside-prose, hidden, reader-rules, page-chrome, .*dedupe/);
  });

  it('explains itself in --help: formats, options, stages and exit codes', () => {
    const { code, stdout } = cli(['--help']);
    expect(code).toBe(0);
    for (const part of ['json (default) | html | text | markdown', '--jobs N', '--disable S', 'layout-tables', 'Exit codes', '3  some page is not an article']) {
      expect(stdout).toContain(part);
    }
  });

  it('says an address it cannot fetch is not a file', () => {
    const { code, stderr } = cli(['ftp://files.example/page.html']);
    expect(code).toBe(2);
    expect(stderr).toContain('no such file (only http and https addresses are fetched)');
  });

  it('spreads a batch over worker threads and prints it in input order, bad inputs included', () => {
    const files = ['en-share-bar', 'ru-regional-news', 'non-article-login', 'en-comments', 'ru-text-size'].map((name) => join(FIXTURES, name, 'source.html'));
    const inputs = [...files.slice(0, 2), join(work, 'missing.html'), ...files.slice(2)];
    const one = cli(['--jobs', '1', ...inputs]);
    const two = cli(['--jobs', '2', ...inputs]);
    expect(two.stdout).toBe(one.stdout);
    expect(two.code).toBe(2);
    expect(two.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { file: string }).file)).toEqual(files);
  });

  it('lists what it removed, with the text, in debug mode, and can switch stages off', () => {
    const file = join(FIXTURES, 'ru-regional-news', 'source.html');
    const debug = JSON.parse(cli(['--debug', file]).stdout) as { removals: Array<{ stage: string; reason: string; text: string }> };
    expect(debug.removals).toContainEqual({ stage: 'promos', reason: 'subscription', text: 'Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать главные новости региона!' });
    const withoutDedupe = JSON.parse(cli(['--disable', 'dedupe,hidden', file]).stdout) as { text: string; removed: Record<string, number> };
    expect(withoutDedupe.removed.duplicate).toBeUndefined();
    expect(withoutDedupe.text.split('В Тюмени на городской маршрут вышел первый электробус').length).toBeGreaterThan(2);
  });
});
