// npm start: build the Chrome extension, serve a demo article on 127.0.0.1 and open Chromium
// (or the browser in CHROME_PATH) with the extension loaded on it. Close the browser to stop.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'test', 'fixtures');
const DEMO = 'ru-regional-news';

const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const browser = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
if (!browser) {
  console.error('No Chromium found: install it (sudo apt-get install -y chromium) or set CHROME_PATH to a Chrome or Chromium.');
  process.exit(2);
}

const pages = readdirSync(FIXTURES).filter((name) => existsSync(join(FIXTURES, name, 'source.html')));
const index = `<!doctype html><meta charset="utf-8"><title>Clean Reader demo pages</title><h1>Demo pages</h1><ul>${pages
  .map((name) => `<li><a href="/${name}/">${name}</a></li>`)
  .join('')}</ul>`;
const server = createServer((request, response) => {
  const name = (request.url ?? '/').split('/').filter(Boolean)[0];
  const page = name && pages.includes(name) ? readFileSync(join(FIXTURES, name, 'source.html'), 'utf8') : index;
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/${DEMO}/`;
  const extension = join(ROOT, '.output', 'chrome-mv3');
  const profile = mkdtempSync(join(tmpdir(), 'clean-reader-start-'));
  console.log(`Demo article: ${url}\nClick the Clean Reader button in the toolbar (pin it from the puzzle menu), or press Alt+Shift+R.`);
  const child = spawn(browser, [`--user-data-dir=${profile}`, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--no-first-run', '--no-default-browser-check', url], { stdio: 'inherit' });
  child.on('exit', () => server.close());
});
