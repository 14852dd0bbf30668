// The article seen as a list of text blocks: the unit of the duplicate checks and of the text
// output. A block is a block-level element with text of its own (not counting nested blocks).

import { BLOCK_TAGS, ELEMENT_NODE, TEXT_NODE, collapse, isElement, tagOf } from './dom';

export interface TextBlock {
  readonly el: Element;
  readonly text: string;
  /** Lower-case words joined by single spaces: what "the same text" compares. */
  readonly key: string;
  readonly words: number;
  /** The element also holds nested blocks, so removing it would take those too. */
  readonly mixed: boolean;
  /** Lines broken with <br>: verse, addresses, lyrics. */
  readonly lines: number;
}

/** Key and word count are made when first asked for: the stages before Readability read only text. */
class Block implements TextBlock {
  private normalized: string | undefined;
  private wordCount: number | undefined;
  constructor(
    readonly el: Element,
    readonly text: string,
    readonly mixed: boolean,
    readonly lines: number,
  ) {}
  get key(): string {
    return (this.normalized ??= normalizeKey(this.text));
  }
  get words(): number {
    return (this.wordCount ??= countWords(this.key));
  }
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'NOEMBED', 'NOFRAMES', 'TEMPLATE', 'SVG', 'MATH']);

export function normalizeKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function countWords(key: string): number {
  return key === '' ? 0 : key.split(' ').length;
}

export function textBlocks(root: Element): TextBlock[] {
  const blocks: TextBlock[] = [];
  visit(root, blocks, true);
  return blocks;
}

function visit(el: Element, blocks: TextBlock[], isRoot: boolean): void {
  const tag = tagOf(el);
  if (SKIPPED.has(tag)) return;
  if (isRoot || BLOCK_TAGS.has(tag)) {
    const own = { parts: [] as string[], lines: 0, mixed: false };
    collectOwn(el, own);
    const text = collapse(own.parts.join(''));
    if (text !== '') blocks.push(new Block(el, text, own.mixed, own.lines));
  }
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) visit(child, blocks, false);
}

function collectOwn(el: Element, own: { parts: string[]; lines: number; mixed: boolean }): void {
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) own.parts.push((child as Text).data);
    else if (child.nodeType === ELEMENT_NODE && isElement(child)) {
      const tag = tagOf(child);
      if (tag === 'BR') {
        own.parts.push(' ');
        own.lines++;
      } else if (BLOCK_TAGS.has(tag)) own.mixed = true;
      else if (!SKIPPED.has(tag)) collectOwn(child, own);
    }
  }
}

/** The block's own text as nodes: the element itself, or its inline children when it is mixed. */
export function ownNodes(block: TextBlock): Node[] {
  if (!block.mixed) return [block.el];
  return Array.from(block.el.childNodes).filter((node) => !(isElement(node) && BLOCK_TAGS.has(tagOf(node))));
}
