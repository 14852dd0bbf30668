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

  it('removes headings left without a list, the author box, and affiliate or reprint notes at the end', () => {
    const run = runStage(
      articleTail,
      `${body}<h2>You might also like</h2><p>Jane Doe is a freelance writer covering city politics and transport.</p><p>We may earn a commission when you buy through our links.</p><p>Выделите фрагмент и нажмите Ctrl+Enter. Перепечатка материалов запрещена.</p>`,
    );
    expect(run.removals.map((r) => r.reason)).toEqual(['boilerplate', 'boilerplate', 'boilerplate', 'related']);
    expect(run.text).toBe(PROSE.join(' '));
  });

  it('removes the author\'s signature at the end: name and address on one line, or the address under the name', () => {
    const oneLine = runStage(articleTail, `${body}<p>ΕΡΗ ΠΑΝΣΕΛΗΝΑ<br><a href="mailto:eri@example.gr">eri@example.gr</a></p>`);
    expect(oneLine.text).toBe(PROSE.join(' '));
    const twoLines = runStage(articleTail, `${body}<p>Jane Doe</p><p>jane.doe@example.com</p>`);
    expect(twoLines.text).toBe(PROSE.join(' '));
    const sentence = runStage(articleTail, `${body}<p>Write to the desk at desk@example.com</p>`);
    expect(sentence.text).toContain('desk@example.com');
  });

  it('removes the source said as a label under the text, not a sentence about it', () => {
    for (const line of ['Πηγή: e-diet.gr', 'Source: Reuters', 'Źródło: PAP']) {
      expect(runStage(articleTail, `${body}<p>${line}</p>`).text).toBe(PROSE.join(' '));
    }
    const sentence = 'Sources close to the council said the vote would wait until spring.';
    expect(runStage(articleTail, `${body}<p>${sentence}</p>`).text).toContain(sentence);
  });

  it('removes the site’s rules for what readers post, under the story', () => {
    const note = '<p><i>All articles and comments on this site are submitted by our community of users. Please notify us if you believe an item breaches our community guidelines.</i></p>';
    const run = runStage(articleTail, `${body}${note}`);
    expect(run.removals.map((r) => r.reason)).toEqual(['boilerplate']);
    expect(run.text).toBe(PROSE.join(' '));
  });

  it('takes the short lines below the tail\'s junk along, the byline and a long author box too', () => {
    const bio = 'Cassidy Horton is a finance writer who helps people find financial freedom. She holds an MBA and a bachelor\'s degree in public relations, and her work has appeared in many magazines and on many websites over the last ten years, from personal finance columns to guides about loans and credit cards.';
    const run = runStage(articleTail, `${body}<p>Written by Cassidy Horton</p><p>${bio}</p><p>All loans made by a bank.</p><p>You might also like…</p><p>RECOMMENDS</p>`);
    expect(run.removals.map((r) => r.reason)).toEqual(['related', 'related', 'boilerplate', 'boilerplate', 'boilerplate']);
    expect(run.text).toBe(PROSE.join(' '));
  });

  it('removes the site\'s pitches: a donation, "like what you\'re reading?", "stay connected"', () => {
    const run = runStage(
      articleTail,
      `${body}<p>This story is funded by readers like you. Make a monthly donation today.</p><p>Like What You're Reading? Get the monthly letter!</p><p>Stay connected with me!</p><p>We want to hear what you think about this article.</p><p><i>Do you want to hear about our campaigns? <a href="/news">Sign up here</a></i></p>`,
    );
    expect(run.removals).toHaveLength(5);
    expect(run.text).toBe(PROSE.join(' '));
  });

  it('removes the pictures’ credit line under the last paragraph', () => {
    const run = runStage(articleTail, `${body}<p>Crédits photos : Bestimage</p>`);
    expect(run.removals.map((r) => r.reason)).toEqual(['image-credit']);
    expect(run.text).toBe(PROSE.join(' '));
  });

  it('removes the post\'s tags and its feed and trackback line', () => {
    const run = runStage(
      articleTail,
      `${body}<p>Tags: <a href="/tag/a">Bilt</a>, <a href="/tag/b">Cent</a></p><p><a href="/feed">Kommentarfeed</a> | Kommentare geschlossen | <a href="/trackback">Trackback-URL</a></p>`,
    );
    expect(run.removals.map((r) => r.reason)).toEqual(['comments', 'related']);
    expect(run.text).toBe(PROSE.join(' '));
  });

  it('keeps short lines at the end when nothing above them is junk, and a list under its heading', () => {
    const run = runStage(articleTail, `${body}<h2>You will need</h2><ul><li>2 eggs</li><li>1 cup of flour</li><li>Salt</li></ul>`);
    expect(run.removals).toEqual([]);
    const signed = runStage(articleTail, `${body}<p>— Jane</p>`);
    expect(signed.removals).toEqual([]);
  });

  it('keeps a section heading that text follows, and prose about a writer', () => {
    const run = runStage(articleTail, `${body}<h2>What happens next</h2><p>Jane Doe is a freelance writer who lives on the estate, and she said the council had ignored her letters about the broken lifts for years, which is why she started the campaign that brought three hundred people to the meeting.</p>`);
    expect(run.removals).toEqual([]);
  });

  it('keeps closing pull quotes set as headings, but not a heading that links to a log-in', () => {
    const quotes = '<h4>The story is dreadful. One could say, cynically, that it is perfectly dreadful.</h4><h4>He set up a fake profile on a social network. It backs his version.</h4>';
    const run = runStage(articleTail, `${body}${quotes}`);
    expect(run.removals).toEqual([]);
    const login = runStage(articleTail, `${body}<h2>Comment</h2><h3>You must <a href="/login">log in</a> to take part in the discussion.</h3>`);
    expect(login.removals.map((r) => r.text)).toEqual(['You must log in to take part in the discussion.', 'Comment']);
  });

  it('removes a German further-reading line and the heading over an affiliate note', () => {
    const run = runStage(articleTail, `${body}<p>Weiterführende Links</p><h3>Weitere Tourentipps in Schweden</h3><p>Dieser Artikel kann Links zu Anbietern enthalten, von denen das Magazin eine Provision erhält.</p>`);
    expect(run.removals.map((r) => r.reason)).toEqual(['boilerplate', 'related', 'related']);
    expect(run.text).toBe(PROSE.join(' '));
  });

  it('stops at the first block that is article', () => {
    const run = runStage(articleTail, `<p>Follow the money, the investigators said, and the rest of the story would tell itself.</p>${body}`);
    expect(run.removals).toEqual([]);
  });
});
