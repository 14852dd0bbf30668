import { describe, expect, it } from 'vitest';
import { pageChrome } from '../../../src/extract/stages/page-chrome';
import { article, runStage } from '../../helpers';

describe('page-chrome', () => {
  it('removes the site menu, masthead, footer and side column', () => {
    const run = runStage(pageChrome, `<header><a href="/">Logo</a></header><nav><a href="/a">A</a></nav>${article()}<aside>Most read</aside><footer>© Site</footer>`);
    expect(run.removals.map((r) => r.reason)).toEqual(['navigation', 'navigation', 'navigation', 'navigation']);
    expect(run.text).not.toMatch(/Logo|Most read|© Site/);
  });

  it("keeps the article's own header, aside and footer, and a page header with the headline", () => {
    const run = runStage(pageChrome, `<header><h1>Headline</h1></header><article><header><p>Standfirst</p></header><p>Body text.</p><aside>Fact box</aside><footer>Correction appended</footer></article>`);
    expect(run.removals).toEqual([]);
  });

  it("removes a masthead whose <h1> is the site's name beside a search box", () => {
    const run = runStage(pageChrome, `<header><h1>The Daily Planet</h1><a href="#content">Jump to main content</a><form action="/search"><input type="text" name="q"><input type="submit" value="Search"></form></header>${article()}`);
    expect(run.removals.map((r) => r.reason)).toEqual(['navigation']);
    expect(run.text).not.toMatch(/Daily Planet|Jump to/);
  });
});
