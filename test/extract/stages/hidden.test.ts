import { describe, expect, it } from 'vitest';
import { hidden } from '../../../src/extract/stages/hidden';
import { article, runStage } from '../../helpers';

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
});
