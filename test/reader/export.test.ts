import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { standalonePage } from '../../src/extract/sanitize';
import { fileNameFor } from '../../src/reader/export-menu';

describe('export', () => {
  it('saves a self-contained page: sanitized body, title as text, no script, a policy that forbids scripts', () => {
    const { window } = new JSDOM('');
    const page = standalonePage(
      {
        title: 'Title </title><script>alert(1)</script>',
        html: '<p onclick="x()">Body <img src="https://e.org/a.jpg" onerror="alert(1)"></p><script>alert(2)</script>',
        lang: 'ru', dir: 'ltr', facts: 'Agency · 2026-11-25', url: 'javascript:alert(3)',
      },
      window as unknown as Window,
    );
    const doc = new JSDOM(page).window.document;
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(page).not.toMatch(/onclick|onerror|javascript:/);
    expect(doc.querySelector('h1')?.textContent).toBe('Title </title><script>alert(1)</script>');
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("default-src 'none'");
    expect(doc.documentElement.lang).toBe('ru');
    expect(doc.querySelector('article img')?.getAttribute('src')).toBe('https://e.org/a.jpg');
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
  });

  it('names files after the title in any script', () => {
    expect(fileNameFor('В Тюмени: первый электробус!')).toBe('В-Тюмени-первый-электробус');
    expect(fileNameFor('???')).toBe('article');
  });
});
