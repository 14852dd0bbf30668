import type { Stage } from '../types';
import { ownNodes, type TextBlock } from '../blocks';

// Readers' comments printed inside the story's own box, with no box of their own to name them:
// the story's paragraphs, then a line that opens the thread ("Add a comment", "13 Comment(s)"),
// then each comment as one more paragraph. Comments in a box of their own go before Readability
// (comments.ts); here only the thread's count says where the story ends, so everything from it
// on goes. A line, not a paragraph: "Please add your comments below, we read them all." stays.

/** A thread opens with its count ("13 Comment(s)", "Комментарии (14)"): a button alone may stand mid-story. */
const THREAD_COUNT =
  /^[|*•\s]*(?:\d+\s+(?:comments?|comment\(s\)|replies|responses|комментари\p{L}*|коментар\p{L}*|kommentare?|komentarz\p{L}*|commentaires?)|(?:comments?|комментари\p{L}*|коментар\p{L}*|kommentare?|komentarze?|commentaires?)\s*\(\d+\))[\s:.!|]*$/iu;
/** The button right above the count ("Add a comment") goes with it. */
const COMMENT_ACTION =
  /^[|*•\s]*(?:(?:please\s+)?(?:add|post|leave|write|view|read|show)\s+(?:a\s+|your\s+)?comments?|(?:оставить|добавить|написать)\s+комментарий)[\s:.!|]*$/iu;
const MAX_LINE_CHARS = 60;
/** The story comes first: so many characters of it stand above the thread. */
const MIN_STORY_CHARS = 300;
/** A thread is paragraphs by other hands, not a single line such as a count under the story. */
const MIN_BLOCKS_AFTER = 2;

const says = (pattern: RegExp, block: TextBlock | undefined) =>
  block !== undefined && block.text.length <= MAX_LINE_CHARS && pattern.test(block.text) && !block.el.closest('li, td, th');

export const commentThread: Stage = {
  name: 'comment-thread',
  phase: 'after',
  run(ctx) {
    const blocks = ctx.blocks();
    let storyChars = 0;
    for (const [i, block] of blocks.entries()) {
      if (says(THREAD_COUNT, block) && blocks.length - i - 1 >= MIN_BLOCKS_AFTER) {
        const start = says(COMMENT_ACTION, blocks[i - 1]) ? i - 1 : i;
        if (storyChars - (start < i ? blocks[start]!.text.length : 0) < MIN_STORY_CHARS) return;
        for (const rest of blocks.slice(start)) for (const node of ownNodes(rest)) ctx.remove(node, 'comments');
        return;
      }
      storyChars += block.text.length;
    }
  },
};
