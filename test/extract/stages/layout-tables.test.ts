import { describe, expect, it } from 'vitest';
import { layoutTables } from '../../../src/extract/stages/layout-tables';
import type { StageContext } from '../../../src/extract/types';
import { articleBlocks } from '../../../src/extract/text';
import { PROSE, runStage } from '../../helpers';

describe('layout-tables', () => {
  it('turns a positioning table into blocks, empty spacer cells dropped', () => {
    const run = runStage(
      layoutTables,
      `<table><tr><td><img src="logo.gif"></td><td></td></tr><tr><td></td><td><p>${PROSE[0]}</p><p>${PROSE[1]}</p></td></tr><tr><td>&nbsp;</td><td></td></tr></table>`,
    );
    expect(run.root.querySelector('table')).toBeNull();
    expect(articleBlocks(run.root)).toEqual([PROSE[0], PROSE[1]]);
  });

  it('unwraps nested layout and single-column tables', () => {
    const run = runStage(layoutTables, `<table><tr><td><table><tr><td>${PROSE[0]}</td></tr></table></td><td>${PROSE[1]}</td></tr></table>`);
    expect(run.root.querySelector('table')).toBeNull();
    expect(articleBlocks(run.root)).toEqual([PROSE[0], PROSE[1]]);
  });

  it('keeps data tables: headers, captions, a grid of short values', () => {
    const html =
      '<table><caption>Ferries</caption><tr><td>07:10</td><td>Harbour</td></tr><tr><td>08:40</td><td>Island</td></tr></table>' +
      '<table><tr><th>Team</th><th>Points</th></tr><tr><td>North</td><td>12</td></tr></table>' +
      '<table><tr><td>Berlin</td><td>3.7 m</td></tr><tr><td>Paris</td><td>2.1 m</td></tr></table>';
    const run = runStage(layoutTables, html);
    expect(run.root.querySelectorAll('table')).toHaveLength(3);
  });

  it('keeps a grid of figures whose heading cell is set in two lines', () => {
    const cell = (text: string) => `<td><div>${text}</div></td>`;
    const row = (...texts: string[]) => `<tr>${texts.map(cell).join('')}</tr>`;
    const html = `<table><tr><td><div>Town</div></td><td><div>Change</div><div>2010/2011</div></td></tr>${row('North', '+33%')}${row('South', '+50%')}</table>`;
    const run = runStage(layoutTables, html);
    expect(run.root.querySelectorAll('table')).toHaveLength(1);
  });

  it('still unwraps a table whose cells hold paragraphs beside one another', () => {
    const run = runStage(layoutTables, `<table><tr><td><p>${PROSE[0]}</p><p>${PROSE[1]}</p></td><td><p>${PROSE[2]}</p></td></tr></table>`);
    expect(run.root.querySelector('table')).toBeNull();
  });

  it('judges a table Readability renamed to a div, rows and all, as a table again', () => {
    const run = runStage(layoutTables, '<div id="figures"></div>');
    const doc = run.root.ownerDocument;
    // What Readability leaves: a div whose children are the table's rows (the parser never makes this).
    const renamed = doc.getElementById('figures')!;
    const body = doc.createElement('tbody');
    for (const [town, change] of [['North', '+33%'], ['South', '+50%'], ['East', '+12%']]) {
      const row = doc.createElement('tr');
      for (const text of [town!, change!]) row.appendChild(doc.createElement('td')).textContent = text;
      body.appendChild(row);
    }
    renamed.appendChild(body);
    // The stage reads only its root.
    (layoutTables as { run(ctx: StageContext): void }).run({ root: run.root } as StageContext);
    expect(run.root.querySelector('table#figures tbody tr td')?.textContent).toBe('North');
    expect(run.root.querySelector('div > tbody')).toBeNull();
  });
});
