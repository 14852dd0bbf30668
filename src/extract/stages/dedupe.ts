import type { Stage } from '../types';
import { type TextBlock, ownNodes } from '../blocks';
import { isInside, tagOf } from '../dom';
import { isBareCaption } from '../text';

// Text printed twice: a second copy of the body (often flattened into one paragraph), a lead
// repeated as the first paragraph, a pull quote repeating a sentence of the body.
// Legitimate repetition stays: verse and refrains (short lines, <br>-broken stanzas), table cells.

const MIN_EXACT_WORDS = 8;
const MIN_PART_WORDS = 5;
const NEAR_MIN_WORDS = 15;
const NEAR_SIMILARITY = 0.8;
/** A flattened copy is a block mostly made of other blocks' texts. */
const FLATTENED_COVERAGE = 0.6;
const MAX_PAIRWISE_BLOCKS = 600;
/** How far down the lead sits, and how soon after it its repeat comes, in blocks. */
const LEAD_BLOCKS = 1;
const LEAD_DISTANCE = 3;
const EXEMPT = new Set(['TABLE', 'PRE', 'CODE']);

export const dedupe: Stage = {
  name: 'dedupe',
  phase: 'after',
  run(ctx) {
    const blocks = ctx.blocks().filter((block) => !isInside(block.el, EXEMPT, ctx.root) && !isVerse(block));
    const gone = new Set<TextBlock>();
    const drop = (block: TextBlock) => {
      gone.add(block);
      for (const node of ownNodes(block)) ctx.remove(node, 'duplicate');
    };
    const words = wordLists();
    // Which shorter blocks stand inside which longer ones: found once, for both uses below.
    const inside = partsInside(blocks, blocks.filter((b) => b.words >= MIN_PART_WORDS), words);
    removeFlattenedCopies(blocks, inside, drop);
    removeExactAndNearCopies(blocks, gone, drop, words);
    removeContainedRepeats(blocks, inside, gone, drop);
  },
};

/** Short lines next to short lines are verse or a list of names: repeating them is the point. */
function isVerse(block: TextBlock): boolean {
  return block.lines >= 2 && block.text.length / (block.lines + 1) < 60;
}

/**
 * A repeat in the same container is the author's (a refrain, a repeated call-out); a repeat in
 * another container is the page's machinery printing the text again.
 */
function areSiblings(a: TextBlock, b: TextBlock): boolean {
  return a.el.parentNode === b.el.parentNode;
}

/** Elements that pull a sentence out of the body to show it again, big. */
function isCallout(el: Element): boolean {
  return /^H[2-6]$/i.test(el.tagName) || isPullQuote(el);
}

function isPullQuote(el: Element): boolean {
  return /^(?:BLOCKQUOTE|ASIDE|FIGURE)$/i.test(el.tagName) || /quote|pull|callout/i.test(el.getAttribute('class') ?? '');
}

function isShortLineRun(blocks: TextBlock[], i: number): boolean {
  const short = (b: TextBlock | undefined) => b !== undefined && b.words < 12;
  return short(blocks[i]) && (short(blocks[i - 1]) || short(blocks[i + 1]));
}

function removeFlattenedCopies(blocks: TextBlock[], inside: Map<TextBlock, TextBlock[]>, drop: (b: TextBlock) => void): void {
  for (const block of blocks) {
    if (block.words < MIN_PART_WORDS * 2) continue;
    // A pull quote repeats the paragraph it was pulled from; that paragraph is no copy of it.
    const parts = (inside.get(block) ?? []).filter((part) => !areSiblings(part, block) && !isPullQuote(part.el));
    const covered = parts.reduce((sum, part) => sum + part.key.length, 0);
    if (parts.length >= 2 && covered >= block.key.length * FLATTENED_COVERAGE) drop(block);
  }
}

/** Each block's words, split once and shared by the checks below. */
type WordLists = (block: TextBlock) => readonly string[];

function wordLists(): WordLists {
  const lists = new Map<TextBlock, string[]>();
  return (block) => {
    let list = lists.get(block);
    if (!list) lists.set(block, (list = block.key.split(' ')));
    return list;
  };
}

/**
 * For each block, the shorter `parts` whose whole text stands in its text, in the order of
 * `parts`. Parts are looked up by their first word at each word of the block: one pass over the
 * blocks' words, not a search for every part in every block.
 */
function partsInside(blocks: readonly TextBlock[], parts: readonly TextBlock[], wordsOf: WordLists): Map<TextBlock, TextBlock[]> {
  const partsByStart = new Map<string, TextBlock[]>();
  for (const part of parts) {
    const start = wordsOf(part)[0]!;
    const list = partsByStart.get(start);
    if (list) list.push(part);
    else partsByStart.set(start, [part]);
  }
  const order = new Map(parts.map((part, i) => [part, i]));
  const inside = new Map<TextBlock, TextBlock[]>();
  for (const block of blocks) {
    const words = wordsOf(block);
    let found: Set<TextBlock> | undefined;
    for (let at = 0; at < words.length; at++) {
      for (const part of partsByStart.get(words[at]!) ?? []) {
        if (part !== block && part.key.length < block.key.length && standsAt(wordsOf(part), words, at)) (found ??= new Set()).add(part);
      }
    }
    if (found) inside.set(block, [...found].sort((x, y) => order.get(x)! - order.get(y)!));
  }
  return inside;
}

