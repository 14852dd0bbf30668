import { describe, expect, it } from 'vitest';
import { afterProse } from '../../../src/extract/stages/after-prose';
import { PROSE, runStage } from '../../helpers';

const paragraphs = PROSE.map((p) => `<p>${p}</p>`).join('');
const story = `<div class="story-body"><h1>Budget night</h1>${paragraphs}${paragraphs}<p>The vote was taken at a quarter to twelve, and the budget passed by nine votes to six.</p></div>`;
const topStories = '<div><h2>Top stories</h2><ul><li><a href="/a">Hitman jailed for murder attempt</a><p>A man was jailed for eleven years.</p></li><li><a href="/b">Tram depot handed over</a></li><li><a href="/c">Tourist tax ruled illegal</a></li></ul></div>';
const footer = '<div><ul><li><a href="/about">About us</a></li><li><a href="/help">Help</a></li><li><a href="/contact">Contact us</a></li></ul><p>© 2011 The Paper</p></div>';

describe('after-prose', () => {
  it('takes out the boxes of links that follow the story’s box, at every level above it', () => {
    const run = runStage(afterProse, `<div><div>${story}${topStories}</div><div>${footer}</div></div>${footer}`);
    expect(run.removals.map((r) => r.reason)).toEqual(['related', 'related', 'related']);
    expect(run.text).toContain('nine votes to six');
    expect(run.text).not.toMatch(/Hitman|About us/);
  });

  it('leaves the story’s own blocks beside its paragraphs, and prose after its box', () => {
    const own = `<div class="story-body">${paragraphs}${paragraphs}<p>Read the <a href="/budget.pdf">budget</a> and the <a href="/minutes">minutes of the meeting</a>.</p></div>`;
    const next = '<div><p>The mayor said the library would reopen in May, after the repairs to its roof are finished.</p></div>';
    const run = runStage(afterProse, `<div>${own}${next}</div>`);
    expect(run.removals).toEqual([]);
  });

  it('does nothing where the prose is spread over several boxes, or the story is short', () => {
    const half = (n: number) => `<div>${PROSE.map((p) => `<p>${p} (${n})</p>`).join('')}</div>`;
    expect(runStage(afterProse, `<div>${half(1)}${topStories}${half(2)}</div>`).removals).toEqual([]);
    expect(runStage(afterProse, `<div><div><p>${PROSE[0]}</p></div>${topStories}</div>`).removals).toEqual([]);
  });

  it('takes out a box of headlines with a summary each, which is not link-dense', () => {
    const teasers = '<div><div><h5><a href="/a">Death penalty around the world</a></h5><p>Fifteen years ago the president signed a decree on the gradual abolition of the death penalty in the country.</p></div><div><h5><a href="/b">The blast in the metro</a></h5><p>A powerful blast in the evening rush hour killed fifteen people at the central station.</p></div></div>';
    const run = runStage(afterProse, `<div>${story}${teasers}</div>`);
    expect(run.removals).toHaveLength(1);
    expect(run.text).not.toMatch(/death penalty|blast/);
  });

  it('keeps a listicle’s sections under linked titles, which outweigh the intro', () => {
    const section = (n: number) => `<div><h3><a href="/show/${n}">Podcast number ${n} of the year</a></h3><p>${PROSE[0]} ${PROSE[1]}</p><p><a href="/show/${n}/listen">Listen to episode ${n} now</a></p></div>`;
    const run = runStage(afterProse, `<div>${story}${[1, 2, 3, 4].map(section).join('')}</div>`);
    expect(run.removals).toEqual([]);
  });

  it('reads paragraphs set apart with <br>s in one block as a story of several paragraphs', () => {
    const lines = `<div class="story-body"><h1>Budget night</h1><div>${[...PROSE, ...PROSE].join('<br>')}</div></div>`;
    const run = runStage(afterProse, `<div>${lines}${topStories}</div>`);
    expect(run.text).toContain(PROSE[2]);
    expect(run.text).not.toContain('Hitman');
    const oneLine = runStage(afterProse, `<div>${lines.replaceAll('<br>', ' ')}${topStories}</div>`);
    expect(oneLine.removals).toEqual([]);
  });
});
