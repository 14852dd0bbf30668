import type { Stage } from '../types';
import { hasText, tagOf, textOf } from '../dom';

// Old pages and e-mail-style templates position the page with tables: one column of blocks, a
// spacer cell beside the text, tables in tables. Read as data they come out as rows of empty
// "| |" cells; read as what they are, they are blocks one after another. Tables that say they hold
// data (a caption, headers, a grid role) stay tables.
const PROSE_CELL_CHARS = 500;
const BLOCKS_IN_CELL = 'p, div, h1, h2, h3, h4, h5, h6, ul, ol, blockquote, figure, pre';
/** Rows of equal width, this many at least, whose cells are all short, are a grid of figures. */
const GRID_MIN_ROWS = 3;
const GRID_CELL_CHARS = 100;

function ownRows(table: Element): Element[] {
  return Array.from(table.querySelectorAll('tr')).filter((row) => row.closest('table') === table);
}

function cellsOf(row: Element): Element[] {
  return Array.from(row.children).filter((cell) => cell.localName === 'td' || cell.localName === 'th');
}

const isEmptyCell = (cell: Element) => !hasText(cell) && !cell.querySelector('img, picture, video, math');

export function isLayoutTable(table: Element): boolean {
  const role = table.getAttribute('role');
  if (role === 'presentation' || role === 'none') return true;
  if (role === 'table' || role === 'grid' || role === 'treegrid') return false;
  if (table.hasAttribute('summary') || table.querySelector('caption, thead, th, colgroup')) return false;
  const rows = ownRows(table);
  const cells = rows.flatMap(cellsOf);
  if (cells.length === 0 || Math.max(...rows.map((row) => cellsOf(row).length)) <= 1) return true;
  if (table.querySelector('table')) return true;
  if (cells.filter(isEmptyCell).length * 2 > cells.length) return true;
  // A heading cell set in two lines ("Change / 2010–2011") is still a heading of a grid of figures.
  let grid: boolean | undefined;
  return cells.some(
    (cell) => textOf(cell).length > PROSE_CELL_CHARS || (cell.querySelectorAll(BLOCKS_IN_CELL).length >= 2 && !(grid ??= isGrid(rows, cells))),
  );
}

function isGrid(rows: Element[], cells: Element[]): boolean {
  const width = cellsOf(rows[0]!).length;
  return rows.length >= GRID_MIN_ROWS && rows.every((row) => cellsOf(row).length === width) && cells.every((cell) => textOf(cell).length <= GRID_CELL_CHARS);
}

export const layoutTables: Stage = {
  name: 'layout-tables',
  phase: 'after',
  run(ctx) {
    restoreRenamedTables(ctx.root);
    // Innermost first, so that an outer table is judged on what its cells hold once inner layout is gone.
    for (const table of Array.from(ctx.root.querySelectorAll('table')).reverse()) {
      if (!table.parentNode || !isLayoutTable(table)) continue;
      const doc = table.ownerDocument;
      const blocks = doc.createElement('div');
      for (const cell of ownRows(table).flatMap(cellsOf)) {
        if (isEmptyCell(cell)) continue;
        const block = doc.createElement('div');
        while (cell.firstChild) block.appendChild(cell.firstChild);
        blocks.appendChild(block);
      }
      table.parentNode.replaceChild(blocks, table);
    }
  },
};

/**
 * Readability renames a table it appends beside its choice to a div, rows and all (so that later
 * cleaning does not drop it); a div holding rows was a table, and is judged as one again.
 */
function restoreRenamedTables(root: Element): void {
  const renamed = new Set<Element>();
  for (const row of Array.from(root.querySelectorAll('tbody, thead, tfoot, tr'))) {
    if (row.parentElement && tagOf(row.parentElement) === 'DIV') renamed.add(row.parentElement);
  }
  for (const div of renamed) {
    const table = div.ownerDocument.createElement('table');
    for (const { name, value } of Array.from(div.attributes)) table.setAttribute(name, value);
    while (div.firstChild) table.appendChild(div.firstChild);
    div.replaceWith(table);
  }
}
