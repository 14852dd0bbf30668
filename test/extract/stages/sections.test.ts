import { describe, expect, it } from 'vitest';
import { sections, wholeArticle } from '../../../src/extract/stages/sections';
import { runStage } from '../../helpers';

const WORDS = ['harbour', 'library', 'bridge', 'council', 'garden', 'market', 'station', 'school', 'river', 'museum', 'theatre', 'stadium'];
const para = (section: number, n: number) => {
  const [a, b, c] = [0, 1, 2].map((k) => WORDS[(section * 3 + n * 5 + k) % WORDS.length]);
  return `<p>Section ${section}, paragraph ${n}: how the ${a} near the ${b} changed after the ${c} opened, told by people who were there ${section * 10 + n} years ago. They remember the ${b} before the ${a}, and the ${c} after it, and they say the town was never the same again.</p>`;
};
const section = (n: number) => `<div class="row"><div class="column"><div class="wrapper"><h2>Part ${n}</h2>${para(n, 1)}${para(n, 2)}${para(n, 3)}</div></div></div>`;
const PARTS = [1, 2, 3, 4, 5, 6, 7, 8];

describe('sections', () => {
  const page = `<div class="content">${PARTS.map(section).join('')}<nav><a href="/a">Home</a> <a href="/b">About</a></nav><form><input name="q"><button>Search</button></form></div>`;

  it('gives the whole box of sections where Readability took one of them, without menus and forms', () => {
    const run = runStage(sections, page);
    // What Readability returned: the first section alone (it takes one box and its siblings).
    const readability = run.doc.createElement('div');
    readability.append(run.root.querySelector('.row')!.cloneNode(true));
    const whole = wholeArticle(run.root, readability);
    for (const n of PARTS) expect(whole.textContent).toContain(`Section ${n}, paragraph 2`);
    expect(whole.textContent).not.toMatch(/Home|Search/);
    expect(whole.querySelector('[data-cr-prose]')).toBeNull();
  });

  it("leaves Readability's choice where it holds the sections, and a dated story's where it holds a good part", () => {
    const run = runStage(sections, page);
    const all = run.doc.createElement('div');
    all.append(run.root.querySelector('.content')!.cloneNode(true));
    expect(wholeArticle(run.root, all)).toBe(all);
    // A dated story: what follows it (comments, the next stories) is sections too.
    const dated = runStage(sections, page, { publishedTime: '2026-01-01' });
    const half = dated.doc.createElement('div');
    for (const row of Array.from(dated.root.querySelectorAll('.row')).slice(0, 4)) half.append(row.cloneNode(true));
    expect(wholeArticle(dated.root, half)).toBe(half);
  });

  it('gathers a dated feature laid out in rows where Readability took one row of many', () => {
    const dated = runStage(sections, page, { publishedTime: '2026-01-01' });
    const first = dated.doc.createElement('div');
    first.append(dated.root.querySelector('.row')!.cloneNode(true));
    const whole = wholeArticle(dated.root, first);
    for (const n of PARTS) expect(whole.textContent).toContain(`Section ${n}, paragraph 1`);
  });

  it('leaves a short story beside a few boxes of other text to Readability', () => {
    const short = `<div class="content">${[1, 2, 3].map(section).join('')}</div>`;
    const run = runStage(sections, short);
    const first = run.doc.createElement('div');
    first.append(run.root.querySelector('.row')!.cloneNode(true));
    expect(wholeArticle(run.root, first)).toBe(first);
  });

  it('gathers a reference page of one-paragraph entries, but not one-paragraph comments under a story', () => {
    const entry = (n: number) => `<h3>Option ${n}</h3><div class="entry">${para(n, 1)}</div>`;
    const reference = `<div class="content">${Array.from({ length: 16 }, (_, i) => entry(i + 1)).join('')}</div>`;
    const run = runStage(sections, reference);
    const some = run.doc.createElement('div');
    for (const box of Array.from(run.root.querySelectorAll('.entry')).slice(0, 3)) some.append(box.cloneNode(true));
    const whole = wholeArticle(run.root, some);
    for (const n of [1, 8, 16]) expect(whole.textContent).toContain(`Section ${n}, paragraph 1`);

    const story = `<div class="story">${[1, 2, 3, 4, 5, 6].map((n) => para(1, n)).join('')}</div>`;
    const comment = (n: number) => `<h4>Reader ${n}</h4><div class="comment">${para(n, 2)}</div>`;
    const news = `<div class="content">${story}${Array.from({ length: 16 }, (_, i) => comment(i + 2)).join('')}</div>`;
    const read = runStage(sections, news);
    const chosen = read.doc.createElement('div');
    chosen.append(read.root.querySelector('.story')!.cloneNode(true));
    expect(wholeArticle(read.root, chosen)).toBe(chosen);
  });

  it('gathers a smaller box of entries on an undated page where Readability took less than half, and no story beside sections', () => {
    const entry = (n: number) => `<h3>Feature ${n}</h3><div class="entry">${para(n, 1)}</div>`;
    const feature = `<div class="content">${Array.from({ length: 10 }, (_, i) => entry(i + 1)).join('')}</div>`;
    const chosenOf = (run: ReturnType<typeof runStage>, count: number) => {
      const chosen = run.doc.createElement('div');
      for (const box of Array.from(run.root.querySelectorAll('.entry')).slice(0, count)) chosen.append(box.cloneNode(true));
      return chosen;
    };
    const few = runStage(sections, feature);
    const whole = wholeArticle(few.root, chosenOf(few, 4));
    for (const n of [1, 5, 10]) expect(whole.textContent).toContain(`Section ${n}, paragraph 1`);
    const most = runStage(sections, feature);
    const six = chosenOf(most, 6);
    expect(wholeArticle(most.root, six)).toBe(six);
    // A dated page's box this small is not gathered at all.
    const dated = runStage(sections, feature, { publishedTime: '2026-01-01' });
    const four = chosenOf(dated, 4);
    expect(wholeArticle(dated.root, four)).toBe(four);

    // A short story beside three short sections of other stories: Readability's story stays.
    const other = (n: number) => `<div class="other"><h2>Other ${n}</h2>${para(n, 1)}${para(n, 2)}</div>`;
    const news = runStage(sections, `<div class="content"><div class="story">${[1, 2, 3].map((n) => para(0, n)).join('')}</div>${[1, 2, 3].map(other).join('')}</div>`);
    const story = news.doc.createElement('div');
    story.append(news.root.querySelector('.story')!.cloneNode(true));
    expect(wholeArticle(news.root, story)).toBe(story);
  });

  it('takes the box of entries where Readability took a short intro beside it, and not a story beside it', () => {
    const entry = (n: number) => `<h3>Place ${n}</h3><div class="entry">${para(n, 1)}</div>`;
    const listing = (intro: string) => `<div class="intro">${intro}</div><div class="content">${Array.from({ length: 20 }, (_, i) => entry(i + 1)).join('')}</div>`;
    const dated = runStage(sections, listing(para(0, 1)), { publishedTime: '2026-01-01' });
    const intro = dated.doc.createElement('div');
    intro.append(dated.root.querySelector('.intro')!.cloneNode(true));
    const whole = wholeArticle(dated.root, intro);
    for (const n of [1, 10, 20]) expect(whole.textContent).toContain(`Section ${n}, paragraph 1`);

    const story = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((n) => para(0, n)).join('');
    const news = runStage(sections, listing(story), { publishedTime: '2026-01-01' });
    const chosen = news.doc.createElement('div');
    chosen.append(news.root.querySelector('.intro')!.cloneNode(true));
    expect(wholeArticle(news.root, chosen)).toBe(chosen);
  });

  it('gathers a thread of posts without titles where the page says it is one, and Readability took one answer', () => {
    const post = (n: number) => `<div class="post"><div class="user"><a href="/u/${n}">user${n}</a></div><div class="body">${para(n, 1)}${para(n, 2)}</div></div>`;
    const thread = `<div class="thread"><h1>Why is a copy not a backup?</h1>${PARTS.map(post).join('')}</div>`;
    const oneAnswer = (run: ReturnType<typeof runStage>) => {
      const answer = run.doc.createElement('div');
      answer.append(run.root.querySelectorAll('.post')[2]!.cloneNode(true));
      return wholeArticle(run.root, answer).textContent;
    };
    const declared = oneAnswer(runStage(sections, thread, { discussion: true }));
    for (const n of PARTS) expect(declared).toContain(`Section ${n}, paragraph 2`);
    // Without the page's word for it, posts of several paragraphs may be several stories.
    expect(oneAnswer(runStage(sections, thread))).not.toContain('Section 5, paragraph 2');
  });
});
