import type { Stage } from '../types';
import { namePattern } from '../dom';

// Infinite-scroll sites append the next article (or an empty template for it, with a loader)
// below the current one. It is another page's text.
const NEXT_NAMES = namePattern([
  'next-article', 'next-post', 'next-story', 'next-publication', 'next-news', 'next-material', 'article-next',
  'infinite', 'infinite-scroll', 'load-more', 'loadmore', 'endless', 'autoload', 'next-page-article',
]);
const NEXT_PHRASES =
  /^(?:следующ(?:ая|ий) (?:новость|статья|публикация|материал)|next (?:article|story|post)|up next|наступн(?:а|ий) (?:новина|стаття|матеріал)|load more|показать (?:ещё|еще)|завантажити ще)/i;

export const nextArticle: Stage = {
  name: 'next-article',
  phase: 'before',
  rule: {
    reason: 'next-article',
    names: NEXT_NAMES,
    phrases: NEXT_PHRASES,
    maxChars: 20000,
    structure: (el) => (el.querySelector('article, h1, h2, button, [class*="loader"], [class*="loading"]') ? 1 : 0),
  },
};
