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

  it('moves the standfirst the page gives as its description from under the headline\'s picture, also when shortened', () => {
    const header = `<header><h1>Bridge delayed</h1><figure><img src="a.jpg"><figcaption>The river at dawn</figcaption></figure><p class="excerpt">${LEAD}</p></header>`;
    const page = `<div>${header}<aside><p>Listen to this article, read aloud by our own narrators, whenever you like.</p></aside><div id="wrap"><div class="body">${body}</div></div></div>`;
    for (const excerpt of [LEAD, `${LEAD.slice(0, 90)}…`]) {
      const run = runStage(leadParagraph, page, { excerpt });
      expect(run.root.querySelector('.body')!.firstElementChild?.className, excerpt).toBe('excerpt');
    }
    // Inside a wrapper whose own loose words come first: it holds the story, and is passed over.
    const wrapped = runStage(leadParagraph, `<div class="page">Home ${page}</div>`, { excerpt: LEAD });
    expect(wrapped.root.querySelector('.body')!.firstElementChild?.className).toBe('excerpt');
  });

  it('leaves a description that the story itself opens with, or that only a list of links repeats, where it is', () => {
    const inStory = runStage(leadParagraph, `<div><div class="body">${body}</div></div>`, { excerpt: PROSE[0] });
    expect(inStory.root.querySelector('.body')!.childElementCount).toBe(PROSE.length);
    const below = runStage(leadParagraph, `<div><div class="body">${body}</div><p class="teaser">${LEAD}</p></div>`, { excerpt: LEAD });
    expect(below.root.querySelector('.body')!.firstElementChild?.className).toBe('');
  });

  it('never moves a box that holds the story into it', () => {
    // The standfirst set as loose text in the box that also holds the story's paragraphs.
    const page = `<div class="x"><h1>Bridge delayed</h1>${LEAD}<div class="body">${body}</div></div>`;
    const excerpt = LEAD;
    const run = runStage(leadParagraph, page, { excerpt });
    expect(run.root.querySelector('.x')!.parentElement).toBe(run.root);
    expect(run.text).toContain(PROSE[0]);
  });

  it('leaves the description where it is when the most prose is a feed of other stories, or far from it', () => {
    const feed = `<dl class="feed">${PROSE.map((p) => `<dd>${p}</dd>`).join('')}</dl>`;
    const besideFeed = runStage(leadParagraph, `<div class="text"><p>${LEAD}</p></div><div>${feed}</div>`, { excerpt: LEAD });
    expect(besideFeed.root.querySelector('.text')!.firstElementChild?.textContent).toBe(LEAD);
    const deep = (html: string, levels: number) => '<div>'.repeat(levels) + html + '</div>'.repeat(levels);
    const far = runStage(leadParagraph, `<div>${deep(`<p class="excerpt">${LEAD}</p>`, 3)}${deep(`<div class="body">${body}</div>`, 8)}</div>`, { excerpt: LEAD });
    expect(far.root.querySelector('.body')!.firstElementChild?.className).toBe('');
  });
});
