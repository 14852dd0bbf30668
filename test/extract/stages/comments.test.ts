import { describe, expect, it } from 'vitest';
import { comments } from '../../../src/extract/stages/comments';
import { article, runStage } from '../../helpers';

describe('comments', () => {
  it('removes comment threads and forms', () => {
    const run = runStage(comments, article('<section id="comments"><h3>3 comments</h3><p>Great read</p></section><div><h4>Оставьте комментарий</h4><textarea></textarea></div>'));
    expect(run.removals).toHaveLength(2);
  });

  it('removes an empty thread with its question and form as one box', () => {
    const box = '<div><h2>What do you think?</h2><ul><h4>Be the first to comment</h4></ul><form><textarea name="body"></textarea><button>Post</button></form></div>';
    const run = runStage(comments, article(box));
    expect(run.text).not.toMatch(/What do you think|first to comment/);
  });

  it('removes a box to write in with fields for name and email, whatever it is called or says', () => {
    const form = '<div id="send"><h2>Οι απόψεις σας</h2><div><div><input type="text" id="n"> Ονοματεπώνυμο *</div><div><input type="text" id="e"> Email</div><div><textarea id="m"></textarea> Μήνυμα *</div></div><input type="image" src="send.gif"></div>';
    const run = runStage(comments, article(form));
    expect(run.text).not.toMatch(/Ονοματεπώνυμο|Μήνυμα/);
  });

  it('keeps a box to write in without fields for who writes (a snippet to copy)', () => {
    const run = runStage(comments, article('<div><p>Copy the code below to embed the chart on your own site:</p><textarea readonly>&lt;iframe src="chart.html"&gt;&lt;/iframe&gt;</textarea></div>'));
    expect(run.removals).toEqual([]);
  });

  it('keeps a paragraph quoting a comment', () => {
    const run = runStage(comments, article('<p>In a comment to reporters, the mayor said the bridge would reopen before the holidays.</p>'));
    expect(run.removals).toEqual([]);
  });

  it('removes a long thread whose names and opening both say so, in the page’s language', () => {
    const post = (i: number) => `<div class="koment"><b>Re: ${i}</b><p class="data">gość ${i} 01.01.12</p><div class="tresc">${'Nie zgadzam się z tym wyrokiem, sąd powinien był rozpatrzyć sprawę jeszcze raz. '.repeat(3)}</div><a href="#plus">0</a> / <a href="#minus">0</a></div>`;
    const thread = `<div id="art-komentarze"><p><b>Komentarze (25)</b><br><a href="/forum">Przejdź do dyskusji na forum</a></p>${Array.from({ length: 20 }, (_, i) => post(i)).join('')}</div>`;
    const run = runStage(comments, article(thread));
    expect(run.text).not.toContain('Nie zgadzam się');
    expect(run.removals).toHaveLength(1);
  });

  it('keeps a long section called "discussion" that opens as prose', () => {
    const prose = '<p>The results suggest that the new treatment shortens recovery by about a week for most of the patients who took part in the trial.</p>'.repeat(30);
    const run = runStage(comments, article(`<section class="discussion"><h2>What the results mean</h2>${prose}</section>`));
    expect(run.removals).toEqual([]);
  });

  it('removes the note a comment form shows once a comment is sent', () => {
    const run = runStage(comments, article('<div class="article_comments"><h2>Обсуждение</h2><div><label>Спасибо! Ваш комментарий будет проверен модератором.</label></div></div>'));
    expect(run.text).not.toMatch(/модератором|Обсуждение/);
  });

  it('removes a thread longer than the story when it opens with its own header, and keeps a story’s wrapper named for its comments', () => {
    const reply = (i: number) => `<li class="comment"><p>Reader ${i} wrote that the film holds up better than the book, and that the satire was lost on most of the audience in the cinema that year.</p></li>`;
    const thread = `<div id="comments"><h3>59 Comments</h3><ol>${Array.from({ length: 12 }, (_, i) => reply(i)).join('')}</ol></div>`;
    const run = runStage(comments, article(thread));
    expect(run.text).not.toContain('Reader 3 wrote');
    expect(run.text).toContain('Budget night');
    const story = `<div class="post has-comments"><h1>Budget night</h1>${'<p>The council argued over the budget until almost midnight, and the vote was close in the end.</p>'.repeat(12)}<p><a href="#respond">Leave a comment</a></p></div>`;
    expect(runStage(comments, story).text).toContain('vote was close');
  });
});

describe('comments inside tables', () => {
  it('finds a comment form in a table that lays out the page', () => {
    const page = `<table><tr><td>${'<p>Городской совет утвердил бюджет на будущий год после долгого обсуждения в комиссиях.</p>'.repeat(3)}<div><h4>Оставьте комментарий</h4><textarea></textarea></div></td><td></td></tr></table>`;
    const run = runStage(comments, article(page));
    expect(run.text).not.toContain('Оставьте комментарий');
    expect(run.text).toContain('Городской совет');
  });

  it('leaves the cells of a data table alone', () => {
    const table = '<table><thead><tr><th>Topic</th><th>Action</th></tr></thead><tr><td>Budget</td><td><div><h4>Leave a comment</h4><textarea></textarea></div></td></tr></table>';
    const run = runStage(comments, article(table));
    expect(run.removals).toEqual([]);
  });
});
