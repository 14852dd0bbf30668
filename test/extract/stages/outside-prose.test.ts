import { describe, expect, it } from 'vitest';
import { outsideProse, proseRegion } from '../../../src/extract/stages/outside-prose';
import { cloneForExtraction } from '../../../src/extract/clone';
import { extract } from '../../../src/extract/pipeline';
import { PROSE, article, parse, runStage } from '../../helpers';

// Paragraphs enough for the page to have prose worth narrowing to.
const story = article(PROSE.map((p) => `<p>${p}</p>`).join(''));
const rail = '<div class="rail"><h3>Most read</h3><ul><li><a href="/a">Mayor resigns</a></li><li><a href="/b">Storm warning</a></li></ul></div>';
const footer = '<div class="bottom"><p>Our newsroom, Main Street 1.</p><a href="/about">About us</a></div>';
// A rail beside the story and a footer below the columns, none of them tagged as frame.
const page = `<div id="site"><div id="columns"><div id="story">${story}</div>${rail}</div>${footer}</div>`;

describe('outside-prose', () => {
  it('leaves out what stands beside the box of the prose, keeping two levels around the story', () => {
    const run = runStage(outsideProse, page);
    expect(run.removals.map((r) => r.text)).toEqual([expect.stringContaining('Our newsroom')]);
    expect(run.text).toContain(PROSE[0]);
    expect(run.text).toContain('Most read');
  });

  it('goes no further up than the story needs, and leaves the columns in when the story sits higher', () => {
    const nested = `<div id="site"><div id="columns"><div id="main"><div id="wrap"><div id="story">${story}</div></div></div>${rail}</div>${footer}</div>`;
    const run = runStage(outsideProse, nested);
    expect(run.removals.map((r) => r.text)).toEqual([expect.stringContaining('Most read'), expect.stringContaining('Our newsroom')]);
    expect(run.text).toContain('Budget night');
  });

  it('reads a page whole when its text is not in paragraphs, or when no box holds nearly all of it', () => {
    const divs = `<div id="a"><div>${PROSE.join('</div><div>')}</div></div>${rail}`;
    expect(runStage(outsideProse, divs).removals).toEqual([]);
    const half = `<div><div><div>${PROSE.map((p) => `<p>${p}</p>`).join('')}</div></div></div>`;
    const halves = half + half;
    expect(runStage(outsideProse, halves).removals).toEqual([]);
  });

  it('keeps a short question above its long thread of replies, and the headline block set apart', () => {
    const replies = `<ol class="replies">${[...PROSE, ...PROSE, ...PROSE].map((p) => `<li><p>${p}</p></li>`).join('')}</ol>`;
    const question = '<div class="question"><p>How did you get into woodworking as a hobby, and what was your first project? I have done a lot of home improvement work, crown molding and a deck, so I have a circular saw and a miter saw, but nobody I know works wood.</p></div>';
    const thread = `<div id="site"><div class="title"><h1>Getting started</h1></div><div id="page"><div id="columns"><main>${question}<div class="thread"><div class="wrap">${replies}</div></div></main>${rail}</div></div>${footer}</div>`;
    const run = runStage(outsideProse, thread);
    expect(run.removals.map((r) => r.text)).toEqual([expect.stringContaining('Our newsroom')]);
    expect(run.text).toContain('How did you get into woodworking');
    expect(run.text).toContain('Getting started');
  });

  it('does not count hidden paragraphs, or a paragraph the parser stretched around a table', () => {
    const hiddenTab = `<div id="site"><div hidden>${story}</div><div id="loose">${PROSE.join(' ')}</div></div>`;
    expect(runStage(outsideProse, hiddenTab).removals).toEqual([]);
    const stretched = `<div id="site"><div><p>Latest<table><tr><td>${PROSE.join(' ')} ${PROSE.join(' ')}</td></tr></table></p></div><div id="loose">${PROSE.join(' ')}</div></div>`;
    expect(runStage(outsideProse, stretched).removals).toEqual([]);
  });

  it('reads the page whole when its paragraphs are a small part of its text (the story is loose text)', () => {
    const loose = `<div id="site"><div id="story">${[...PROSE, ...PROSE, ...PROSE, ...PROSE].join('<br>')}</div><div><div><div class="bio"><p>${PROSE[0]} ${PROSE[1]} ${PROSE[2]} ${PROSE[0]}</p></div></div></div></div>`;
    expect(runStage(outsideProse, loose).removals).toEqual([]);
  });

  it('is done while the page is copied, with the same result, and never touches the page', () => {
    const doc = parse(`<!doctype html><html><head><title>Budget night</title></head><body>${page}</body></html>`);
    const before = doc.body.innerHTML;
    const left: string[] = [];
    const { copy, outsideProseDone } = cloneForExtraction(doc, { hidden: true, pageChrome: true, outsideProse: true, onLeftOut: ({ stage, node }) => left.push(`${stage}:${node.className}`) });
    expect(outsideProseDone).toBe(true);
    expect(left).toEqual(['outside-prose:bottom']);
    expect(copy.querySelector('.bottom')).toBeNull();
    expect(copy.querySelector('.rail')).not.toBeNull();
    expect(doc.body.innerHTML).toBe(before);
    expect(proseRegion(doc.body)?.box.id).toBe('columns');
  });

  it('can be switched off', () => {
    const doc = parse(`<!doctype html><html><head><title>Budget night</title></head><body>${page}</body></html>`);
    const result = extract(doc, { disable: ['outside-prose'], debug: true });
    const on = extract(doc, { debug: true });
    expect(result.ok && on.ok).toBe(true);
    const stagesOf = (r: typeof on) => (r.ok ? (r.article.removals ?? []).map((removal) => removal.stage) : []);
    expect(stagesOf(result)).not.toContain('outside-prose');
    expect(stagesOf(on)).toContain('outside-prose');
  });
});
