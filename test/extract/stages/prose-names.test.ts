import { describe, expect, it } from 'vitest';
import { proseNames } from '../../../src/extract/stages/prose-names';
import { extract } from '../../../src/extract/pipeline';
import { parse, runStage } from '../../helpers';

const sentence = (n: number) =>
  `Paragraph ${n} of the story goes on about the council meeting, the budget that was passed and what the residents said afterwards.`;
const story = [1, 2, 3, 4].map((n) => `<p>${sentence(n)}</p>`).join('');
const headlines = Array.from({ length: 12 }, (_, i) => `<li><a href="/n/${i}">Other headline number ${i} about something else entirely here</a></li>`).join('');

const teasers = Array.from({ length: 5 }, (_, i) => `<div class="item"><a href="/t/${i}">Teaser ${i}</a><p>Teaser text ${i}: a short summary of another story on the site, with a few more words so that it reads as a sentence.</p></div>`).join('');

describe('prose-names', () => {
  it('takes layout and ad-slot words off the names of the box that holds the prose', () => {
    const run = runStage(proseNames, `<div id="page-header-wrap"><div class="text page_banner_ bbtext" role="complementary">${story}</div></div><ul class="menu">${headlines}</ul>`);
    const box = run.root.querySelector('.bbtext')!;
    expect(box.getAttribute('class')).toBe('text bbtext');
    expect(box.hasAttribute('role')).toBe(false);
    expect(run.root.querySelector('#page-header-wrap')).toBeNull();
    expect(run.root.querySelector('ul')!.getAttribute('class')).toBe('menu');
    expect(run.removals).toEqual([]);
  });

  it('leaves true names alone: comment threads, and boxes that are not clearly the main text', () => {
    const thread = runStage(proseNames, `<div class="comment-list sidebar">${story}</div><div class="sidebar"><p>${sentence(9)}</p></div>`);
    expect(thread.root.querySelector('.comment-list')!.getAttribute('class')).toBe('comment-list sidebar');
    const even = runStage(proseNames, `<div class="sidebar">${story}</div><div class="body">${story}</div>`);
    expect(even.root.querySelector('.sidebar')).not.toBeNull();
  });

  it("takes widget and media words off the text's own sections, not off a widget beside the text", () => {
    const section = (n: number) => `<div class="ck-widget bs_grid"><div class="row"><div class="col"><img src="/p${n}.jpg"></div><div class="col media-body"><p>${sentence(n)} ${sentence(n + 10)} ${sentence(n + 20)}</p></div></div></div>`;
    const html = `<article><div class="body">${story}${section(1)}${section(2)}${section(3)}</div></article><aside><div class="widget"><p>${sentence(99)}</p></div></aside>`;
    const run = runStage(proseNames, html);
    expect(Array.from(run.root.querySelectorAll('article [class]'), (el) => el.getAttribute('class'))).toEqual(['body', ...Array(3).fill(['bs_grid', 'row', 'col', 'col']).flat()]);
    expect(run.root.querySelector('aside div')!.getAttribute('class')).toBe('widget');
    const result = extract(parse(`<!doctype html><html><head><title>t</title></head><body>${html}</body></html>`));
    expect(result.ok && result.article.text).toContain(sentence(13));
  });

  it('lets Readability read an article whose box is named like an ad slot', () => {
    const page = `<html><head><title>Council passes budget</title></head><body><h1>Council passes budget</h1>
      <div class="more">${teasers}</div>
      <div class="text reach_banner">${story}</div></body></html>`;
    const result = extract(parse(page));
    expect(result.ok && result.article.text).toContain(sentence(3));
    const without = extract(parse(page), { disable: ['prose-names'] });
    expect(without.ok && without.article.text).not.toContain(sentence(3));
  });

  it('takes a menu word off the boxes a math renderer wraps a formula in, and only those', () => {
    const run = runStage(proseNames, `<p>When <span class="MathJax CtxtMenu_Attached_0"><span class="mjx-assistive"><math><mi>a</mi><mo>≠</mo><mn>0</mn></math></span></span>, two solutions.</p><div class="menu">Home</div>`);
    expect(run.root.querySelector('.MathJax')!.getAttribute('class')).toBe('MathJax');
    expect(run.root.querySelector('div')!.getAttribute('class')).toBe('menu');
  });
});
