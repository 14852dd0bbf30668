import type { Stage } from '../types';
import { namePattern } from '../dom';

// "Rate this story ★★★★★ (no ratings yet)": the site's voting widget, which reads as a stray line
// once its stars are gone. It goes when it is called a rating and asks for a vote: a shop card's
// "4.6 out of 5 stars" is called a rating too, and a review's sentence about its stars is prose.
const RATING_NAMES = namePattern([
  'rating', 'ratings', 'post-ratings', 'rate', 'rate-widget', 'star-rating', 'rating-stars', 'voting', 'vote', 'votes', 'fivestar',
]);
const RATING_PHRASES = new RegExp(
  [
    'rate (?:this|the|it)\\b', 'your (?:rating|vote)\\b', 'be the first to (?:rate|vote)', 'click (?:on )?(?:the )?stars? to rate', '\\b(?:no|keine) (?:ratings|votes|bewertungen)\\b',
    'noch keine bewertung', '(?:artikel|beitrag|seite) bewerten', 'bewerten sie', 'valor[ae] (?:esta|este)', 'calific[ae] (?:esta|este)',
    '(?:sin|aún no hay) (?:votos|valoraciones)', 'not[ae]z cet', 'évaluez cet', 'vota (?:questo|questa)', 'oceń', 'βαθμολογήστε', 'оцените', 'нет оценок', '给.{0,6}评分',
  ].join('|'),
  'i',
);
/** A widget says a line; a paragraph that speaks of rating is longer. */
const MAX_WIDGET_CHARS = 100;

export const ratingWidget: Stage = {
  name: 'rating-widget',
  phase: 'before',
  rule: { reason: 'page-controls', names: RATING_NAMES, phrases: RATING_PHRASES, maxChars: MAX_WIDGET_CHARS },
};
