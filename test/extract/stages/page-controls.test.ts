import { describe, expect, it } from 'vitest';
import { pageControls } from '../../../src/extract/stages/page-controls';
import { article, runStage } from '../../helpers';

describe('page-controls', () => {
  it('removes gallery counters and widget words', () => {
    const run = runStage(pageControls, article('<div>Image 1 of 9</div><span>Close</span><p>Media playback is unsupported on your device</p>'));
    expect(run.removals).toHaveLength(3);
  });

  it('keeps the same words inside a sentence', () => {
    const run = runStage(pageControls, article('<p>Close to the harbour, the next street is lined with cafés.</p>'));
    expect(run.removals).toEqual([]);
  });
});
