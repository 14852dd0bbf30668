import type { Stage } from '../types';

// Lazy-loading pages ship a 1×1 placeholder in `src` and the real address in a data attribute
// that their script would have swapped in.
const SRC_ATTRIBUTES = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src', 'data-full-src'];
const SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset'];
const PLACEHOLDER_NAME = /blank|placeholder|spacer|pixel|transparent|lazy|grey|gray|1x1|loading/i;
const IMAGE_URL = /^(?:https?:)?\/\/|^\/|^[\w./-]+\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#].*)?$/i;

export function isPlaceholderSrc(src: string | null): boolean {
  if (!src || !src.trim()) return true;
  // Tiny inline images are placeholders; real inline photos are kilobytes long.
  if (/^data:/i.test(src)) return src.length < 300;
  const file = src.split(/[?#]/)[0]!.split('/').pop() ?? '';
  return PLACEHOLDER_NAME.test(file);
}

export const lazyImages: Stage = {
  name: 'lazy-images',
  phase: 'after',
  run(ctx) {
    for (const img of Array.from(ctx.root.querySelectorAll('img, source'))) {
      const isImg = img.tagName.toUpperCase() === 'IMG';
      const lazySrcset = SRCSET_ATTRIBUTES.map((name) => img.getAttribute(name)).find((value) => value?.trim());
      if (lazySrcset && !img.getAttribute('srcset')) img.setAttribute('srcset', lazySrcset);
      if (!isImg || !isPlaceholderSrc(img.getAttribute('src'))) continue;
      const lazySrc = SRC_ATTRIBUTES.map((name) => img.getAttribute(name)?.trim()).find((value) => value && IMAGE_URL.test(value));
      if (lazySrc) img.setAttribute('src', lazySrc);
      else if (!img.getAttribute('srcset') && !img.closest('picture')?.querySelector('source[srcset]')) {
        ctx.remove(img, 'empty');
      }
    }
  },
};
