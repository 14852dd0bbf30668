// Speed in the browser: the built extension in Chromium, on the fixture pages served locally.
//   npm run bench:browser -- [--rounds N]
// Prints, per page and overall: popup opened -> article painted, and the extraction time inside
// the page for Clean Reader's pipeline and for plain Readability, median and p95.

import { build } from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, startServer, tabIdOf, ROOT } from '../test/e2e/harness';
import { percentile } from './metric';

const ROUNDS = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 5;
const FIXTURES = join(ROOT, 'test', 'fixtures');
const pages = readdirSync(FIXTURES).filter((name) => existsSync(join(FIXTURES, name, 'expected.txt')));

const bundle = await build({ entryPoints: [join(ROOT, 'bench', 'in-page.ts')], bundle: true, write: false, format: 'iife', minify: true });
const inPage = bundle.outputFiles[0]!.text;

const { server, origin } = await startServer();
const session = await launch();
const popupMs: number[] = [];
const oursMs: number[] = [];
const plainMs: number[] = [];
try {
  for (const name of pages) {
    const page = await session.context.newPage();
    await page.goto(`${origin}/${name}/`);
    const tabId = await tabIdOf(session, page);
    for (let round = 0; round < ROUNDS; round++) {
      const popup = await session.context.newPage();
      const start = performance.now();
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
      // Painted: the article is in the DOM and a frame has been drawn with it.
      await popup.waitForFunction(() => document.querySelector('.cr-article') !== null && new Promise((done) => requestAnimationFrame(() => done(true))));
      popupMs.push(performance.now() - start);
      await popup.close();
    }
    await page.addScriptTag({ content: inPage });
    for (let round = 0; round < ROUNDS; round++) {
      const [ours, plain] = await page.evaluate(() => {
        const bench = (globalThis as unknown as { cleanReaderBench: { ours(): number; plain(): number } }).cleanReaderBench;
        return [bench.ours(), bench.plain()];
      });
      oursMs.push(ours);
      plainMs.push(plain);
    }
    await page.close();
  }
} finally {
  await session.close();
  server.close();
}

const row = (label: string, values: number[]) => `${label.padEnd(44)}${percentile(values, 50).toFixed(1).padStart(9)}${percentile(values, 95).toFixed(1).padStart(9)}`;
console.log(`${pages.length} fixture pages, ${ROUNDS} rounds each, Chromium headless`);
console.log(`${'measure'.padEnd(44)}${'median'.padStart(9)}${'p95'.padStart(9)}  (ms)`);
console.log(row('popup opened -> article painted', popupMs));
console.log(row('extraction in the page: Clean Reader', oursMs));
console.log(row('extraction in the page: plain Readability', plainMs));
