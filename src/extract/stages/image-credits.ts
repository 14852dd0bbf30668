import type { Stage } from '../types';
import { textOf } from '../dom';

// A caption that is only a credit line ("Image copyright Getty Images", "Photo: AP", "© Reuters")
// tells the reader nothing about the picture; real captions stay, with their credits.
/** Words that introduce a picture's credit, in the languages we read. */
export const CREDIT_WORDS = 'image|images|photo|photos|picture|foto|fotos|фото|изображение|credit|credits|source|источник|джерело|illustration|иллюстрация';
const CREDIT_ONLY = [
  new RegExp(`^\\(?\\s*(?:${CREDIT_WORDS})\\s*(?:copyright|credit|:|©|by)`, 'i'),
  /^(?:©|copyright|\(c\))\s*\S/i,
  /^[\w .,&'’-]{0,40}(?:getty images|associated press|reuters|afp|shutterstock|ap photo|epa|istock|тасс|риа новости)\s*\)?\.?$/i,
];
const MAX_CREDIT_CHARS = 100;
const CAPTION_LIKE = 'figcaption, [class*="caption"], [class*="credit"], figure > p, figure > span, figure > div';

export const imageCredits: Stage = {
  name: 'image-credits',
  phase: 'after',
  run(ctx) {
    for (const el of Array.from(ctx.root.querySelectorAll(CAPTION_LIKE))) {
      if (el.querySelector('img, picture, video, p, figcaption')) continue;
      const text = textOf(el);
      if (text.length > 0 && text.length <= MAX_CREDIT_CHARS && CREDIT_ONLY.some((pattern) => pattern.test(text))) {
        ctx.remove(el, 'image-credit');
      }
    }
  },
};
