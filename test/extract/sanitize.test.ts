import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml, sanitizeToFragment } from '../../src/extract/sanitize';

const window = new JSDOM('').window as unknown as Window;

describe('sanitize', () => {
  it('drops scripts, handlers, dangerous URLs and embedded documents', () => {
    const html = sanitizeHtml(
      '<p onclick="x()">a<script>alert(1)</script><img src="x.jpg" onerror="alert(1)"><a href="javascript:alert(1)">j</a><a href="vbscript:x">v</a>' +
        '<iframe srcdoc="<script>x</script>"></iframe><svg><script>x</script></svg><form action="/x"><input></form><style>p{}</style></p>',
      window,
    );
    expect(html).not.toMatch(/script|onclick|onerror|javascript:|vbscript:|iframe|svg|form|input|style/i);
    expect(html).toContain('<img src="x.jpg"');
  });

  it('keeps MathML formulas, without their TeX source, links or ids', () => {
    const html = sanitizeHtml(
      '<p>Area: <math display="inline" id="m1" href="https://example.org/"><semantics><mrow><mi>π</mi><msup><mi>r</mi><mn>2</mn></msup></mrow>' +
        '<annotation encoding="application/x-tex">\\pi r^2</annotation></semantics></math></p>',
      window,
    );
    expect(html).toContain('<math display="inline"><mrow><mi>π</mi><msup><mi>r</mi><mn>2</mn></msup></mrow></math>');
    expect(html).not.toMatch(/annotation|\\pi|href|id=/);
  });

  it('opens links in a new tab without opener or referrer, and lazy-loads images', () => {
    const html = sanitizeHtml('<a href="https://example.org/">x</a><img src="https://example.org/a.jpg">', window);
    expect(html).toContain('target="_blank"');
    expect(html).toContain('rel="noopener noreferrer"');
    expect(html).toContain('loading="lazy"');
  });

  it('keeps article structure: headings, lists, tables, figures, quotes, code', () => {
    const source = '<h2>H</h2><ul><li>i</li></ul><table><tbody><tr><td colspan="2">c</td></tr></tbody></table><figure><img src="a.jpg" alt="a"><figcaption>f</figcaption></figure><blockquote>q</blockquote><pre><code>x</code></pre>';
    const fragment = sanitizeToFragment(source, window);
    const holder = window.document.createElement('div');
    holder.append(fragment);
    expect(holder.querySelectorAll('h2, ul, li, table, td[colspan], figure, img[alt], figcaption, blockquote, pre, code')).toHaveLength(11);
  });

  it('refuses a window it cannot sanitize with', () => {
    expect(() => sanitizeHtml('<p>x</p>', {} as Window)).toThrow();
  });
});
