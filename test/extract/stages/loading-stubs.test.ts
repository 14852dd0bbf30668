import { describe, expect, it } from 'vitest';
import { loadingStubs } from '../../../src/extract/stages/loading-stubs';
import { article, runStage } from '../../helpers';

describe('loading-stubs', () => {
  it('removes loaders and skeletons', () => {
    const run = runStage(loadingStubs, article('<div>Загрузка...</div><div>Loading…</div><div class="skeleton"></div><div>Завантаження</div><p>Loading image...</p>'));
    expect(run.removals).toHaveLength(5);
  });

  it('keeps a lazy-loading wrapper around a picture', () => {
    const run = runStage(loadingStubs, article('<div class="lazy-loader"><img src="a.jpg"><span>Photo</span></div>'));
    expect(run.removals).toEqual([]);
  });
});

describe('loading stubs that are links', () => {
  it('keeps a link named for the request it sends', () => {
    const run = runStage(loadingStubs, article('<p>Vote for the books you love.</p><div><a id="loading_link_5885" href="#">44,629 people voted</a></div>'));
    expect(run.text).toContain('44,629 people voted');
  });
});
