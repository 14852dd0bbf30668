import { describe, expect, it } from 'vitest';
import { ads } from '../../../src/extract/stages/ads';
import { article, runStage } from '../../helpers';

describe('ads', () => {
  it('removes named ad slots and their labels', () => {
    const run = runStage(ads, article('<div id="adfox_123"><span>Реклама</span></div><div class="ad-container"><iframe src="x"></iframe></div><div id="div-gpt-ad-1"></div>'));
    expect(run.removals).toHaveLength(3);
    expect(run.text).not.toContain('Реклама');
  });

  it('removes a lone "Advertisement" label', () => {
    const run = runStage(ads, article('<div><p>Advertisement</p></div>'));
    expect(run.removals.map((r) => r.text)).toEqual(['Advertisement']);
  });

  it('removes a sponsor label over a logo', () => {
    const run = runStage(ads, article('<p><b>In partnership with</b> <img src="/sponsor.png" alt=""></p>'));
    expect(run.removals.map((r) => r.text)).toEqual(['In partnership with']);
  });

  it('keeps a paragraph about advertising', () => {
    const run = runStage(ads, article('<p class="text">Advertising revenue fell by a third last year, the company said, as brands moved their budgets to video platforms.</p>'));
    expect(run.removals).toEqual([]);
  });

  it('does not read "ad" inside other words of class names', () => {
    const run = runStage(ads, article('<div class="header-shadow"><p>Lead paragraph with enough words to be prose in any article.</p></div>'));
    expect(run.removals).toEqual([]);
  });
});
