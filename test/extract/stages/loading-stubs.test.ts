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
