// npm start: build the extension, serve the demo articles on 127.0.0.1 and open Chromium (or the
// browser in CHROME_PATH) with the extension loaded on them. Close the browser to stop.
// Without a display it says so, prints how to load the build elsewhere, shows the demo article's
// clean text through the same pipeline, and serves the demo pages while the terminal is open.
//   npm start [-- --firefox]   (npm run start:firefox: Firefox through web-ext, where installed)

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'test', 'fixtures');
const DEMO = 'ru-regional-news';
const firefox = process.argv.includes('--firefox');

const build = spawnSync('npx', ['wxt', 'build', ...(firefox ? ['-b', 'firefox'] : [])], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], { cwd: ROOT, stdio: 'inherit' });

const pages = readdirSync(FIXTURES).filter((name) => existsSync(join(FIXTURES, name, 'source.html')));
const index = `<!doctype html><meta charset="utf-8"><title>Clean Reader demo pages</title><h1>Demo pages</h1><ul>${pages
  .map((name) => `<li><a href="/${name}/">${name}</a></li>`)
  .join('')}</ul>`;
const server = createServer((request, response) => {
  const name = (request.url ?? '/').split('/').filter(Boolean)[0];
  const page = name && pages.includes(name) ? readFileSync(join(FIXTURES, name, 'source.html'), 'utf8') : index;
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = server.address();
const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/${DEMO}/`;
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

if (!hasDisplay) {
  console.log(`\nNo display here (DISPLAY and WAYLAND_DISPLAY are unset), so no browser was opened.
- Load the built extension in a browser on a machine with a screen: Chrome/Chromium: chrome://extensions,
  Developer mode, "Load unpacked", choose ${join(ROOT, '.output', 'chrome-mv3')}
  Firefox: about:debugging#/runtime/this-firefox, "Load Temporary Add-on…", choose ${join(ROOT, '.output', 'firefox-mv2', 'manifest.json')}
- Or read pages in the terminal: node bin/clean-reader.mjs --format text FILE|URL

The demo article (${url}), read by the same pipeline:\n`);
  // Asynchronously: the demo server in this process answers the fetch.
  const shown = await new Promise<{ status: number | null; stderr: string }>((resolve) => {
    const reader = spawn(process.execPath, [join(ROOT, 'bin', 'clean-reader.mjs'), '--format', 'text', url], { stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    reader.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
    reader.on('close', (status) => resolve({ status, stderr }));
  });
  if (shown.status !== 0) {
    console.error(`The demo article could not be read (exit ${shown.status}): ${shown.stderr.trim()}`);
    server.close();
    process.exit(1);
  }
  if (process.stdin.isTTY) console.log(`\nServing the demo pages at ${url} until you press Ctrl+C.`);
  else server.close();
} else {
  const profile = mkdtempSync(join(tmpdir(), 'clean-reader-start-'));
  const child = firefox ? openFirefox(url, profile) : openChromium(url, profile);
  console.log(`Demo article: ${url}\nClick the Clean Reader button in the toolbar (pin it from the extensions menu), or press Alt+Shift+R.`);
  child.on('error', (error) => {
    console.error(`The browser could not be started: ${error.message}`);
    process.exitCode = 1;
    server.close();
  });
  child.on('exit', (code) => {
    server.close();
    // A browser that exits with an error (no sandbox as root, no X server) is a failure, not a
    // session; one the reader closes, or stops with Ctrl+C, is not.
    if (code !== null && code !== 0) {
      console.error(`The browser exited with code ${code}; its own messages are above.`);
      process.exitCode = 1;
    }
  });
}

function openChromium(page: string, profile: string) {
  const browser = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
  if (!browser) {
    console.error('No Chromium found: install it (sudo apt-get install -y chromium) or set CHROME_PATH to a Chrome or Chromium.');
    process.exit(2);
  }
  const extension = join(ROOT, '.output', 'chrome-mv3');
  // Chromium refuses to run as root with its sandbox on.
  const root = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  return spawn(browser, [...root, `--user-data-dir=${profile}`, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--no-first-run', '--no-default-browser-check', page], { stdio: 'inherit' });
}

function openFirefox(page: string, profile: string) {
  const browser = process.env.FIREFOX_PATH ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find(existsSync);
  if (!browser) {
    console.error('No Firefox found: install it (sudo apt-get install -y firefox-esr) or set FIREFOX_PATH.');
    process.exit(2);
  }
  return spawn('npx', ['web-ext', 'run', '-s', join(ROOT, '.output', 'firefox-mv2'), '--firefox', browser, '--firefox-profile', profile, '--start-url', page, '--no-input'], { cwd: ROOT, stdio: 'inherit' });
}
