import { describe, expect, it } from 'vitest';
import { callsToAction } from '../../../src/extract/stages/calls-to-action';
import { PROSE, runStage } from '../../helpers';

/** A long text for a pitch to interrupt: on a short page, such boxes are the page. */
const article = (extra: string) => `<article><h1>Budget night</h1>${[...PROSE, ...PROSE, ...PROSE].map((p) => `<p>${p}</p>`).join('')}${extra}</article>`;

describe('calls-to-action', () => {
  it('removes a box of a heading, a line and one button, in the middle of the text', () => {
    const box =
      '<div class="cta-box"><h2>Ready to plan your trip?</h2><p>Our travel advisers build the itinerary around you.</p>' +
      '<p><a class="btn" href="/contact">Book a call</a></p></div>';
    const run = runStage(callsToAction, article(box));
    expect(run.removals).toHaveLength(1);
    expect(run.removals[0]!.reason).toBe('ad');
    expect(run.text).not.toContain('Book a call');
    expect(run.text).toContain('Budget night');
  });

  it('removes a heading over a sign-up form', () => {
    const box = '<div><h4>Want more tips like these?</h4><p>One email a week.</p><form><input type="email" placeholder="Email"><input type="submit" value="Go"></form></div>';
    const run = runStage(callsToAction, article(box));
    expect(run.removals).toHaveLength(1);
    expect(run.text).not.toContain('Want more tips');
  });

  it('keeps a grid of cards that each end with a button', () => {
    const card = (name: string) => `<div class="card card-${name.length}1"><h3>${name}</h3><p>Rated good for people and the planet.</p><a class="btn" href="/brands/${name}">See the rating</a></div>`;
    const run = runStage(callsToAction, article(`<div class="grid">${['Aurora', 'Birch', 'Cove'].map(card).join('')}</div>`));
    expect(run.removals).toEqual([]);
  });

  it('keeps a section that starts with prose, and a link that ends a sentence', () => {
    const run = runStage(
      callsToAction,
      article(
        '<div><p>The council publishes its figures every quarter.</p><h3>Where to read them</h3><a href="/figures">Figures</a></div>' +
          '<div><h3>Sources</h3><p>The data come from the <a href="/census">national census</a></p></div>',
      ),
    );
    expect(run.removals).toEqual([]);
  });

  it('keeps cards each wrapped alone in a column of a row', () => {
    const column = (name: string, words: string) =>
      `<div class="col-lg-4"><span>${name} edition</span><div class="infobox"><h3>${name}</h3><p>${words}</p><a class="btn" href="/${name}">Learn more</a></div></div>`;
    const row = `<div class="row">${column('Community', 'Free and open source, run on your own servers with the whole feature set of the product.')}${column('Cloud', 'Hosted for you by the team that builds it, with backups and updates taken care of.')}</div>`;
    const run = runStage(callsToAction, article(row));
    expect(run.removals).toEqual([]);
  });

  it('keeps boxes of one design set apart in rows across the page, and removes a pitch said twice', () => {
    const story = (n: number) =>
      `<div class="row"><div class="story-box col-7"><h3>Case ${n}</h3><p>How the team at client ${n} cut its response time in half.</p><a href="/cases/${n}">Read the story</a></div></div>`;
    const paragraphs = (from: number) => PROSE.map((p) => `<p>${p} (${from})</p>`).join('');
    const stories = runStage(callsToAction, article([1, 2, 3].map((n) => `<section>${story(n)}${paragraphs(n)}</section>`).join('')));
    expect(stories.removals).toEqual([]);
    const pitch = '<div class="cta-box"><h2>Ready to plan your trip?</h2><p>Our travel advisers build the itinerary around you.</p><p><a href="/contact">Book a call</a></p></div>';
    const twice = runStage(callsToAction, article(`<div class="insert">${pitch}</div>${paragraphs(1)}<footer>${pitch}</footer>`));
    expect(twice.removals).toHaveLength(2);
  });

  it('keeps such a box on a page that has little else to read', () => {
    const box = '<div><h2>Ready to plan your trip?</h2><p>Our travel advisers build the itinerary around you.</p><p><a href="/contact">Book a call</a></p></div>';
    const run = runStage(callsToAction, `<main><h1>Trips</h1><p>${PROSE[0]}</p>${box}</main>`);
    expect(run.removals).toEqual([]);
  });

  it('keeps the article’s header: its section link, headline and date are no pitch', () => {
    const header = '<div class="article_header"><h2><a href="/incidents/">Incidents</a></h2><a href="/rss.xml">RSS</a><h1>Freight cars derail</h1><time>17:32</time></div>';
    const run = runStage(callsToAction, `${header}${article('')}`);
    expect(run.removals).toEqual([]);
  });
});
