import type { Stage, StageContext } from '../types';
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

// The site's rules for comments in a box of their own under the story ("What you should know
// about comments…"): the box's first line speaks of comments, and the box keeps speaking of them
// and of their moderation. A section of a text about comments in code or in law opens otherwise
// or says nothing of moderating readers.
const COMMENT_WORD = /comment|коммент|комент|komentar|kommentar|commentaire|commenti|comentari/giu;
const MODERATION = /moderat|inappropriate|offensive|abusive|profanit|hate speech|civil|off-topic|terms of (?:service|use)|модерац|оскорб|нецензур|moderac|obraźliw|beleidig|modérat|injurieu/iu;
const SAYS_COMMENT = new RegExp(COMMENT_WORD.source, 'iu');
const MAX_OPENING_WORDS = 10;
const MIN_MENTIONS = 4;

function commentRules(blocks: readonly TextBlock[], root: Element): { box: Element; start: number } | null {
  const last = blocks[blocks.length - 1];
  let found: { box: Element; start: number } | null = null;
  // The box holds the last block: the outermost of its boxes that opens with such a line.
  for (let box = last?.el.parentElement; box && box !== root; box = box.parentElement) {
    const start = blocks.findIndex((block) => box.contains(block.el));
    const opening = blocks[start]!;
    if (opening.words <= MAX_OPENING_WORDS && SAYS_COMMENT.test(opening.text)) found = { box, start };
  }
  if (!found) return null;
  const text = found.box.textContent ?? '';
  return (text.match(COMMENT_WORD)?.length ?? 0) >= MIN_MENTIONS && MODERATION.test(text) ? found : null;
}

export const commentThread: Stage = {
  name: 'comment-thread',
  phase: 'after',
  run(ctx) {
    const blocks = ctx.blocks();
    const rules = commentRules(blocks, ctx.root);
    if (rules && storyChars(blocks, rules.start) >= MIN_STORY_CHARS) ctx.remove(rules.box, 'comments');
    threadInStory(ctx, rules ? ctx.blocks() : blocks);
  },
};

const storyChars = (blocks: readonly TextBlock[], end: number) => blocks.slice(0, end).reduce((sum, block) => sum + block.text.length, 0);

function threadInStory(ctx: StageContext, blocks: readonly TextBlock[]): void {
  const count = blocks.findIndex(isCount);
  // A count under each of several posts is a list of posts (a front page), each with its thread.
  if (count < 0 || blocks.length - count - 1 < MIN_BLOCKS_AFTER || blocks.slice(count + 1).some(isCount)) return;
  const start = says(COMMENT_PHRASES, blocks[count - 1]) ? count - 1 : count;
  if (storyChars(blocks, start) < MIN_STORY_CHARS) return;
  for (const rest of blocks.slice(start)) for (const node of ownNodes(rest)) ctx.remove(node, 'comments');
}
