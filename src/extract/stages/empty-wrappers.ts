import type { Stage } from '../types';
import { ELEMENT_NODE, TEXT_NODE, tagOf } from '../dom';

// Removing junk leaves its wrappers behind; empty boxes would show as stray gaps.
// Code is kept whole too: a highlighter's whitespace-only spans are the spaces between tokens.
const MEDIA = new Set(['IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'SVG', 'CANVAS', 'OBJECT', 'EMBED', 'MATH', 'TABLE', 'HR', 'INPUT', 'SOURCE', 'PRE', 'CODE']);
const WRAPPERS = new Set([
  'DIV', 'SPAN', 'SECTION', 'P', 'FIGURE', 'FIGCAPTION', 'HEADER', 'FOOTER', 'ASIDE', 'UL', 'OL', 'LI', 'DL', 'DD',
  'DT', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'A', 'B', 'I', 'EM', 'STRONG', 'FORM', 'NAV', 'ARTICLE',
]);

// A line break inside an inline wrapper (`<span><br></span>`) separates the text around it.
const INLINE = new Set(['SPAN', 'A', 'B', 'I', 'EM', 'STRONG']);

export const emptyWrappers: Stage = {
  name: 'empty-wrappers',
  phase: 'after',
  run(ctx) {
    // One post-order walk: an element has content when it holds text, media, or a child with content.
    const stack: Array<{ el: Element; child: ChildNode | null; content: boolean; lineBreak: boolean }> = [
      { el: ctx.root, child: ctx.root.firstChild, content: false, lineBreak: false },
    ];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const child = top.child;
      if (child) {
        top.child = child.nextSibling;
        if (child.nodeType === TEXT_NODE) top.content ||= /\S/.test((child as Text).data);
        else if (child.nodeType === ELEMENT_NODE) {
          const tag = tagOf(child as Element);
          // Media and tables count as content whole; nothing inside them is pruned.
          if (MEDIA.has(tag)) top.content = true;
          else if (tag === 'BR') top.lineBreak = true;
          else stack.push({ el: child as Element, child: child.firstChild, content: false, lineBreak: false });
        }
        continue;
      }
      stack.pop();
      const parent = stack[stack.length - 1];
      if (!parent) break;
      if (top.content) parent.content = true;
      else if (top.lineBreak && INLINE.has(tagOf(top.el))) parent.lineBreak = true;
      else if (WRAPPERS.has(tagOf(top.el))) ctx.remove(top.el, 'empty');
    }
  },
};
