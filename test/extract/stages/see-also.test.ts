import { describe, expect, it } from 'vitest';
import { seeAlso } from '../../../src/extract/stages/see-also';
import { runStage } from '../../helpers';

const story = '<p>The council met on Tuesday to vote on the budget for next year, and it passed after a long debate.</p>';
const teaser = (n: number) =>
  `<div class="item"><a href="/news/${n}"><strong>Another story number ${n} on the site...</strong></a><br>A summary of that other story, long enough to read as a sentence or two of prose. <a href="/news/${n}">Read the story...</a></div>`;

describe('see-also', () => {
  it('takes out a "see also" heading and the teasers after it, to the end of the box', () => {
    const run = runStage(seeAlso, `${story}<h3>Смотрите также:</h3><p></p>${teaser(1)}<p></p>${teaser(2)}${teaser(3)}`);
    expect(run.text).toBe(story.replace(/<\/?p>/g, ''));
    expect(run.removals.map((r) => r.reason)).toEqual(Array(6).fill('related'));
  });

  it('takes out a list of links under "Related"', () => {
    const run = runStage(seeAlso, `${story}<p><strong>Related:</strong></p><ul><li><a href="/a">One story</a></li><li><a href="/b">Another story</a></li></ul>`);
    expect(run.text).not.toMatch(/Related|One story/);
  });

  it('keeps a section that goes on in the article’s own words, and labels that only start like the phrase', () => {
    const own = runStage(seeAlso, `${story}<h3>See also</h3><p>Earlier budgets were smaller, and the debate was shorter.</p><p>The mayor <a href="/mayor">spoke</a> last.</p>`);
    expect(own.removals).toEqual([]);
    const info = runStage(seeAlso, `${story}<p>More information</p>${teaser(1)}${teaser(2)}`);
    expect(info.removals).toEqual([]);
  });

  it('takes out a label and a headline link in one line, and a line of headline links under a label', () => {
    const run = runStage(
      seeAlso,
      `${story}<p>SEE MORE: <a href="/siege">Students under siege in the university</a></p>${story}<h3>DON'T MISS</h3><p><a href="/a">Furious at the jibe</a><br><a href="/b">League makes final decision</a><br><a href="/c">City threatened with curfew</a></p>`,
    );
    const plain = story.replace(/<\/?p>/g, '');
    expect(run.text).toBe(`${plain} ${plain}`);
    expect(run.removals).toHaveLength(3);
  });

  it('keeps a sentence that starts with the phrase and links a word or two', () => {
    const run = runStage(seeAlso, `${story}<p>See more: the council published <a href="/report">the report</a> with every vote and every amendment of the night.</p><p>Don't miss the exhibition, open until May.</p>`);
    expect(run.removals).toEqual([]);
  });

  it('takes out a list of headlines that ends where the article goes on or the next section starts', () => {
    const links = '<ul><li><a href="/a">Fourteen ways to more followers</a></li><li><a href="/b">The most shared posts of the year</a></li></ul>';
    const run = runStage(seeAlso, `${story}<p><strong>Auch interessant:</strong></p>${links}<h3>Jobs in the digital world</h3>${story}<p>Ver también</p><p><a href="/c">Students under siege</a><br><a href="/d">City under curfew</a></p>${story}`);
    const plain = story.replace(/<\/?p>/g, '');
    expect(run.text).toBe(`${plain} Jobs in the digital world ${plain} ${plain}`);
    expect(run.removals).toHaveLength(4);
  });

  it('keeps a section whose linked paragraphs are prose, when more prose follows', () => {
    const cited = '<p>The first study, <a href="/s1">published in May</a>, found that budgets grew faster in election years than in others.</p>';
    const run = runStage(seeAlso, `${story}<h3>Related research</h3>${cited}${cited.replace('first', 'second')}${story}`);
    expect(run.removals).toEqual([]);
  });

  it('takes out an inline "see also" line in Spanish', () => {
    const run = runStage(seeAlso, `${story}<p>VEA TAMBIÉN: <a href="/other">Entre lluvias y sequías: el año en el campo</a></p>${story}`);
    expect(run.removals).toHaveLength(1);
    expect(run.text).not.toMatch(/VEA/);
  });
});
