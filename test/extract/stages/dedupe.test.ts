import { describe, expect, it } from 'vitest';
import { dedupe } from '../../../src/extract/stages/dedupe';
import { PROSE, runStage } from '../../helpers';

const body = PROSE.map((p) => `<p>${p}</p>`).join('');

describe('dedupe', () => {
  it('removes a flattened second copy of the body', () => {
    const run = runStage(dedupe, `<div class="text">${body}</div><div class="copy">${PROSE.join(' ')}</div>`);
    expect(run.removals.map((r) => r.reason)).toEqual(['duplicate']);
    expect(run.root.querySelector('.copy')).toBeNull();
    expect(run.root.querySelectorAll('.text p')).toHaveLength(3);
  });

  it('removes the body printed again block by block', () => {
    const run = runStage(dedupe, `<div>${body}</div><div class="again">${body}</div>`);
    expect(run.removals).toHaveLength(3);
    expect(run.root.querySelector('.again')?.textContent).toBe('');
  });

  it('removes the lead said again as the first paragraph', () => {
    const lead = 'The city will build three schools for a thousand pupils each by the end of 2027, officials said.';
    const run = runStage(dedupe, `<div class="lead"><p>${lead}</p></div><div class="body"><p>${lead}</p>${body}</div>`);
    expect(run.removals.map((r) => r.text)).toEqual([lead]);
  });

  it('keeps a paragraph whose words end a longer paragraph below it: a lead said again opens it', () => {
    const line = 'The council will vote on the new budget for the schools and the roads next Tuesday evening.';
    const run = runStage(dedupe, `<div><p>${PROSE[0]}</p><p class="first">${line}</p></div><div><p>Residents have asked for a public hearing first. ${line}</p></div>`);
    expect(run.root.querySelector('.first')).not.toBeNull();
  });

  it('keeps the lead and drops its copy set as a picture’s caption above it', () => {
    const summary = 'The city will build three schools for a thousand pupils each by the end of 2027, officials said.';
    const lead = `CITY, 5 Jan. ${summary}`;
    const run = runStage(dedupe, `<div><div><p><img src="a.jpg"></p></div><p class="summary">${summary}</p></div><div class="body"><p>${lead}</p>${body}</div>`);
    expect(run.root.querySelector('.summary')).toBeNull();
    expect(run.text).toContain('CITY, 5 Jan.');
  });

  it('removes a pull quote repeating a sentence of the body', () => {
    const run = runStage(dedupe, `<div>${body}<blockquote>Several members argued that the money for road repairs should be doubled</blockquote></div>`);
    expect(run.removals).toHaveLength(1);
    expect(run.root.querySelector('blockquote')).toBeNull();
  });

  it('keeps the paragraph a pull quote and its attribution were taken from, and drops the quote', () => {
    const quote = '"Our aim is to find ways of controlling these insects and of preventing the diseases they carry."';
    const said = 'said Maria Lopez, an ecologist at the university';
    const paragraph = `"I run a group that studies the biology of these insects," ${said}. ${quote}`;
    const run = runStage(dedupe, `<div>${body}<div><blockquote>${quote}</blockquote><p>${said}</p></div><p class="source">${paragraph}</p></div>`);
    expect(run.root.querySelector('.source')).not.toBeNull();
    expect(run.root.querySelector('blockquote')).toBeNull();
  });

  it('keeps a refrain, a chorus and repeated table cells', () => {
    const verse = '<p>The boats come in,<br>the nets are wide,<br>the lamps come on.</p>';
    const run = runStage(
      dedupe,
      `<div>${verse}<p>A stanza between the refrains of the song.</p>${verse}</div><p>And the lamps come on tonight again</p><p>And the lamps come on tonight again</p>` +
        '<table><tr><td>No crossing at lunchtime because of maintenance on the landing stage</td></tr><tr><td>No crossing at lunchtime because of maintenance on the landing stage</td></tr></table>',
    );
    expect(run.removals).toEqual([]);
  });

  it("keeps the same list of terms under each offer, and drops a thread's posts said again in list items", () => {
    const terms = PROSE.map((p) => `<li>${p}</li>`).join('');
    const offers = runStage(dedupe, `<div class="offer"><h3>Spring</h3><ul>${terms}</ul></div><div class="offer"><h3>Summer</h3><ul>${terms}</ul></div>`);
    expect(offers.removals).toHaveLength(0);
    expect(offers.root.querySelectorAll('li')).toHaveLength(6);
    const posts = PROSE.map((p) => `<li><p>${p}</p></li>`).join('');
    const thread = runStage(dedupe, `<ul class="posts">${posts}</ul><ul class="again">${posts}</ul>`);
    expect(thread.removals).toHaveLength(3);
  });

  it('keeps a paragraph the author repeats in the same section', () => {
    const run = runStage(dedupe, `<div>${body}<p>${PROSE[0]}</p></div>`);
    expect(run.removals).toEqual([]);
  });
});
