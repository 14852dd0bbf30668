import { describe, expect, it } from 'vitest';
import { hidden } from '../../../src/extract/stages/hidden';
import { PROSE, article, parse, runStage } from '../../helpers';
import { extract } from '../../../src/extract/pipeline';

describe('hidden', () => {
  it('removes what the page hides by attribute or inline style', () => {
    const run = runStage(hidden, article('<div hidden>print copy</div><p aria-hidden="true">seo copy</p><p style="color:red; display: none">styled away</p><p style="visibility:hidden">invisible</p>'));
    expect(run.removals.map((r) => r.text)).toEqual(['print copy', 'seo copy', 'styled away', 'invisible']);
    expect(run.removals.every((r) => r.reason === 'hidden')).toBe(true);
  });

  it('keeps visible text and Wikimedia fallback images', () => {
    const run = runStage(hidden, article('<p style="display:block">shown</p><img class="mwe-math-fallback-image" aria-hidden="true" src="x.png">'));
    expect(run.removals).toEqual([]);
    expect(run.root.querySelector('img')).not.toBeNull();
  });

  it('removes the fallbacks browsers never render: an old ad’s markup in <noembed>, <noframes>', () => {
    const run = runStage(hidden, article('<noembed>&lt;A HREF="https://ads.example/click"&gt;&lt;IMG SRC="banner.gif"&gt;&lt;/A&gt;</noembed><noframes>Your browser cannot show frames.</noframes>'));
    expect(run.removals.map((r) => r.reason)).toEqual(['hidden', 'hidden']);
    expect(run.text).not.toMatch(/HREF|frames/);
  });

  it('removes what the stylesheet’s "hidden" class hides, but not what shows on larger screens', () => {
    const run = runStage(hidden, article(`<div class="block_full hidden"><p>${PROSE[0]} ${PROSE[1]}</p></div><div class="count hidden">(0)</div><div class="hidden md:block"><p>Shown on desktops</p></div><div class="hidden-xs"><p>Hidden on phones only</p></div>`));
    expect(run.removals.map((r) => r.text)).toEqual([`${PROSE[0]} ${PROSE[1]}`]);
  });
});

describe('a page hidden until its scripts run', () => {
  const story = '<p>The council approved the budget for next year after a long debate in its committees and a vote late at night.</p>'.repeat(4);

  it('is read, its hiding style dropped, when it holds all of the page’s paragraphs', () => {
    const doc = parse(`<html><head><title>Budget</title></head><body><div id="app" style="visibility:hidden"><header><a href="/">Home</a></header><article><h1>Budget approved</h1>${story}</article></div></body></html>`);
    const result = extract(doc);
    expect(result.ok && result.article.text).toContain('The council approved the budget');
    // The page itself is left as it was.
    expect(doc.getElementById('app')!.getAttribute('style')).toBe('visibility:hidden');
  });

  it('still drops a hidden second copy beside the shown article', () => {
    const copy = '<p>Hidden copy kept for search engines, not for readers, of the same story once more.</p>'.repeat(4);
    const doc = parse(`<html><body><article><h1>Budget approved</h1>${story}</article><div style="display:none">${copy}</div></body></html>`);
    const result = extract(doc);
    expect(result.ok && result.article.text).not.toContain('Hidden copy');
  });
});
