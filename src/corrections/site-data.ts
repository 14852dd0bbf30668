// The reader's corrections, per site (host): where the article is, and blocks to keep or drop. Kept in extension storage with
// a version, read back validated (bad or oversized data never breaks reading), capped in number
// with the oldest site dropped first. This file is the data and the page agent's read of it, with
// the browser's storage API alone: the agent is injected into every page read, and the storage
// library (in sites.ts, with the writes the reading view and popup make) stays out of it.

import { browser } from 'wxt/browser';
import { isLocator, isLocatorStep, type Locator, type LocatorStep } from './locator';

/** The key in extension storage's local area (`local:sites` to wxt's storage). */
export const SITES_KEY = 'sites';
export const SITES_VERSION = 1;
export const MAX_SITES = 100;
const MAX_HOST_LENGTH = 253;

export interface SiteCorrection {
  /** Where the article is on this site's pages. */
  root?: Locator;
  /** Shapes of blocks the reader put back and asked to keep ("always keep blocks like this"). */
  keep?: LocatorStep[];
  /** Shapes of blocks the reader removed and asked to drop ("always drop blocks like this"). */
  drop?: LocatorStep[];
  savedAt: number;
}

export type BlockRuleKind = 'keep' | 'drop';
/** Rules of each kind per site; the oldest goes first. */
const MAX_RULES = 20;

export type SiteCorrections = Record<string, SiteCorrection>;

export function validateSites(raw: unknown): SiteCorrections {
  if (!raw || typeof raw !== 'object') return {};
  const valid: Array<[string, SiteCorrection]> = [];
  for (const [host, value] of Object.entries(raw as Record<string, unknown>)) {
    if (host.length === 0 || host.length > MAX_HOST_LENGTH || !/^[\w.-]+$/.test(host) || !value || typeof value !== 'object') continue;
    const { root, keep, drop, savedAt } = value as Record<string, unknown>;
    const keptShapes = validShapes(keep);
    const droppedShapes = validShapes(drop);
    if (typeof savedAt !== 'number' || !Number.isFinite(savedAt) || (!isLocator(root) && keptShapes.length === 0 && droppedShapes.length === 0)) continue;
    valid.push([
      host,
      {
        ...(isLocator(root) ? { root } : {}),
        ...(keptShapes.length ? { keep: keptShapes } : {}),
        ...(droppedShapes.length ? { drop: droppedShapes } : {}),
        savedAt,
      },
    ]);
  }
  valid.sort((a, b) => a[1].savedAt - b[1].savedAt);
  return Object.fromEntries(valid.slice(-MAX_SITES));
}

function validShapes(raw: unknown): LocatorStep[] {
  return Array.isArray(raw) ? raw.filter(isLocatorStep).slice(-MAX_RULES) : [];
}

/**
 * One site's correction, read once and kept current as it changes: the page agent asks before
 * every extraction, and a storage round trip is a good part of what the popup waits for.
 */
export function watchCorrection(host: string | null): () => Promise<SiteCorrection | null> {
  if (!host) return () => Promise.resolve(null);
  const pick = (value: unknown) => validateSites(value)[host] ?? null;
  let current = browser.storage.local.get(SITES_KEY).then((stored) => pick(stored[SITES_KEY]), () => null);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[SITES_KEY]) current = Promise.resolve(pick(changes[SITES_KEY].newValue));
  });
  return () => current;
}
