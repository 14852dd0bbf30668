// Hostile and broken input: every case has an outcome, and no case throws or hangs.
// Times are printed, not asserted (tests never assert wall-clock times).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/pipeline';
import { parseDocument } from '../../src/cli/parse';
import { decodeHtml } from '../../src/cli/decode';
import { PROSE, parse } from '../helpers';

const ROOT = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'clean-reader-hostile-'));
const report: string[] = [];
afterAll(() => console.log(`hostile inputs:\n${report.join('\n')}`));

function cli(name: string, content: string | Buffer) {
  const file = join(work, name);
  writeFileSync(file, content);
  const start = performance.now();
  const result = spawnSync(process.execPath, [join(ROOT, 'bin/clean-reader.mjs'), '--format', 'json', file], { cwd: ROOT, encoding: 'utf8' });
  const ms = performance.now() - start;
  const outcome = result.status === 0 ? 'article' : (result.stdout.match(/"error": "([^"]+)"/)?.[1] ?? result.stderr.trim().split(': ').pop() ?? '');
  report.push(`  ${name.padEnd(24)} exit ${result.status}  ${outcome.padEnd(24)} ${ms.toFixed(0)} ms (CLI, process start included)`);
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, outcome };
}

const article = `<article><h1>Title</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article>`;

describe('hostile and broken pages', () => {
  it('a 10 MB page: too large, at once', () => {
    const paragraph = `<p>${'Lorem ipsum dolor sit amet consectetur. '.repeat(25)}</p>`;
    const run = cli('10mb.html', `<html><body><article>${paragraph.repeat(Math.ceil(10_000_000 / paragraph.length))}</article></body></html>`);
    expect(run.code).toBe(3);
    expect(run.outcome).toBe('too-large');
  });

  it('a page of 200,000 elements: too large', () => {
    expect(cli('200k-nodes.html', `<html><body>${'<div><span>x</span></div>'.repeat(100_000)}</body></html>`).outcome).toBe('too-large');
  });

  it('nesting 5,000 levels deep: too large', () => {
    expect(cli('deep.html', `<html><body>${'<div>'.repeat(5000)}${article}${'</div>'.repeat(5000)}</body></html>`).outcome).toBe('too-large');
  });

  it('no <body> reads as an article; a frameset, an SVG and an XML document are no article', () => {
    expect(cli('no-body.html', `<!doctype html><title>t</title>${PROSE.map((p) => `<p>${p}</p>`).join('')}`).outcome).toBe('article');
    expect(cli('frameset.html', '<html><frameset><frame src="a.html"><frame src="b.html"></frameset></html>').outcome).toBe('no-article');
    expect(cli('image.svg', '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>').outcome).toBe('no-article');
    expect(cli('feed.xml', '<?xml version="1.0"?><rss><channel><item><title>x</title></item></channel></rss>').outcome).toBe('no-article');
  });

  it('binary junk: refused with a reason', () => {
    const run = cli('junk.html', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('binary file');
  });

  it('a declared legacy charset is honoured, a missing one reads as UTF-8', () => {
    const cp1251 = Buffer.from([...Buffer.from('<html><head><meta charset="windows-1251"></head><body><p>'), 0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, ...Buffer.from('</p></body></html>')]);
    expect(decodeHtml(new Uint8Array(cp1251))).toContain('Привет');
    expect(decodeHtml(new Uint8Array(Buffer.from('<p>Привет</p>')))).toContain('Привет');
    expect(decodeHtml(new Uint8Array(Buffer.from('<meta charset="no-such-charset"><p>ok</p>')))).toContain('ok');
  });

  it('a page whose markup clobbers DOM names still extracts', () => {
    const clobbering = `<html><body><form id="querySelectorAll"></form><img name="body"><a id="documentElement"></a>${article}</body></html>`;
    for (const parser of ['linkedom', 'jsdom'] as const) {
      const result = extract(parse(clobbering, parser), {});
      expect(result.ok && result.article.text).toContain(PROSE[0]);
    }
  });

  it('a page with no text at all: not an article', () => {
    expect(extract(parseDocument('<html><body><div><img src="a.png"></div></body></html>'), {})).toMatchObject({ ok: false, error: 'no-article' });
  });
});
