// The XSS corpus through the whole pipeline and the sanitizer: nothing active may come out.

import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/pipeline';
import { sanitizeHtml } from '../../src/extract/sanitize';
import { PROSE, parse, type Parser } from '../helpers';
import { BODY_VECTORS, METADATA_VECTORS } from './vectors';
import { activeContent } from './active-content';

const purifierWindow = new JSDOM('').window as unknown as Window;
const page = (vector: string, meta = '') => `<!doctype html><html><head><title>Harbour news${meta ? ` ${meta}` : ''}</title>${meta ? `<meta name="author" content='${meta.replace(/'/g, '&#39;')}'><meta property="og:site_name" content='${meta.replace(/'/g, '&#39;')}'>` : ''}</head>
<body><article><h1>Harbour news</h1><p>${PROSE[0]}</p>${vector}<p>${PROSE[1]}</p><p>${PROSE[2]}</p></article></body></html>`;

let executed = 0;
afterAll(() => {
  console.log(`XSS corpus (unit): ${BODY_VECTORS.length + METADATA_VECTORS.length} vectors, ${executed} came out active`);
});

describe.each(['linkedom', 'jsdom'] as Parser[])('XSS corpus on %s', (parser) => {
  it('has at least sixty vectors', () => {
    expect(BODY_VECTORS.length + METADATA_VECTORS.length).toBeGreaterThanOrEqual(60);
  });

  it.each(BODY_VECTORS.map((vector, i) => [i, vector] as const))('body vector %i comes out inert: %s', (_i, vector) => {
    const result = extract(parse(page(vector), parser), { force: true, url: 'https://news.example/a' });
    const article = result.ok ? result.article : result.bestGuess;
    expect(article).toBeDefined();
    const findings = activeContent(sanitizeHtml(article!.html, purifierWindow));
    if (findings.length) executed++;
    expect(findings).toEqual([]);
    // The article before the vector survives (some vectors swallow what follows them, as HTML parsing does).
    expect(article!.text).toContain(PROSE[0]);
  });

  it.each(METADATA_VECTORS.map((vector, i) => [i, vector] as const))('metadata vector %i stays text: %s', (_i, vector) => {
    const result = extract(parse(page('', vector), parser), { force: true });
    const article = result.ok ? result.article : result.bestGuess!;
    for (const field of [article.byline, article.siteName]) {
      expect(typeof field).toBe('string');
      // Rendered as text, it is just text.
      const holder = purifierWindow.document.createElement('p');
      holder.textContent = field;
      expect(holder.children).toHaveLength(0);
    }
    expect(activeContent(sanitizeHtml(article.html, purifierWindow))).toEqual([]);
  });
});
