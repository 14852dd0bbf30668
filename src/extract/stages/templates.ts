import type { Stage } from '../types';
import { TEXT_NODE, elementsBelow, isAttached, isElement, isInside, tagOf, textOf } from '../dom';

// Client-side templates that never rendered: "{{author.name}}", "[[ item.title ]]", "${price}".
// Only expression-looking placeholders count, and never inside code samples, where an article
// about templates shows them on purpose.
const PLACEHOLDER =
  /\{\{[^{}]{1,200}\}\}|\{%[^{}]{1,200}%\}|\[\[\s*[\w$]+(?:\s*[.?:|&!=<>()+\-*'"\w$\s]*)?\]\]|\$\{[\w$.\s?:|&!=<>()'"]{1,200}\}/g;
const CODE = new Set(['PRE', 'CODE', 'KBD', 'SAMP', 'TEXTAREA', 'SCRIPT', 'STYLE']);

export const templates: Stage = {
  name: 'templates',
  phase: 'before',
  run(ctx) {
    for (const el of elementsBelow(ctx.root)) {
      if (tagOf(el) === 'TEMPLATE' && isAttached(el, ctx.root)) ctx.remove(el, 'template');
    }
    const touched = new Set<Element>();
    const walker = ctx.doc.createTreeWalker(ctx.root, 4 /* NodeFilter.SHOW_TEXT */);
    const texts: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === TEXT_NODE && (node as Text).data.length > 4) texts.push(node as Text);
    }
    for (const text of texts) {
      const data = text.data;
      if (!/\{\{|\{%|\[\[|\$\{/.test(data) || isInside(text, CODE)) continue;
      const cleaned = data.replace(PLACEHOLDER, (match) => {
        ctx.note('template', match);
        return '';
      });
      if (cleaned === data) continue;
      text.data = cleaned;
      if (isElement(text.parentNode)) touched.add(text.parentNode);
    }
    // A block that held nothing but the placeholder is an empty shell now.
    for (const el of touched) {
      if (el !== ctx.root && isAttached(el, ctx.root) && textOf(el) === '' && !el.querySelector('img, picture, video')) {
        el.remove();
      }
    }
  },
};
