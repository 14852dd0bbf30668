import { describe, expect, it } from 'vitest';
import { comments } from '../../../src/extract/stages/comments';
import { article, runStage } from '../../helpers';

describe('comments', () => {
  it('removes comment threads and forms', () => {
    const run = runStage(comments, article('<section id="comments"><h3>3 comments</h3><p>Great read</p></section><div><h4>Оставьте комментарий</h4><textarea></textarea></div>'));
    expect(run.removals).toHaveLength(2);
  });

  it('removes an empty thread with its question and form as one box', () => {
    const box = '<div><h2>What do you think?</h2><ul><h4>Be the first to comment</h4></ul><form><textarea name="body"></textarea><button>Post</button></form></div>';
    const run = runStage(comments, article(box));
    expect(run.text).not.toMatch(/What do you think|first to comment/);
  });

  it('keeps a paragraph quoting a comment', () => {
    const run = runStage(comments, article('<p>In a comment to reporters, the mayor said the bridge would reopen before the holidays.</p>'));
    expect(run.removals).toEqual([]);
  });
});
