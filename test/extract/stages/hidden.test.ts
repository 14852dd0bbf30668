import { describe, expect, it } from 'vitest';
import { hidden } from '../../../src/extract/stages/hidden';
import { PROSE, article, runStage } from '../../helpers';

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
