// "Always use reader mode on this site": a content script registered for that one origin, after
// the reader grants the browser's permission for that origin only. The registered scripts are
// the record of which sites have it (nothing else to keep in step); taking the permission away,
// here or in the browser's settings, takes the script away too.

import { browser } from 'wxt/browser';

export const AUTO_READER_FILE = '/auto-reader.js';
const ID_PREFIX = 'auto-reader:';

/** The site's match pattern, for http(s) pages only. Without the port: Firefox's patterns take none. */
export function originPattern(url: string | undefined): string | null {
  try {
    const { protocol, hostname } = new URL(url ?? '');
    return (protocol === 'http:' || protocol === 'https:') && hostname ? `${protocol}//${hostname}/*` : null;
  } catch {
    return null;
  }
}

const idFor = (pattern: string) => `${ID_PREFIX}${pattern}`;

export async function isAutoReader(pattern: string): Promise<boolean> {
  const scripts = await browser.scripting.getRegisteredContentScripts({ ids: [idFor(pattern)] });
  return scripts.length > 0;
}

/** Asks for this one origin; registers the script only if the reader grants it. */
export async function enableAutoReader(pattern: string): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [pattern] });
  if (!granted) return false;
  if (!(await isAutoReader(pattern))) {
    await browser.scripting.registerContentScripts([
      { id: idFor(pattern), matches: [pattern], js: [AUTO_READER_FILE], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  return true;
}

export async function disableAutoReader(pattern: string): Promise<void> {
  if (await isAutoReader(pattern)) await browser.scripting.unregisterContentScripts({ ids: [idFor(pattern)] });
  // A permission the manifest requires cannot be removed; one the reader granted here can.
  await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
}

/** Permissions taken away (in the browser's settings, say): their sites' scripts go with them. */
export async function onOriginsRemoved(origins: readonly string[] | undefined): Promise<void> {
  const ids = (origins ?? []).map(idFor);
  const registered = await browser.scripting.getRegisteredContentScripts({ ids });
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: registered.map((script) => script.id) });
}

/** At start-up: scripts whose permission went while the browser was closed are dropped. */
export async function dropScriptsWithoutPermission(): Promise<void> {
  const scripts = (await browser.scripting.getRegisteredContentScripts()).filter((script) => script.id.startsWith(ID_PREFIX));
  const orphaned: string[] = [];
  for (const script of scripts) {
    if (!(await browser.permissions.contains({ origins: script.matches ?? [] }))) orphaned.push(script.id);
  }
  if (orphaned.length > 0) await browser.scripting.unregisterContentScripts({ ids: orphaned });
}
