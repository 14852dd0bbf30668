// Is what Readability found an article? Readability returns its best guess for any page, a list
// of links or a login form included. An article has connected prose in one place: sentences of
// text that is not links, at least one of them a real paragraph. The bar is low on purpose:
// short news items, paywall teasers and tables with an intro are articles too, and turning a
// real article away costs the reader more than showing a thin page.

import type { TextBlock } from './blocks';
import { linkDensity } from './dom';

const MIN_PROSE_CHARS = 250;
/** Text that is not links, in blocks of any size: a price table or a spec sheet is content too. */
const MIN_TEXT_CHARS = 400;
const MIN_BLOCK_CHARS = 30;
const MIN_LONGEST_BLOCK_CHARS = 80;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;
/**
 * A short post or news item of two or three sentences: one paragraph of this much, or two that
 * together hold this much. Error pages say their one line in less.
 */
const SHORT_ITEM_ONE_BLOCK_CHARS = 100;
const SHORT_ITEM_TWO_BLOCKS_CHARS = 120;
const SENTENCE_MIN_WORDS = 6;
/** A sentence ends inside the block: what a caption, a label or a menu item rarely has. */
const SENTENCE_END = /[.!?…。！？](?:["'”»)\]]*)(?:\s|$)/u;

/** Length as a reader weighs it: CJK scripts say in one character what others say in three or four. */
export function weightedLength(text: string): number {
  return text.length + (text.match(CJK)?.length ?? 0) * 2;
}

export function looksLikeArticle(blocks: readonly TextBlock[]): boolean {
  let prose = 0;
  let longest = 0;
  let text = 0;
  let sentences = 0;
  let sentenceBlocks = 0;
  for (const block of blocks) {
    const length = weightedLength(block.text);
    if (linkDensity(block.el, block.text.length) > 0.5) continue;
    text += length;
    if (text >= MIN_TEXT_CHARS) return true;
    if (length < MIN_BLOCK_CHARS) continue;
    prose += length;
    longest = Math.max(longest, length);
    if (prose >= MIN_PROSE_CHARS && longest >= MIN_LONGEST_BLOCK_CHARS) return true;
    if (isSentences(block)) {
      sentences += length;
      sentenceBlocks++;
      if (length >= SHORT_ITEM_ONE_BLOCK_CHARS || (sentenceBlocks >= 2 && sentences >= SHORT_ITEM_TWO_BLOCKS_CHARS)) return true;
    }
  }
  return false;
}

function isSentences(block: TextBlock): boolean {
  if (!SENTENCE_END.test(block.text)) return false;
  return block.words >= SENTENCE_MIN_WORDS || (block.text.match(CJK)?.length ?? 0) >= SENTENCE_MIN_WORDS * 2;
}
