import { describe, expect, it } from 'vitest';
import { ratingWidget } from '../../../src/extract/stages/rating-widget';
import { article, runStage } from '../../helpers';

const stars = (n: number) => Array.from({ length: n }, (_, i) => `<img src="star.gif" alt="" data-i="${i}">`).join('');

describe('rating-widget', () => {
  it('removes a voting widget called a rating that asks for a vote, in any language', () => {
    for (const [names, words] of [
      ['post-ratings', '(Noch keine Bewertungen)'],
      ['news-rate', 'Valora esta noticia'],
      ['rating-box', 'Rate this article'],
      ['vote', 'Оцените статью'],
    ]) {
      const run = runStage(ratingWidget, article(`<div class="${names}">${words} ${stars(5)}</div>`));
      expect(run.removals.map((r) => r.text), words).toEqual([words]);
      expect(run.text).toContain('The council met on Tuesday evening');
    }
  });

  it('keeps an unnamed line that asks for a vote: it may be the article\'s own', () => {
    const run = runStage(ratingWidget, article(`<div><span>Rate this post:</span>${'<button aria-label="star"></button>'.repeat(5)}</div>`));
    expect(run.removals).toEqual([]);
  });

  it('keeps a shop card\'s score and a review that speaks of its rating', () => {
    const card = `<div class="product-card rating">Hiking boots $170.00 1332 reviews with an average rating of 4.6 out of 5 stars ${stars(5)}</div>`;
    const review = '<p class="rating">We rate this film four stars out of five: the best thing the studio has made in a decade, and its cast is superb.</p>';
    const run = runStage(ratingWidget, article(card + review));
    expect(run.removals).toEqual([]);
  });
});
