import { describe, expect, it } from 'vitest';
import { leadParagraph } from '../../../src/extract/stages/lead-paragraph';
import { PROSE, runStage } from '../../helpers';

const body = PROSE.map((p) => `<p>${p}</p>`).join('');
const LEAD = 'The bridge over the river was meant to open this year, but the work has not started because the money never came.';

describe('lead-paragraph', () => {
  it('moves a standfirst in a box of its own into the box of the story, in the same reading order', () => {
    const run = runStage(leadParagraph, `<div id="story"><h2>Bridge delayed</h2><div class="signature">By A. Writer</div><div class="head">${LEAD}</div><div id="tab"><div class="clear"></div><div class="body">${body}</div></div></div>`);
    const box = run.root.querySelector('.body')!;
    expect(box.firstElementChild?.className).toBe('head');
    expect(run.text.indexOf(LEAD)).toBeLessThan(run.text.indexOf(PROSE[0]!));
  });

  it('leaves a byline, a list of links or a heading before the story where they are', () => {
    for (const before of ['<div class="byline">By A. Writer, 12 May 2024</div>', `<div class="wp-caption"><p>${LEAD}</p></div>`, `<div class="press-quote">${LEAD}</div>`, '<ul><li><a href="/1">One story that is here</a></li><li><a href="/2">Another story over there.</a></li></ul>', `<h3>${LEAD}</h3>`]) {
      const run = runStage(leadParagraph, `<div>${before}<div class="body">${body}</div></div>`);
      expect(run.root.querySelector('.body')!.firstElementChild?.tagName).toBe('P');
    }
  });
});
