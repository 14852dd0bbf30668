import type { Stage } from '../types';
import { normalizeKey } from '../blocks';
import { CREDIT_WORDS, classSaysCaption, textCaptions } from '../captions';
import { tagOf } from '../dom';

// A caption that only says again what the reader has just read (the lead, the title, a heading)
// is noise; one that repeats the image's alt text is worth keeping, so the alt goes instead
// (screen readers would read it twice).
const CREDIT = new RegExp(`\\s*(?:${CREDIT_WORDS})\\s*:.*$`, 'i');
const MAX_CREDIT_CHARS = 40;
const isCaption = (el: Element) => tagOf(el) === 'FIGCAPTION' || classSaysCaption(el);

export const repeatedCaption: Stage = {
  name: 'repeated-caption',
  phase: 'after',
  run(ctx) {
    const known = new Set<string>();
    for (const text of [ctx.meta.title, ctx.meta.excerpt]) if (text) known.add(normalizeKey(text));
    const captions = textCaptions(ctx.root, isCaption);
    if (captions.length === 0) return;
    for (const block of ctx.blocks()) if (!captions.some(({ el }) => el.contains(block.el))) known.add(block.key);
    const captionsSeen = new Set<string>();
    for (const { el: caption, text: full } of captions) {
      // Galleries print the same caption under the thumbnail and the full picture.
      const whole = normalizeKey(full);
      if (whole && captionsSeen.has(whole)) {
        ctx.remove(caption, 'repeated-caption');
        continue;
      }
      captionsSeen.add(whole);
      const credit = CREDIT.exec(full)?.[0] ?? '';
      const key = normalizeKey(full.slice(0, full.length - credit.length));
      if (key === '') continue;
      if (known.has(key) && credit.trim().length <= MAX_CREDIT_CHARS) {
        ctx.remove(caption, 'repeated-caption');
        continue;
      }
      const image = caption.closest('figure')?.querySelector('img');
      if (image && normalizeKey(image.getAttribute('alt') ?? '') === key) {
        ctx.note('repeated-caption', image.getAttribute('alt') ?? '');
        image.setAttribute('alt', '');
      }
    }
  },
};
