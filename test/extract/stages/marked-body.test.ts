import { describe, expect, it } from 'vitest';
import { markedBody, withMarkedBody } from '../../../src/extract/stages/marked-body';
import { PROSE, runStage } from '../../helpers';

// A content system's paragraph components: each paragraph in wrappers of its own.
const component = (heading: string, text: string) =>
  `<div><div class="paragraph"><h2><div>${heading}</div></h2><div class="paragraph-text"><div><p>${text}</p></div></div></div><div class="clear"></div></div>`;
const body = [component('The vote', PROSE[0]!), component('The roads', PROSE[1]!), component('The library', PROSE[2]!), component('What comes next', PROSE.join(' '))].join('');

/** What Readability returns: a copy of the element `selector` finds, in a box of its own. */
function readabilityTook(root: Element, selector: string): Element {
  const content = root.ownerDocument.createElement('div');
  content.append(root.querySelector(selector)!.cloneNode(true));
  return content;
}

describe('marked-body', () => {
  it('takes the body the page marks as the article where Readability took one of its paragraphs', () => {
    const run = runStage(markedBody, `<article><h1>Budget night</h1><div itemprop="articleBody">${body}</div></article><aside><p>${PROSE[0]}</p></aside>`);
    const article = withMarkedBody(run.root, readabilityTook(run.root, '.paragraph:last-child, div:nth-child(4) .paragraph'));
    expect(article.textContent).toContain('The vote');
    expect(article.textContent).toContain('What comes next');
  });

  it('keeps Readability’s choice where it holds most of the marked body, or lies outside it', () => {
    const html = `<article><h1>Budget night</h1><div itemprop="articleBody">${body}</div></article><aside><div class="other"><p>${PROSE[1]} ${PROSE[2]}</p></div></aside>`;
    const most = runStage(markedBody, html);
    const whole = readabilityTook(most.root, '[itemprop]');
    expect(withMarkedBody(most.root, whole)).toBe(whole);
    const ferry = 'Elsewhere in the county the ferry timetable changes from Monday, the operator said.';
    const outside = runStage(markedBody, html.replace(`<p>${PROSE[1]} ${PROSE[2]}</p>`, `<p>${ferry}</p>`));
    const aside = readabilityTook(outside.root, '.other');
    expect(withMarkedBody(outside.root, aside)).toBe(aside);
  });

  it('leaves a page with several marked bodies to Readability', () => {
    const run = runStage(markedBody, `<div itemprop="articleBody">${body}</div><div itemprop="articleBody">${body}</div>`);
    const one = readabilityTook(run.root, '.paragraph');
    expect(withMarkedBody(run.root, one)).toBe(one);
  });

  it('takes the page’s main region where Readability took one section of a page that is no dated story', () => {
    const sections = [component('What we do', PROSE.join(' ')), component('How it works', PROSE[1]!), component('Our partners', PROSE[2]!)].join('');
    const html = `<nav><a href="/">Home</a></nav><main><h1>Plans for every team</h1>${sections}</main><footer><p>${PROSE[0]}</p></footer>`;
    const undated = runStage(markedBody, html);
    const whole = withMarkedBody(undated.root, readabilityTook(undated.root, 'main > div:nth-child(3) .paragraph')).textContent;
    expect(whole).toContain('What we do');
    expect(whole).toContain('Our partners');
    const dated = runStage(markedBody, html, { publishedTime: '2026-11-27' });
    const one = readabilityTook(dated.root, 'main > div:nth-child(3) .paragraph');
    expect(withMarkedBody(dated.root, one)).toBe(one);
  });

  it('leaves a main region made of links (a list of threads, a grid of products) to Readability', () => {
    const links = Array.from({ length: 12 }, (_, i) => `<li><a href="/t/${i}">Thread number ${i} about sanding and finishing oak</a></li>`).join('');
    const run = runStage(markedBody, `<main><div class="intro"><p>${PROSE[0]}</p></div><ul>${links}</ul></main>`);
    const intro = readabilityTook(run.root, '.intro');
    expect(withMarkedBody(run.root, intro)).toBe(intro);
  });
});
