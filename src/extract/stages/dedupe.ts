import type { Stage } from '../types';
import { type TextBlock, ownNodes, textBlocks } from '../blocks';
import { isInside } from '../dom';

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
const EXEMPT = new Set(['TABLE', 'PRE', 'CODE']);

export const dedupe: Stage = {
  name: 'dedupe',
  phase: 'after',
  run(ctx) {
    const blocks = textBlocks(ctx.root).filter((block) => !isInside(block.el, EXEMPT, ctx.root) && !isVerse(block));
    const gone = new Set<TextBlock>();
    const drop = (block: TextBlock) => {
      gone.add(block);
      for (const node of ownNodes(block)) ctx.remove(node, 'duplicate');
    };
    removeFlattenedCopies(blocks, drop);
    removeExactAndNearCopies(blocks, gone, drop);
    removeContainedRepeats(blocks, gone, drop);
  },
};

/** Short lines next to short lines are verse or a list of names: repeating them is the point. */
function isVerse(block: TextBlock): boolean {
  return block.lines >= 2 && block.text.length / (block.lines + 1) < 60;
}

function isShortLineRun(blocks: TextBlock[], i: number): boolean {
  const short = (b: TextBlock | undefined) => b !== undefined && b.words < 12;
  return short(blocks[i]) && (short(blocks[i - 1]) || short(blocks[i + 1]));
}

function removeFlattenedCopies(blocks: TextBlock[], drop: (b: TextBlock) => void): void {
  const parts = blocks.filter((b) => b.words >= MIN_PART_WORDS);
  for (const block of blocks) {
    if (block.words < MIN_PART_WORDS * 2) continue;
    const haystack = ` ${block.key} `;
    let covered = 0;
    let count = 0;
    for (const part of parts) {
      if (part === block || part.key.length >= block.key.length) continue;
      if (haystack.includes(` ${part.key} `)) {
        covered += part.key.length;
        count++;
      }
    }
    if (count >= 2 && covered >= block.key.length * FLATTENED_COVERAGE) drop(block);
  }
}

function removeExactAndNearCopies(blocks: TextBlock[], gone: Set<TextBlock>, drop: (b: TextBlock) => void): void {
  const seen = new Map<string, TextBlock>();
  const kept: Array<{ block: TextBlock; shingles: Set<string> }> = [];
  blocks.forEach((block, i) => {
    if (gone.has(block)) return;
    if (block.words >= MIN_EXACT_WORDS && !isShortLineRun(blocks, i) && seen.has(block.key)) {
      drop(block);
      return;
    }
    seen.set(block.key, block);
    if (block.words < NEAR_MIN_WORDS || blocks.length > MAX_PAIRWISE_BLOCKS) return;
    const shingles = shinglesOf(block.key);
    if (kept.some((other) => jaccard(shingles, other.shingles) >= NEAR_SIMILARITY)) {
      drop(block);
      return;
    }
    kept.push({ block, shingles });
  });
}

/** A block whose whole text stands inside a longer block: a pull quote or a lead said again. */
function removeContainedRepeats(blocks: TextBlock[], gone: Set<TextBlock>, drop: (b: TextBlock) => void): void {
  if (blocks.length > MAX_PAIRWISE_BLOCKS) return;
  const live = blocks.filter((b) => !gone.has(b));
  for (const block of live) {
    if (block.words < MIN_EXACT_WORDS || gone.has(block)) continue;
    const needle = ` ${block.key} `;
    const container = live.find(
      (other) => other !== block && !gone.has(other) && other.key.length > block.key.length && ` ${other.key} `.includes(needle),
    );
    if (container && !container.el.contains(block.el) && !block.el.contains(container.el)) drop(block);
  }
}

function shinglesOf(key: string): Set<string> {
  const words = key.split(' ');
  const shingles = new Set<string>();
  for (let i = 0; i + 3 <= words.length; i++) shingles.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return shingles;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const item of small) if (large.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}
