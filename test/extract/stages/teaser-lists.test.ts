import { describe, expect, it } from 'vitest';
import { teaserLists } from '../../../src/extract/stages/teaser-lists';
import { runStage } from '../../helpers';

const story = [
  'Today the capital keeps its unusually warm weather, and the air will warm to three degrees above zero in the afternoon, forecasters said.',
  'On Christmas night it will be cloudy with wet snow, and the roads may freeze in places outside the city, so drivers should take care.',
].map((p) => `<p>${p}</p>`).join('');
const teasers = Array.from({ length: 6 }, (_, i) =>
  `<li class="news-item"><a href="/2013/${i}/story">Headline of another story number ${i}</a><p>A summary of that story, which holds more words than a headline and reads like a sentence of prose.</p><time>7:3${i}</time></li>`,
).join('');

describe('teaser-lists', () => {
  it('takes a box of headline teasers out of an article page', () => {
    const run = runStage(teaserLists, `<div class="column"><ul class="news-list">${teasers}</ul></div><article><h1>Warm weather</h1><div class="text">${story}</div></article>`);
    expect(run.text).not.toContain('Headline of another story');
    expect(run.text).toContain('Christmas night');
    expect(run.removals.map((r) => r.reason)).toEqual(['related']);
  });

  it('leaves lists alone on pages that are not articles, and lists inside the article’s own box', () => {
    const listing = runStage(teaserLists, `<div class="intro">${story}</div><ul class="products">${teasers}</ul>`);
    expect(listing.removals).toEqual([]);
    const inside = runStage(teaserLists, `<article><div class="text">${story}<ul class="news-list">${teasers}</ul></div></article>`);
    expect(inside.removals).toEqual([]);
    const dated = runStage(teaserLists, `<div class="intro">${story}</div><ul class="news-list">${teasers}</ul>`, { publishedTime: '2013-01-06' });
    expect(dated.removals).toHaveLength(1);
  });

  it('keeps a list of links inside a list item: the item’s own points', () => {
    const bugs = Array.from({ length: 4 }, (_, i) => `<li><a href="https://bugs.example/${i}">Bug ${1677080 + i} – the window flickers when the source changes</a></li>`).join('');
    const run = runStage(teaserLists, `<div class="intro">${story}</div><ul><li>Picture-in-Picture work in progress:<ul>${bugs}</ul></li></ul>`, { publishedTime: '2020-12-22' });
    expect(run.removals).toEqual([]);
    expect(run.text).toContain('Bug 1677081');
  });

  it('reads cards between spacers, whose headline link comes after the picture’s, however short the headline', () => {
    const titles = ['The Iron Lady', 'Film Flubs', 'Red Carpet', 'New Shows'];
    const cards = titles
      .map((title, i) => `<div class="card"><a href="/gallery/${i}"><img src="/p/${i}.jpg" alt=""></a><h3><a href="/gallery/${i}">${title}</a></h3><p>Watch: the stars talk about the roles of the season.</p></div><div class="clear"><img src="/pixel.gif" alt=""></div>`)
      .join('');
    const run = runStage(teaserLists, `<div class="side"><h2>Showbiz news</h2>${cards}</div><div class="text">${story}</div>`, { publishedTime: '2012-01-11' });
    expect(run.text).not.toContain('Film Flubs');
    expect(run.text).toContain('Christmas night');
  });

  it('keeps a row of tags set as headings, and posts under their authors’ names', () => {
    const tags = ['Moscow', 'Weather', 'News', 'Forecast'].map((tag, i) => `<h4 class="tag"><a href="/tag/${i}">${tag}</a></h4>`).join(', ');
    const reply = 'I have been thinking about this since the first frost, and I would rather plant in spring than risk the roots now. Last year the early planting failed twice, and the neighbours said the same about theirs.';
    const posts = ['anna', 'boris', 'vera'].map((name, i) => `<div class="post"><h4><a href="/members/${i}">${name}</a></h4><p>${reply}</p></div>`).join('');
    const run = runStage(teaserLists, `<div class="text">${story}</div><div class="tags">${tags}</div><div class="thread">${posts}</div>`, { publishedTime: '2012-01-06' });
    expect(run.removals).toEqual([]);
  });
});
