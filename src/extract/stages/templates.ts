import type { Stage } from '../types';
import { isAttached, isElement, isInside, textOf } from '../dom';
import { pageIndex } from '../page-index';

// Client-side templates that never rendered: "{{author.name}}", "[[ item.title ]]", "${price}".
// Only expression-looking placeholders count, and never inside code samples, where an article
// about templates shows them on purpose.
const PLACEHOLDER =
  /\{\{[^{}]{1,200}\}\}|\{%[^{}]{1,200}%\}|\[\[\s*[\w$]+(?:\s*[.?:|&!=<>()+\-*'"\w$\s]*)?\]\]|\$\{[\w$.\s?:|&!=<>()'"]{1,200}\}/g;
const CODE = new Set(['PRE', 'CODE', 'KBD', 'SAMP', 'TEXTAREA', 'SCRIPT', 'STYLE']);

export const templates: Stage = {
  name: 'templates',
  phase: 'after',
  run(ctx) {
    for (const template of Array.from(ctx.root.querySelectorAll('template'))) ctx.remove(template, 'template');
    const emptied = new Set<Element>();
    // The page index noted, on its one pass, which text nodes hold "{{" and the like.
    for (const text of pageIndex(ctx.root).placeholderTexts) {
      if (!isAttached(text, ctx.root) || isInside(text, CODE)) continue;
      const data = text.data;
      const cleaned = data.replace(PLACEHOLDER, (match) => {
        ctx.note('template', match);
        return '';
      });
      if (cleaned === data) continue;
      text.data = cleaned;
      if (isElement(text.parentNode)) emptied.add(text.parentNode);
    }
    // A block that held nothing but the placeholder is an empty shell now.
    for (const el of emptied) {
      if (el !== ctx.root && isAttached(el, ctx.root) && textOf(el) === '' && !el.querySelector('img, picture, video')) {
        el.remove();
      }
    }
  },
};

/** A line Readability read as metadata (a byline) without its placeholders; null if nothing else. */
export function withoutPlaceholders(text: string | null): string | null {
  const cleaned = text?.replace(PLACEHOLDER, ' ').replace(/\s+/g, ' ').trim();
  return cleaned ? cleaned : null;
}
