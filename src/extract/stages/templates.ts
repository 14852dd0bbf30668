import type { Stage } from '../types';
import { ELEMENT_NODE, TEXT_NODE, isAttached, isElement, tagOf, textOf } from '../dom';

// Client-side templates that never rendered: "{{author.name}}", "[[ item.title ]]", "${price}".
// Only expression-looking placeholders count, and never inside code samples, where an article
// about templates shows them on purpose.
const PLACEHOLDER =
  /\{\{[^{}]{1,200}\}\}|\{%[^{}]{1,200}%\}|\[\[\s*[\w$]+(?:\s*[.?:|&!=<>()+\-*'"\w$\s]*)?\]\]|\$\{[\w$.\s?:|&!=<>()'"]{1,200}\}/g;
const PLACEHOLDER_START = /\{\{|\{%|\[\[|\$\{/;
const CODE = new Set(['PRE', 'CODE', 'KBD', 'SAMP', 'TEXTAREA', 'SCRIPT', 'STYLE']);

export const templates: Stage = {
  name: 'templates',
  phase: 'after',
  run(ctx) {
    for (const template of Array.from(ctx.root.querySelectorAll('template'))) ctx.remove(template, 'template');
    const emptied = new Set<Element>();
    for (const text of placeholderTexts(ctx.root)) {
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

/** Text nodes that may hold a placeholder ("{{", "[[", "${", "{%"), code samples left out. */
function placeholderTexts(root: Element): Text[] {
  const found: Text[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    for (let child = stack.pop()!.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE && PLACEHOLDER_START.test((child as Text).data)) found.push(child as Text);
      else if (child.nodeType === ELEMENT_NODE && !CODE.has(tagOf(child as Element))) stack.push(child);
    }
  }
  return found;
}

