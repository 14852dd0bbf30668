// Is what Readability found an article? Readability returns its best guess for any page, a list
// of links or a login form included. An article has connected prose in one place: several
// sentences of text that is not links.

import { textBlocks } from './blocks';
import { linkDensity } from './dom';

const MIN_PROSE_CHARS = 400;
const MIN_PROSE_BLOCK_CHARS = 80;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;

export function looksLikeArticle(content: Element): boolean {
  let prose = 0;
  for (const block of textBlocks(content)) {
    // CJK scripts say in one character what others say in three or four.
    const length = block.text.length + (block.text.match(CJK)?.length ?? 0) * 2;
    if (length < MIN_PROSE_BLOCK_CHARS) continue;
    if (linkDensity(block.el, block.text.length) > 0.5) continue;
    prose += length;
    if (prose >= MIN_PROSE_CHARS) return true;
  }
  return false;
}
