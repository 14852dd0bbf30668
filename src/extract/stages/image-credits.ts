import type { Stage } from '../types';
import { CREDIT_WORDS, textCaptions } from '../captions';

// A caption that is only a credit line ("Image copyright Getty Images", "Photo: AP", "© Reuters")
// tells the reader nothing about the picture; real captions stay, with their credits.
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
    for (const { el, text } of textCaptions(ctx.root, CAPTION_LIKE)) {
      if (text.length > 0 && text.length <= MAX_CREDIT_CHARS && CREDIT_ONLY.some((pattern) => pattern.test(text))) {
        ctx.remove(el, 'image-credit');
      }
    }
  },
};
