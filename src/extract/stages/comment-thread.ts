import type { Stage } from '../types';
import { ownNodes, type TextBlock } from '../blocks';
import { COMMENT_HEADER, COMMENT_PHRASES } from './comments';

// Readers' comments printed inside the story's own box, with no box of their own to name them:
// the story's paragraphs, then a line that opens the thread ("Add a comment", "13 Comment(s)"),
// then each comment as one more paragraph. Comments in a box of their own go before Readability
// (comments.ts); here only the thread's count says where the story ends, so everything from it
// on goes. A line, not a paragraph: "Please add your comments below, we read them all." stays.

const MAX_LINE_WORDS = 4;
/** The story comes first: so many characters of it stand above the thread. */
const MIN_STORY_CHARS = 300;
/** A thread is paragraphs by other hands, not a single line such as a count under the story. */
const MIN_BLOCKS_AFTER = 2;

/** A line of a few words, not in a list or a table, that says `pattern` (its bullets and bars aside). */
const says = (pattern: RegExp, block: TextBlock | undefined) =>
  block !== undefined && block.words <= MAX_LINE_WORDS && pattern.test(block.text.replace(/^[|*•\s]+/, '')) && !block.el.closest('li, td, th');
/** A thread opens with its count ("13 Comment(s)", "Комментарии (14)"): a button alone may stand mid-story. */
const isCount = (block: TextBlock) => /\d/.test(block.text) && says(COMMENT_HEADER, block);

export const commentThread: Stage = {
  name: 'comment-thread',
  phase: 'after',
  run(ctx) {
    const blocks = ctx.blocks();
    const count = blocks.findIndex(isCount);
    // A count under each of several posts is a list of posts (a front page), each with its thread.
    if (count < 0 || blocks.length - count - 1 < MIN_BLOCKS_AFTER || blocks.slice(count + 1).some(isCount)) return;
    const start = says(COMMENT_PHRASES, blocks[count - 1]) ? count - 1 : count;
    const storyChars = blocks.slice(0, start).reduce((sum, block) => sum + block.text.length, 0);
    if (storyChars < MIN_STORY_CHARS) return;
    for (const rest of blocks.slice(start)) for (const node of ownNodes(rest)) ctx.remove(node, 'comments');
  },
};
