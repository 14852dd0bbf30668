import { describe, expect, it } from 'vitest';
import { authorBox } from '../../../src/extract/stages/author-box';
import { article, runStage } from '../../helpers';

describe('author-box', () => {
  it('removes the box about the writer under the text', () => {
    const box =
      '<div class="entry-author-profile"><img src="/jane.jpg" alt=""><a href="/author/jane">Jane Roe</a>' +
      '<p>Jane has written about sewing and crafts for twenty years, and teaches a weekly class at the community centre.</p></div>';
    const run = runStage(authorBox, article(box));
    expect(run.removals).toHaveLength(1);
    expect(run.text).not.toContain('twenty years');
  });

  it('keeps a byline that wears the same names', () => {
    const run = runStage(authorBox, `<div class="author-info"><img src="/jane.jpg" alt=""><a href="/author/jane">Jane Roe</a> · 3 May 2025</div>${article()}`);
    expect(run.removals).toEqual([]);
  });

  it('keeps a news paragraph about a writer', () => {
    const text = 'Jane Roe is a freelance writer who covered the trial for three local papers and a radio station; <a href="/trial">the verdict</a> is due today.';
    const run = runStage(authorBox, article(`<p>${text}</p>`));
    expect(run.removals).toEqual([]);
  });
});
