import { describe, expect, it } from 'vitest';
import { tagLists } from '../../../src/extract/stages/tag-lists';
import { PROSE, runStage } from '../../helpers';

const body = PROSE.map((p) => `<p>${p}</p>`).join('');

describe('tag-lists', () => {
  it('removes a box of links that say they are the post’s tags, with its label', () => {
    const tags = '<ul><li><a rel="tag" href="/t/health">Health</a></li><li><a rel="tag" href="/t/australia">Australia</a></li></ul>';
    const categories = '<p>Posted in <a rel="category tag" href="/c/news">News</a> | Tagged <a rel="tag" href="/t/rain">rain</a>, <a rel="tag" href="/t/floods">floods</a></p>';
    const run = runStage(tagLists, `${tags}${body}${categories}`);
    expect(run.removals.map((r) => r.reason)).toEqual(['related', 'related']);
    expect(run.text).toBe(PROSE.join(' '));
  });

  it('keeps a paragraph that links one of its words to a tag page, and a box with other links', () => {
    const sentence = '<p>The council met again about the <a rel="tag" href="/t/floods">floods</a> that closed the harbour road for a week.</p>';
    const mixed = '<p><a rel="tag" href="/t/floods">floods</a> <a href="/story/2">The harbour road reopens</a></p>';
    expect(runStage(tagLists, `${body}${sentence}${mixed}`).removals).toHaveLength(0);
  });

  it('keeps a line with one tag link, and a card’s facts that happen to link to tag pages', () => {
    const line = '<p>Posted in <a rel="tag" href="/c/releases">News Release</a></p>';
    const facts = '<p>Language: <a rel="tag" href="/l/es">Spanish</a> Format: <a rel="tag" href="/f/book">Open Textbook</a> License: <a rel="tag" href="/x/by">CC-BY</a></p>';
    expect(runStage(tagLists, `${body}${line}${facts}`).removals).toHaveLength(0);
  });
});
