import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/cli/parse';
import { extract } from '../../src/extract/pipeline';

const posts = Array.from({ length: 4 }, (_, i) => `<div class="post"><span class="author">user${i}</span><p>Reply ${i}: I had the same problem after the update, and rolling back the agent to the previous release fixed it for me.</p></div>`).join('');

describe('content for browsers without scripts', () => {
  it('reads a thread that the page draws by script from its <noscript> copy', () => {
    const page = `<html><head><title>Agent crashes</title></head><body><section id="splash">Loading…</section><noscript><div id="main-outlet"><h1>Agent crashes</h1>${posts}</div></noscript><script src="/app.js"></script></body></html>`;
    const doc = parseDocument(page);
    expect(doc.querySelector('noscript')).toBeNull();
    expect(doc.querySelectorAll('#main-outlet .post')).toHaveLength(4);
    const result = extract(doc);
    expect(result.ok && result.article.text).toContain('Reply 3: I had the same problem');
  });

  it('leaves fallback images, notices and copies of a page that is already there', () => {
    const article = `<article>${posts}</article>`;
    const doc = parseDocument(
      `<body>${article}<noscript><img src="/pixel.gif"></noscript><noscript><p>Please enable JavaScript to use this site.</p></noscript><noscript>${article}</noscript></body>`,
    );
    expect(doc.querySelectorAll('noscript')).toHaveLength(3);
    expect(doc.querySelectorAll('.post')).toHaveLength(4);
  });
});
