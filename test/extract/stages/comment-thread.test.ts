import { describe, expect, it } from 'vitest';
import { commentThread } from '../../../src/extract/stages/comment-thread';
import { PROSE, runStage } from '../../helpers';

const body = PROSE.map((p) => `<p>${p}</p>`).join('');
const comments = '<p><b>g4</b><br>Fewer, not less: you can count people.</p><hr><p><b>Lindsay Gray</b><br>I wonder whether the numbers have something to do with who lives here.</p>';

describe('comment-thread', () => {
  it('removes the readers’ comments printed after the story, from the line that opens them', () => {
    const run = runStage(commentThread, `${body}<hr><p><a href="/comments">Please Add Comments</a></p><div> | 13 Comment(s)</div><hr>${comments}`);
    expect(run.removals.every((r) => r.reason === 'comments')).toBe(true);
    expect(run.text).toBe(PROSE.join(' '));
  });

  it('keeps a sentence that asks for comments, and a count with nothing after it', () => {
    const asks = '<p>Please add your comments below: we read every one of them before the next issue.</p>';
    expect(runStage(commentThread, `${body}${asks}${comments}`).removals).toHaveLength(0);
    expect(runStage(commentThread, `${body}<p>13 comments</p>`).removals).toHaveLength(0);
  });

  it('keeps what follows a comment button with no count: a newsletter’s button sits mid-story', () => {
    const more = '<p>See you next week, with the second part of the series and its code.</p><p>References: the papers this post draws on.</p>';
    expect(runStage(commentThread, `${body}<p><a href="/comments">Leave a comment</a></p>${more}`).removals).toHaveLength(0);
  });

  it('keeps a list of posts that each show their count', () => {
    const post = (n: number) => `<h2>Post ${n}</h2><p>${PROSE[0]}</p><p>Comments (${n} posted)</p>`;
    expect(runStage(commentThread, `${body}${post(1)}${post(2)}${post(3)}`).removals).toHaveLength(0);
  });

  it('does not take a story that opens with the line (a thread page)', () => {
    expect(runStage(commentThread, `<p>12 replies</p>${comments}${body}`).removals).toHaveLength(0);
  });

  describe('the site’s rules for comments under the story', () => {
    const story = `<div>${body}</div>`;
    const rules = (opening: string) =>
      `<div><p><b>${opening}</b></p><p>We are happy to host your comments, but we delete inappropriate comments.</p>` +
      '<p>• Keep your comments civil. Report abuse to the moderators.</p><p>• Stay on topic: comments about other stories go.</p></div>';

    it('go as one box when its first line speaks of comments and the box of moderating them', () => {
      const run = runStage(commentThread, story + rules('What you should know about comments'));
      expect(run.removals).toHaveLength(1);
      expect(run.removals[0]!.reason).toBe('comments');
      expect(run.text).toBe(PROSE.join(' '));
    });

    it('stay where the box opens with something else, or stands alone', () => {
      expect(runStage(commentThread, story + rules('House rules')).removals).toHaveLength(0);
      expect(runStage(commentThread, rules('What you should know about comments')).removals).toHaveLength(0);
    });

    it('are not a section about comments in code', () => {
      const code = '<div><h2>Comments</h2><p>A comment starts with two slashes. Comments run to the end of the line.</p><p>Block comments open with a slash and a star; a comment inside a comment is not allowed.</p></div>';
      expect(runStage(commentThread, story + code).removals).toHaveLength(0);
    });
  });
});
