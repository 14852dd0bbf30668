import { describe, expect, it } from 'vitest';
import { nextArticle } from '../../../src/extract/stages/next-article';
import { article, runStage } from '../../helpers';

describe('next-article', () => {
  it('removes an infinite-scroll block with the next story', () => {
    const run = runStage(nextArticle, `${article()}<div class="next-publication"><article><h2>Another story</h2><p>Its first paragraph.</p></article></div>`);
    expect(run.removals.map((r) => r.reason)).toEqual(['next-article']);
    expect(run.text).not.toContain('Another story');
  });

  it('never removes the article itself', () => {
    const run = runStage(nextArticle, `<div class="infinite-scroll">${article()}</div>`);
    expect(run.removals).toEqual([]);
  });
});
