// Small DOM helpers shared by the stages. They must work on a browser DOM, jsdom and linkedom,
// so they use only the common core of the DOM API (no innerText, no computed styles).

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Elements whose text is never reader-visible prose. */
const NON_TEXT_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'NOEMBED', 'NOFRAMES', 'TEMPLATE', 'SVG', 'MATH', 'HEAD']);

export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT',
  'TR', 'TD', 'TH', 'CAPTION', 'UL',
]);

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === ELEMENT_NODE;
}

const upperTags = new Map<string, string>();

/** Upper-case tag name. Read through localName: it is the cheapest of the names on every DOM. */
export function tagOf(el: Element): string {
  const local = el.localName;
  let upper = upperTags.get(local);
  if (upper === undefined) {
    upper = local.toUpperCase();
    upperTags.set(local, upper);
  }
  return upper;
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Whether a node holds any text but whitespace (scripts' too): a cheap "is it empty?", without textOf's walk. */
export function hasText(node: Node): boolean {
  return /\S/.test(node.textContent ?? '');
}

/** Visible text of an element, whitespace collapsed, scripts and styles left out. */
export function textOf(node: Node): string {
  const parts: string[] = [];
  collectText(node, parts);
  return collapse(parts.join(''));
}

/** The first `limit` characters or so of an element's text: enough to test how it starts. */
export function textPrefix(node: Node, limit: number): string {
  const parts: string[] = [];
  const budget = { left: limit };
  collectText(node, parts, budget);
  return collapse(parts.join(''));
}

function collectText(node: Node, parts: string[], budget?: { left: number }): void {
  if (budget && budget.left <= 0) return;
  if (node.nodeType === TEXT_NODE) {
    parts.push((node as Text).data);
    if (budget) budget.left -= (node as Text).data.length;
    return;
  }
  if (isElement(node)) {
    if (NON_TEXT_TAGS.has(tagOf(node))) return;
    // Block boundaries separate words even when the markup has no white space between them.
    const block = BLOCK_TAGS.has(tagOf(node)) || tagOf(node) === 'BR';
    if (block) parts.push(' ');
    for (let child = node.firstChild; child; child = child.nextSibling) collectText(child, parts, budget);
    if (block) parts.push(' ');
    return;
  }
  for (let child = node.firstChild; child; child = child.nextSibling) collectText(child, parts, budget);
}

/**
 * Class names and id of an element as one lower-case string, camelCase split with dashes, so
 * that name patterns can be written once against `word-word` forms. One string, not a list:
 * this runs for every element of the page.
 */
export function namesOf(el: Element): string {
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  // Absent attributes read as null in browsers and as '' in some DOMs.
  const raw = cls && id ? `${cls} ${id}` : cls || id || '';
  if (raw.length < 2) return '';
  return (/[A-Z]/.test(raw) ? raw.replace(/([a-z0-9])([A-Z])/g, '$1-$2') : raw).toLowerCase();
}

/**
 * A pattern matching whole words inside class/id names. Words are written with `-` where the
 * page may put a dash, an underscore or nothing: `font-size` matches fontsize, font_size, fontSize.
 */
export function namePattern(words: readonly string[]): RegExp {
  const alternatives = words.map((word) => word.split('-').map(escapeRegExp).join('[-_]?'));
  return new RegExp(`(?:^|[\\s_-])(?:${alternatives.join('|')})(?=[\\s_-]|$)`);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A link to another page, not to a place on this one. */
export const LINK_ELSEWHERE = 'a[href]:not([href^="#"])';

/** Share of an element's text that sits inside links: high for menus and lists of headlines. */
export function linkDensity(el: Element, textLength = textOf(el).length): number {
  if (textLength === 0) return 0;
  let linked = 0;
  // By tag, not by selector: some DOMs (linkedom) compile a selector at every call.
  for (const link of el.getElementsByTagName('a')) linked += textOf(link).length;
  return Math.min(1, linked / textLength);
}

export function isInside(node: Node, tags: ReadonlySet<string>, stopAt?: Node): boolean {
  for (let p = node.parentNode; p && p !== stopAt; p = p.parentNode) {
    if (isElement(p) && tags.has(tagOf(p))) return true;
  }
  return false;
}

/** True when `node` is still attached below `root` (an ancestor may have been removed). */
export function isAttached(node: Node, root: Node): boolean {
  // Native in browsers: an ancestor walk in JavaScript costs a call per level.
  return root.contains(node);
}

/**
 * How many of the document's `marked` elements stand below `el`. Asked of every block, so the
 * marked elements are found once per document (per `cache`) and counted up their ancestors: each
 * question then costs a lookup.
 */
export function markedBelow(cache: WeakMap<Document, Map<Element, number>>, el: Element, marked: (doc: Document) => Iterable<Element>): number {
  const doc = el.ownerDocument;
  let counts = cache.get(doc);
  if (!counts) {
    counts = new Map();
    for (const mark of marked(doc)) {
      for (let box = mark.parentElement; box; box = box.parentElement) counts.set(box, (counts.get(box) ?? 0) + 1);
    }
    cache.set(doc, counts);
  }
  return counts.get(el) ?? 0;
}
