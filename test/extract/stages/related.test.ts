import { describe, expect, it } from 'vitest';
import { related } from '../../../src/extract/stages/related';
import { article, runStage } from '../../helpers';

describe('related', () => {
  it('removes "read also" lines and lists of headlines', () => {
    const run = runStage(related, article('<p>Читайте также: <a href="/a">Новый мост открыли</a></p><div class="related-posts"><a href="/1">One</a><a href="/2">Two</a><a href="/3">Three</a></div><aside><h3>Most read</h3><a href="/4">Four</a><a href="/5">Five</a><a href="/6">Six</a></aside>'));
    expect(run.removals).toHaveLength(3);
  });

  it('knows such lists in German and Chinese', () => {
    const run = runStage(
      related,
      article('<div><h3>Unsere Lesetipps</h3><a href="/1">Gericht schränkt Kameras ein</a><a href="/2">Reform in der Kritik</a><a href="/3">Neue Regeln</a></div><div><h3>相关新闻</h3><a href="/4">外交部官员表示</a><a href="/5">天然气价格</a><a href="/6">双方合作</a></div>'),
    );
    expect(run.removals).toHaveLength(2);
  });

  it('removes a Spanish "Mire:" line that points to another story', () => {
    const run = runStage(related, article('<h6><strong>Mire: </strong><a href="/fama/otra">El cantante da positivo a COVID-19</a></h6>'));
    expect(run.removals.map((r) => r.text)).toEqual(['Mire: El cantante da positivo a COVID-19']);
  });

  it('keeps a paragraph that starts like a heading of such a list', () => {
    const text = 'Related research from the same lab found that the effect disappears in older mice, which the authors want to explain next.';
    const run = runStage(related, article(`<p>${text}</p>`));
    expect(run.removals).toEqual([]);
  });
});
