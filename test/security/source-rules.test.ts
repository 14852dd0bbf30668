// Rules over our own source: page HTML becomes markup in one place only, and nothing evaluates
// strings as code.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SANITIZER = 'src/extract/sanitize.ts';

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sources(path);
    return /\.(?:ts|mts|js|mjs|html)$/.test(name) ? [path] : [];
  });
}

const OWN = [...sources('src'), ...sources('entrypoints')];
// Assignment or call that turns a string into markup.
const MARKUP_SINKS = /\.(?:innerHTML|outerHTML)\s*[+]?=(?!=)|\.insertAdjacentHTML\s*\(|document\.write(?:ln)?\s*\(|\.setHTMLUnsafe\s*\(|createContextualFragment\s*\(/;
const CODE_FROM_STRINGS = /\beval\s*\(|\bnew\s+Function\s*\(|set(?:Timeout|Interval)\s*\(\s*['"`]/;

describe('source rules', () => {
  it('reads our own sources', () => {
    expect(OWN.length).toBeGreaterThan(30);
    expect(OWN).toContain(SANITIZER);
  });

  it('turns strings into markup nowhere but the sanitizer', () => {
    const offenders = OWN.filter((path) => path !== SANITIZER && MARKUP_SINKS.test(readFileSync(join(ROOT, path), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('never evaluates strings as code', () => {
    const offenders = OWN.filter((path) => CODE_FROM_STRINGS.test(readFileSync(join(ROOT, path), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('catches the patterns it is looking for', () => {
    expect(MARKUP_SINKS.test('el.innerHTML = html')).toBe(true);
    expect(MARKUP_SINKS.test('el.outerHTML += x')).toBe(true);
    expect(MARKUP_SINKS.test("el.insertAdjacentHTML('beforeend', x)")).toBe(true);
    expect(MARKUP_SINKS.test('const html = content.innerHTML;')).toBe(false);
    expect(CODE_FROM_STRINGS.test('new Function("return 1")')).toBe(true);
  });
});
