import type { Stage } from '../types';

// What the page does not show is not article. Readability skips such nodes when it scores, but
// the duplicate checks after it need them gone first: sites hide a second, flattened copy of the
// body for print or for SEO.
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  // Wikimedia marks its maths fallback images aria-hidden although they are what readers see.
  if (el.getAttribute('aria-hidden') === 'true' && !/fallback-image/.test(el.getAttribute('class') ?? '')) {
    return true;
  }
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

export const hidden: Stage = {
  name: 'hidden',
  phase: 'before',
  rule: { reason: 'hidden', maxChars: 0, match: isHidden },
};
