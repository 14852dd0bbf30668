// Gzipped sizes of what the browser loads, from the Chrome build: npm run size
// Budgets: the page agent (injected into every page read) 40 KB, the reading view (injected when
// reader mode opens) 40 KB, the popup 80 KB.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT = '.output/chrome-mv3';
if (!existsSync(OUT)) {
  console.error(`${OUT} not found: run npm run build first`);
  process.exit(2);
}

const files = (dir: string): string[] =>
  readdirSync(join(OUT, dir)).flatMap((name) => (statSync(join(OUT, dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
const all = files('.');
const gz = (paths: string[]) => paths.reduce((sum, path) => sum + gzipSync(readFileSync(join(OUT, path)), { level: 9 }).length, 0);
const raw = (paths: string[]) => paths.reduce((sum, path) => sum + statSync(join(OUT, path)).size, 0);

const parts: Array<[string, string[], number]> = [
  ['content script (page-agent.js)', all.filter((p) => p === 'page-agent.js'), 40],
  ['reader mode view (reader-overlay.js)', all.filter((p) => p === 'reader-overlay.js'), 40],
  ['popup (html, js, css)', all.filter((p) => /^popup\.html$|^chunks\/popup-.*\.js$|^assets\/popup-.*\.css$/.test(p)), 80],
  ['background', all.filter((p) => p === 'background.js'), Infinity],
];
let over = false;
console.log('part                                    raw KB   gzip KB   budget');
for (const [name, paths, budget] of parts) {
  const size = gz(paths) / 1024;
  over ||= size > budget;
  console.log(`${name.padEnd(38)}${(raw(paths) / 1024).toFixed(1).padStart(7)}${size.toFixed(1).padStart(10)}${(Number.isFinite(budget) ? `${budget}` : '-').padStart(9)}`);
}
process.exit(over ? 1 : 0);
