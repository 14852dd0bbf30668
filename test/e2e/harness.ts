// The end-to-end harness: Debian's Chromium (or CHROME_PATH) driven by playwright-core, headless,
// with the built extension loaded in a fresh profile, and the fixture pages served on 127.0.0.1.

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = join(import.meta.dirname, '..', '..');
export const EXTENSION_DIR = join(ROOT, '.output-e2e', 'chrome-mv3');
const FIXTURES = join(ROOT, 'test', 'fixtures');

export function chromePath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path}: install it (sudo apt-get install -y chromium) or set CHROME_PATH.`);
  }
  return path;
}

/** Serves test/fixtures/<name>/source.html at /<name>/ and extra pages given by the test. */
export async function startServer(extra: Record<string, string> = {}, headers: Record<string, string> = {}): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const name = normalize(path).replace(/^\/+|\/+$/g, '');
    const file = join(FIXTURES, name, 'source.html');
    const body = extra[`/${name}`] ?? (name && !name.includes('..') && existsSync(file) ? readFileSync(file, 'utf8') : undefined);
    if (body === undefined) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, origin: `http://127.0.0.1:${port}` };
}

export interface Session {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

/** `lang`: the browser's UI language, which picks the extension's locale. */
export async function launch(lang = 'en-US'): Promise<Session> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`${EXTENSION_DIR} not built: run CLEAN_READER_E2E=1 npx wxt build`);
  const profile = mkdtempSync(join(tmpdir(), 'clean-reader-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath(),
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      `--lang=${lang}`,
      // Voices for read aloud come from speech-dispatcher (espeak-ng) where the system has it.
      '--enable-speech-dispatcher',
    ],
    viewport: { width: 1100, height: 800 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The id Chrome gave the tab showing `page`, asked of the extension itself. */
export async function tabIdOf(session: Session, page: Page): Promise<number> {
  const url = page.url();
  return session.worker.evaluate(async (target) => {
    const tabs = await chrome.tabs.query({});
    // Browser pages hide their address from extensions: the newest such tab is the one.
    const tab = tabs.find((candidate) => candidate.url === target) ?? (target.startsWith('chrome:') ? tabs.filter((t) => !t.url).at(-1) : undefined);
    if (!tab?.id) throw new Error(`no tab for ${target}`);
    return tab.id;
  }, url);
}

