// The production builds, as users install them: permissions, CSP, locales, no code from strings.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness';

const CHROME = join(ROOT, '.output', 'chrome-mv3');
const FIREFOX = join(ROOT, '.output', 'firefox-mv2');
const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));

describe('production builds', () => {
  it('exist for Chrome and Firefox', () => {
    expect(existsSync(join(CHROME, 'manifest.json'))).toBe(true);
    expect(existsSync(join(FIREFOX, 'manifest.json'))).toBe(true);
  });

  it('ask Chrome for exactly the permissions the reader needs, and no host', () => {
    const chrome = manifest(CHROME);
    expect(chrome.manifest_version).toBe(3);
    expect(chrome.permissions).toEqual(['activeTab', 'scripting', 'storage', 'contextMenus']);
    expect(chrome.host_permissions).toBeUndefined();
    expect(chrome.content_scripts).toBeUndefined();
    expect(chrome.optional_host_permissions).toEqual(['<all_urls>']);
    expect(chrome.commands).toHaveProperty(['toggle-reader-mode', 'suggested_key', 'default'], 'Alt+Shift+R');
    expect(chrome.default_locale).toBe('en');
    for (const lang of ['en', 'ru']) expect(existsSync(join(CHROME, '_locales', lang, 'messages.json'))).toBe(true);
  });

  it('keep the default strict CSP and evaluate no strings as code', () => {
    for (const dir of [CHROME, FIREFOX]) {
      const csp = JSON.stringify(manifest(dir).content_security_policy ?? '');
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
      for (const file of files(dir).filter((path) => /\.(?:js|html)$/.test(path))) {
        const code = readFileSync(file, 'utf8');
        expect(code, file).not.toMatch(/\beval\s*\(|\bnew Function\s*\(/);
        if (file.endsWith('.html')) expect(code, file).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      }
    }
  });

  it("passes Mozilla's web-ext lint with no errors and no warning from our manifest", () => {
    const lint = spawnSync(join(ROOT, 'node_modules', '.bin', 'web-ext'), ['lint', '-s', FIREFOX, '--no-input', '--output', 'json'], { encoding: 'utf8' });
    const report = JSON.parse(lint.stdout) as { summary: { errors: number; warnings: number }; warnings: Array<{ code: string; file?: string }> };
    const manifestWarnings = report.warnings.filter((warning) => warning.file === 'manifest.json');
    console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${manifestWarnings.length} from the manifest`);
    expect(report.summary.errors).toBe(0);
    expect(manifestWarnings.map((warning) => warning.code)).toEqual([]);
  });
});
