// Where the article is on a site, said so that it holds on the site's other pages: the path of
// tags from a stable landmark down to the block, with only the ids and class names that are the
// site's design (not a post number, a build hash or a state). Never the text.

export interface LocatorStep {
  tag: string;
  id?: string;
  classes: string[];
}

export interface Locator {
  steps: LocatorStep[];
}

const MAX_STEPS = 8;
const MAX_CLASSES = 3;
/** Less text than this is not the article the reader chose: fall back to the usual pipeline. */
export const MIN_LOCATED_CHARS = 200;

/**
 * A name that belongs to the site's design: letters with dashes or underscores, a digit or two
 * at most (h2-title, col-8). Post numbers (post-48213), generated names (css-1q2w3e, sc-bdVaJa)
 * and states (active, is-open) change from page to page or from moment to moment.
 */
export function isStableName(name: string): boolean {
  if (name.length < 2 || name.length > 40 || !/^[A-Za-z][\w-]*$/.test(name)) return false;
  if (/\d{3,}/.test(name) || (name.match(/\d/g)?.length ?? 0) > 2) return false;
  if (/^(?:css|sc|jsx|emotion|svelte|astro|tw)-/i.test(name) || /[a-z][A-Z].*\d|\d.*[A-Z]/.test(name)) return false;
  return !/^(?:active|open|opened|closed|selected|hover|focus|visible|hidden|loaded|loading|sticky|fixed|current)$|^(?:is|has)-/i.test(name);
}

/** One block's shape: its tag and the site's design names it wears. */
export function describeBlock(el: Element): LocatorStep {
  const id = el.getAttribute('id');
  const classes = (el.getAttribute('class') ?? '').split(/\s+/).filter(isStableName).slice(0, MAX_CLASSES);
  return { tag: el.tagName.toLowerCase(), ...(id && isStableName(id) ? { id } : {}), classes };
}

/** Whether `el` has the shape: same tag, the same id if the shape has one, all its classes. */
export function matchesBlock(el: Element, shape: { tag: string; id?: string; classes: readonly string[] }): boolean {
  if (el.tagName.toLowerCase() !== shape.tag || (shape.id && el.getAttribute('id') !== shape.id)) return false;
  if (!shape.id && shape.classes.length === 0) return false;
  const classes = ` ${el.getAttribute('class') ?? ''} `.replace(/\s+/g, ' ');
  return shape.classes.every((name) => classes.includes(` ${name} `));
}

export function isLocatorStep(step: unknown): step is LocatorStep {
  if (!step || typeof step !== 'object') return false;
  const { tag, id, classes } = step as Record<string, unknown>;
  return (
    typeof tag === 'string' && /^[a-z][a-z0-9-]*$/.test(tag) &&
    (id === undefined || (typeof id === 'string' && isStableName(id))) &&
    Array.isArray(classes) && classes.length <= MAX_CLASSES && classes.every((name) => typeof name === 'string' && isStableName(name))
  );
}

export function describeElement(el: Element): Locator {
  const steps: LocatorStep[] = [];
  for (let node: Element | null = el; node && node.tagName !== 'BODY' && node.tagName !== 'HTML'; node = node.parentElement) {
    const step = describeBlock(node);
    steps.unshift(step);
    // An id that is the site's own is landmark enough: nothing above it is needed.
    if (step.id) break;
  }
  return { steps: steps.slice(-MAX_STEPS) };
}

function selectorOf(steps: readonly LocatorStep[]): string {
  return steps.map((step) => `${step.tag}${step.id ? `#${step.id}` : ''}${step.classes.map((name) => `.${name}`).join('')}`).join(' ');
}

/**
 * The element the locator names on this page: the one with the most text among those matching
 * the whole path, else the end of the path under its landmark. Null when nothing matches or what
 * matches holds too little text to be the article.
 */
export function findElement(doc: Document, locator: Locator): Element | null {
  const { steps } = locator;
  if (steps.length === 0 || !doc.body) return null;
  const last = steps[steps.length - 1]!;
  const attempts = [steps, steps.length > 1 ? [steps[0]!, last] : [], [last]].filter((attempt) => attempt.length > 0);
  for (const attempt of attempts) {
    let best: Element | null = null;
    let bestChars = 0;
    let candidates: Element[];
    try {
      candidates = Array.from(doc.body.querySelectorAll(selectorOf(attempt)));
    } catch {
      return null;
    }
    for (const candidate of candidates) {
      const chars = (candidate.textContent ?? '').replace(/\s+/g, ' ').trim().length;
      if (chars > bestChars) [best, bestChars] = [candidate, chars];
    }
    if (best && bestChars >= MIN_LOCATED_CHARS) return best;
  }
  return null;
}

export function isLocator(value: unknown): value is Locator {
  if (!value || typeof value !== 'object' || !Array.isArray((value as Locator).steps)) return false;
  const steps = (value as Locator).steps;
  return steps.length > 0 && steps.length <= MAX_STEPS && steps.every(isLocatorStep);
}

/**
 * The shape of a block the reader removed from the reading view, read off the page: the page's
 * element with the same text (the same tag first: the cleaning may have renamed a box to a
 * paragraph), or the nearest box around it with the same text that wears a name of the site's.
 * Null when no element on the page has that text, or none around it is named.
 */
export function shapeOfPageBlock(doc: Document, block: { tag: string; text: string }): LocatorStep | null {
  const wanted = block.text.replace(/\s+/g, ' ').trim();
  if (!wanted || !doc.body) return null;
  const sameText = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim() === wanted;
  let found = Array.from(doc.body.getElementsByTagName(block.tag)).find(sameText) ?? null;
  // Else the innermost element holding exactly that text.
  if (!found) {
    const all = Array.from(doc.body.getElementsByTagName('*')).filter(sameText);
    found = all[all.length - 1] ?? null;
  }
  for (let el = found; el && el !== doc.body && sameText(el); el = el.parentElement) {
    const shape = describeBlock(el);
    if (shape.id || shape.classes.length) return shape;
  }
  return null;
}
