// The XSS corpus through the whole pipeline and the sanitizer: nothing active may come out.

import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/pipeline';
import { sanitizeHtml } from '../../src/extract/sanitize';
import { PROSE, parse, type Parser } from '../helpers';
import { BODY_VECTORS, METADATA_VECTORS } from './vectors';

const purifierWindow = new JSDOM('').window as unknown as Window;
const ACTIVE_ELEMENTS = 'script, iframe, frame, frameset, object, embed, applet, form, input, button, textarea, select, base, meta, link, style, svg, math, template, area';
const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'background', 'xlink:href', 'data'];
const SAFE_URL = /^(?:https?:|mailto:|tel:|#|\/|\.|data:image\/(?:png|gif|jpeg|webp|avif);base64,|[^:]*$)/i;

const page = (vector: string, meta = '') => `<!doctype html><html><head><title>Harbour news${meta ? ` ${meta}` : ''}</title>${meta ? `<meta name="author" content='${meta.replace(/'/g, '&#39;')}'><meta property="og:site_name" content='${meta.replace(/'/g, '&#39;')}'>` : ''}</head>
<body><article><h1>Harbour news</h1><p>${PROSE[0]}</p>${vector}<p>${PROSE[1]}</p><p>${PROSE[2]}</p></article></body></html>`;

/** What in sanitized HTML could run, load or navigate: a list of findings, empty when safe. */
function activeContent(html: string): string[] {
  const doc = new JSDOM(`<body>${html}</body>`).window.document;
  const findings: string[] = [];
  for (const el of Array.from(doc.body.querySelectorAll(ACTIVE_ELEMENTS))) findings.push(`<${el.localName}>`);
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    for (const attribute of Array.from(el.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on') || name === 'style' || name === 'srcdoc' || name === 'id' || name === 'name') findings.push(`${el.localName}[${name}]`);
      if (URL_ATTRIBUTES.includes(name)) {
        const values = name === 'srcset' ? attribute.value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [attribute.value];
        for (const value of values) if (!SAFE_URL.test(value.replace(/[\s\u0000-\u001f]/g, ''))) findings.push(`${el.localName}[${name}=${value}]`);
      }
    }
    if (el.localName === 'a' && el.getAttribute('target') && el.getAttribute('rel') !== 'noopener noreferrer') findings.push('a[target] without rel');
  }
  return findings;
}

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
