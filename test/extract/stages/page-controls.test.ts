import { describe, expect, it } from 'vitest';
import { pageControls } from '../../../src/extract/stages/page-controls';
import { article, runStage } from '../../helpers';

describe('page-controls', () => {
  it('removes gallery counters and widget words', () => {
    const run = runStage(pageControls, article('<div>Image 1 of 9</div><span>Close</span><p>Media playback is unsupported on your device</p><p>Page 1 of 8</p><p>Seite 2 von 5</p>'));
    expect(run.removals).toHaveLength(5);
  });

  it('removes the feedback question of a page, with or without what it asks about', () => {
    const run = runStage(pageControls, article('<div><p>Was this helpful?</p><button aria-label="Yes">👍</button></div><p>Is this page useful?</p>'));
    expect(run.text).not.toMatch(/helpful|useful/);
  });

  it('removes the buttons of a forum and the site’s own help', () => {
    const run = runStage(pageControls, article('<div><span>Reply with quote</span></div><p>Start new topic</p><p>Keyboard shortcuts</p><p>JUMP TO THE LIST</p><p>Ask Question</p>'));
    expect(run.removals).toHaveLength(5);
  });

  it('removes the toggle of a sources box left as a line', () => {
    const run = runStage(pageControls, article('<div data-alt-text="Quellen anzeigen"><p>Quellen ausblenden</p></div><p>Show references</p>'));
    expect(run.removals.map((r) => r.text)).toEqual(['Quellen ausblenden', 'Show references']);
  });

  it('keeps the same words inside a sentence', () => {
    const run = runStage(pageControls, article('<p>Close to the harbour, the next street is lined with cafés.</p>'));
    expect(run.removals).toEqual([]);
  });

  it('removes a rating widget’s question and its thanks, in English and Russian', () => {
    const run = runStage(
      pageControls,
      article('<div><p>Оцените, пожалуйста, статью. Нам важно Ваше мнение.</p></div><div><label>Спасибо! Ваша мнение учтено.</label></div><p>Rate this article:</p><p>Thank you for your vote!</p>'),
    );
    expect(run.removals).toHaveLength(4);
    expect(run.removals.every((r) => r.reason === 'page-controls')).toBe(true);
  });

  it('removes the archive calendar, a grid of day numbers called so, and keeps a table of figures', () => {
    const days = Array.from({ length: 30 }, (_, i) => `<td>${i + 1}</td>`).join('');
    const run = runStage(pageControls, article(`<div id="calendar"><h2>Archive</h2><div>2011 2012</div><table><tr><th>Mo</th><th>Tu</th></tr><tr>${days}</tr></table></div><table class="results"><tr>${days}</tr></table>`));
    expect(run.removals).toHaveLength(1);
    expect(run.text).not.toContain('Archive');
    expect(run.root.querySelector('table.results')).not.toBeNull();
  });
});
