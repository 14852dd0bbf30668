import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/cli/parse';
import { extract } from '../../src/extract/pipeline';

const story = Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i} of a long post that a streaming server sent after the page shell, with enough words to read as prose.</p>`).join('');

describe('streamed parts', () => {
  it('puts a late boundary where its placeholder is, and drops the loading fallback', () => {
    const doc = parseDocument(`<body><header>Site</header><main><!--$?--><template id="B:0"></template><div class="skeleton">Loading…</div><!--/$--></main>
      <footer>Footer</footer><div hidden id="S:0"><article><h1>Title</h1>${story}</article></div></body>`);
    const main = doc.querySelector('main')!;
    expect(main.querySelector('article h1')?.textContent).toBe('Title');
    expect(main.textContent).not.toContain('Loading');
    expect(doc.querySelector('[hidden]')).toBeNull();
    expect(doc.querySelector('template')).toBeNull();
  });

  it('places segments, and parts whose placeholder came inside another part', () => {
    const doc = parseDocument(`<body><div id="col"><template id="B:1"></template></div>
      <div hidden id="S:2"><p id="late">late segment</p></div>
      <div hidden id="S:1"><section>outer <template id="P:2"></template></section></div></body>`);
    expect(doc.querySelector('#col section #late')?.textContent).toBe('late segment');
    expect(doc.querySelectorAll('[hidden]')).toHaveLength(0);
  });

  it('makes a streamed article readable without running the page', () => {
    const page = `<html><head><title>Post</title></head><body><nav><a href="/">Home</a></nav><template id="B:0"></template><div class="pulse"></div><div hidden id="S:0"><article>${story}</article></div></body></html>`;
    const result = extract(parseDocument(page));
    expect(result.ok && result.article.text).toContain('Paragraph 4 of a long post');
  });

  it('leaves hidden blocks that are not streamed parts hidden', () => {
    const doc = parseDocument('<body><div hidden id="S:9"><p>no placeholder</p></div><div hidden id="menu"><p>menu</p></div></body>');
    expect(doc.querySelectorAll('[hidden]')).toHaveLength(2);
  });
});