function standsAt(part: readonly string[], words: readonly string[], at: number): boolean {
  if (at + part.length > words.length) return false;
  for (let k = 1; k < part.length; k++) if (part[k] !== words[at + k]) return false;
  return true;
}

/**
 * Exact and near copies in another container go when they are part of a run (the body printed
 * again, block by block) or when they repeat the lead right below it. A lone repeat elsewhere
 * may be the author's, and stays.
 */
function removeExactAndNearCopies(blocks: TextBlock[], gone: Set<TextBlock>, drop: (b: TextBlock) => void, wordsOf: WordLists): void {
  const live = blocks.filter((b) => !gone.has(b));
  const copyOf = findCopies(live, wordsOf);
  live.forEach((block, j) => {
    const i = copyOf[j];
    if (i === undefined || areSiblings(live[i]!, block) || isShortLineRun(live, j) || isListItem(block)) return;
    const inRun = copyOf[j - 1] !== undefined || copyOf[j + 1] !== undefined;
    if (inRun) drop(block);
    // The lead said first as a picture's caption: the text leaves captions out, so the caption goes.
    else if (isLeadRepeat(i, j)) drop(isCaption(live[i]!.el) && !isCaption(block.el) ? live[i]! : block);
  });
}

/** For each block, the index of an earlier block with the same (or nearly the same) text. */
function findCopies(blocks: TextBlock[], wordsOf: WordLists): Array<number | undefined> {
  const firstByKey = new Map<string, number>();
  // Which earlier blocks hold each shingle: only blocks sharing shingles are ever compared.
  const holders = new Map<number, number[]>();
  const shinglesOf = shingler();
  const sizes = new Map<number, number>();
  const pairwise = blocks.length <= MAX_PAIRWISE_BLOCKS;
  return blocks.map((block, j) => {
    if (block.words < MIN_EXACT_WORDS) return undefined;
    const exact = firstByKey.get(block.key);
    if (exact !== undefined) return exact;
    firstByKey.set(block.key, j);
    if (!pairwise || block.words < NEAR_MIN_WORDS) return undefined;
    const shingles = shinglesOf(wordsOf(block));
    const shared = new Map<number, number>();
    for (const shingle of shingles) {
      const list = holders.get(shingle);
      if (list) for (const other of list) shared.set(other, (shared.get(other) ?? 0) + 1);
      else holders.set(shingle, []);
      holders.get(shingle)!.push(j);
    }
    sizes.set(j, shingles.size);
    let first: number | undefined;
    for (const [other, count] of shared) {
      if (count / (shingles.size + sizes.get(other)! - count) >= NEAR_SIMILARITY && (first === undefined || other < first)) first = other;
    }
    return first;
  });
}

/**
 * The same terms under each offer, the same features under each plan: a list said again is the
 * page's own, item by item. A body printed twice is paragraphs (in a list's items, too: a thread
 * of posts, each quoting the last).
 */
function isListItem(block: TextBlock): boolean {
  return tagOf(block.el) === 'LI';
}

function isCaption(el: Element): boolean {
  return el.closest('figcaption') !== null || isBareCaption(el);
}

/** The lead (first blocks of the article) said again as the first paragraph below it. */
function isLeadRepeat(original: number, repeat: number): boolean {
  return original <= LEAD_BLOCKS && repeat - original <= LEAD_DISTANCE;
}

/** A block whose whole text stands inside a longer block: a pull quote, or the lead said again. */
function removeContainedRepeats(blocks: TextBlock[], inside: Map<TextBlock, TextBlock[]>, gone: Set<TextBlock>, drop: (b: TextBlock) => void): void {
  if (blocks.length > MAX_PAIRWISE_BLOCKS) return;
  const live = blocks.filter((b) => !gone.has(b));
  const containers = new Map<TextBlock, TextBlock[]>();
  for (const container of live) {
    for (const part of inside.get(container) ?? []) {
      if (part.words < MIN_EXACT_WORDS || gone.has(part)) continue;
      const list = containers.get(part);
      if (list) list.push(container);
      else containers.set(part, [container]);
    }
  }
  for (const block of live) {
    if (gone.has(block)) continue;
    const container = containers.get(block)?.find((other) => !gone.has(other));
    if (!container || container.el.contains(block.el) || block.el.contains(container.el)) continue;
    const near = Math.max(live.indexOf(block), live.indexOf(container)) <= LEAD_BLOCKS + LEAD_DISTANCE;
    // The lead said again opens the paragraph below it; words that end a paragraph are its own.
    const leadAgain = near && container.key.startsWith(block.key) && !areSiblings(container, block);
    if (isCallout(block.el) || leadAgain) drop(block);
  }
}

/**
 * Three words in a row, as one number: words get numbers as they come, and the three numbers are
 * mixed into 30 bits (a small integer, no string made per word). Two different triples seldom
 * share a number; when they do, two blocks look a little more alike than they are.
 */
function shingler(): (words: readonly string[]) => Set<number> {
  const ids = new Map<string, number>();
  const idOf = (word: string) => {
    let id = ids.get(word);
    if (id === undefined) ids.set(word, (id = ids.size));
    return id;
  };
  return (words) => {
    const shingles = new Set<number>();
    if (words.length < 3) return shingles;
    let first = idOf(words[0]!);
    let second = idOf(words[1]!);
    for (let i = 2; i < words.length; i++) {
      const third = idOf(words[i]!);
      shingles.add((Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca77) ^ Math.imul(third, 0xc2b2ae3d)) >>> 2);
      first = second;
      second = third;
    }
    return shingles;
  };
}
