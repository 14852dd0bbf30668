import type { Stage } from '../types';
import { namePattern } from '../dom';

// The box about the writer under (or beside) the text: a head-shot, the name, a few sentences
// of biography, links to their profiles. It is the site's page furniture, not the article, and
// readers who want the author have the byline. A byline ("By Jane Doe, 3 May") wears the same
// names, so a box goes only with a biography's length and a picture or a link in it. Its words
// alone are never enough: "X is a freelance reporter" starts many a news paragraph.
const AUTHOR_BOX_NAMES = namePattern([
  'author-bio', 'author-box', 'authorbox', 'about-author', 'about-the-author', 'author-about', 'author-info',
  'author-profile', 'author-description', 'author-card', 'author-details', 'author-wrapper', 'author-block',
  'author-section', 'author-summary', 'bio-box', 'single-content-author', 'entry-author', 'post-author-box',
]);
/** A byline is a line; a biography is at least a sentence. */
const MIN_BIO_CHARS = 100;

export const authorBox: Stage = {
  name: 'author-box',
  phase: 'before',
  rule: {
    reason: 'boilerplate',
    names: AUTHOR_BOX_NAMES,
    maxChars: 900,
    structure: (el, length) => (length >= MIN_BIO_CHARS && el.querySelector('img, a[href]') !== null ? 1 : 0),
  },
};
