import { describe, expect, it } from 'vitest';
import { pageControls } from '../../../src/extract/stages/page-controls';
import { article, runStage } from '../../helpers';

describe('page-controls', () => {
  it('removes gallery counters and widget words', () => {
    const run = runStage(pageControls, article('<div>Image 1 of 9</div><span>Close</span><p>Media playback is unsupported on your device</p>'));
    expect(run.removals).toHaveLength(3);
  });

  it('removes the feedback question of a page, with or without what it asks about', () => {
    const run = runStage(pageControls, article('<div><p>Was this helpful?</p><button aria-label="Yes">👍</button></div><p>Is this page useful?</p>'));
    expect(run.text).not.toMatch(/helpful|useful/);
  });

  it('removes the buttons of a forum and the site’s own help', () => {
    const run = runStage(pageControls, article('<div><span>Reply with quote</span></div><p>Start new topic</p><p>Keyboard shortcuts</p><p>JUMP TO THE LIST</p><p>Ask Question</p>'));
    expect(run.removals).toHaveLength(5);
  });

  it('keeps the same words inside a sentence', () => {
    const run = runStage(pageControls, article('<p>Close to the harbour, the next street is lined with cafés.</p>'));
    expect(run.removals).toEqual([]);
  });
});
