import { describe, expect, it } from 'vitest';
import { tableOfContents } from '../../../src/extract/stages/table-of-contents';
import { article, runStage } from '../../helpers';

describe('table-of-contents', () => {
  it('removes a box called a table of contents whose links stay on the page', () => {
    const toc = '<div id="ez-toc-container"><p>Inhaltsverzeichnis</p><ul><li><a href="#why">Why decant</a></li><li><a href="#how">How to decant</a></li><li><a href="#when">When</a></li></ul></div>';
    const run = runStage(tableOfContents, article(toc));
    expect(run.root.querySelector('#ez-toc-container')).toBeNull();
    expect(run.text).toContain('The council met on Tuesday evening');
  });

  it('removes the label a script-filled list left behind, in any language', () => {
    for (const label of ['Table of Contents [hide]', 'Содержание', 'On this page']) {
      const run = runStage(tableOfContents, article(`<div><p>${label}</p></div>`));
      expect(run.removals.map((r) => r.text), label).toEqual([label]);
    }
  });

  it('keeps an uncalled list of in-page links, and a box called so whose links lead away', () => {
    const footnotes = '<ol><li><a href="#n1">1</a> Census figures, 2021.</li><li><a href="#n2">2</a> Council minutes.</li></ol>';
    const reading = '<div class="toc"><a href="/a">First chapter</a><a href="/b">Second chapter</a><a href="/c">Third chapter</a></div>';
    const run = runStage(tableOfContents, article(footnotes + reading));
    expect(run.removals).toEqual([]);
  });
});
