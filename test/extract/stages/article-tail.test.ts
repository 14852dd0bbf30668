import { describe, expect, it } from 'vitest';
import { articleTail } from '../../../src/extract/stages/article-tail';
import { PROSE, runStage } from '../../helpers';

const body = PROSE.map((p) => `<p>${p}</p>`).join('');

describe('article-tail', () => {
  it('removes calls to action below the last paragraph', () => {
    const run = runStage(articleTail, `${body}<p>Follow Newsbeat on Instagram, Facebook and Twitter.</p><p><a href="/x">More articles from Jane Doe</a></p>`);
    expect(run.removals).toHaveLength(2);
    expect(run.text).toBe(PROSE.join(' '));
  });

  it('stops at the first block that is article', () => {
    const run = runStage(articleTail, `<p>Follow the money, the investigators said, and the rest of the story would tell itself.</p>${body}`);
    expect(run.removals).toEqual([]);
  });
});
