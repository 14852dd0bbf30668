// Random and mutated HTML through the pipeline: it never throws, never returns sanitized HTML with
// anything active in it, and gives the same answer twice.

import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/pipeline';
import { sanitizeHtml } from '../../src/extract/sanitize';
import { parseDocument } from '../../src/cli/parse';
import { PROSE } from '../helpers';
import { BODY_VECTORS } from './vectors';
import { activeContent } from './active-content';

const purifierWindow = new JSDOM('').window as unknown as Window;
const TAGS = ['div', 'p', 'span', 'a', 'img', 'ul', 'li', 'table', 'tr', 'td', 'h2', 'figure', 'figcaption', 'section', 'aside', 'nav', 'script', 'style', 'svg', 'iframe', 'form', 'noscript', 'template', 'blockquote'];
const ATTRIBUTES = ['class="ad"', 'class="share"', 'id="comments"', 'hidden', 'aria-hidden="true"', 'style="display:none"', 'href="javascript:x()"', 'onclick="x()"', 'src="data:text/html,x"', 'class="related"', 'data-src="/a.jpg"'];
const TEXT = ['Реклама', 'Подписывайтесь на наш канал', '{{ user.name }}', 'Загрузка...', ...PROSE, 'Share', '&amp; < >'];

const fragment: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...TEXT),
    fc.constantFrom(...BODY_VECTORS),
    fc.tuple(fc.constantFrom(...TAGS), fc.subarray(ATTRIBUTES, { maxLength: 2 }), fc.array(tie('node'), { maxLength: 4 })).map(
      ([tag, attributes, children]) => `<${tag} ${attributes.join(' ')}>${children.join('')}</${tag}>`,
    ),
  ),
})).node;

const page = fc.tuple(fc.array(fragment, { maxLength: 6 }), fc.boolean(), fc.nat({ max: 40 })).map(([parts, truncate, cut]) => {
  const html = `<html><head><title>T</title></head><body><article>${parts.join('')}</article></body></html>`;
  // Mutations: cut anywhere, as a half-loaded page would be.
  return truncate ? html.slice(0, Math.max(0, html.length - cut * 5)) : html;
});

describe('pipeline properties', () => {
  it('never throws, never lets anything active through, and is deterministic', () => {
    fc.assert(
      fc.property(page, (html) => {
        const first = extract(parseDocument(html), { force: true, debug: true });
        const second = extract(parseDocument(html), { force: true, debug: true });
        expect(second).toEqual(first);
        const article = first.ok ? first.article : first.bestGuess;
        if (article) expect(activeContent(sanitizeHtml(article.html, purifierWindow))).toEqual([]);
      }),
      { numRuns: 150, seed: 20261124 },
    );
  });
});
