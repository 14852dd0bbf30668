// The reader's corrections, per site (host): where the article is. Kept in extension storage with
// a version, read back validated (bad or oversized data never breaks reading), capped in number
// with the oldest site dropped first.

import { storage } from 'wxt/utils/storage';
import { isLocator, isLocatorStep, type Locator, type LocatorStep } from './locator';

export const SITES_VERSION = 1;
export const MAX_SITES = 100;
const MAX_HOST_LENGTH = 253;

export interface SiteCorrection {
  /** Where the article is on this site's pages. */
  root?: Locator;
  /** Shapes of blocks the reader put back and asked to keep ("always keep blocks like this"). */
  keep?: LocatorStep[];
  savedAt: number;
}

const MAX_KEEP = 20;

export type SiteCorrections = Record<string, SiteCorrection>;

export const sitesItem = storage.defineItem<SiteCorrections>('local:sites', {
  fallback: {},
  version: SITES_VERSION,
});

export function validateSites(raw: unknown): SiteCorrections {
  if (!raw || typeof raw !== 'object') return {};
  const valid: Array<[string, SiteCorrection]> = [];
  for (const [host, value] of Object.entries(raw as Record<string, unknown>)) {
    if (host.length === 0 || host.length > MAX_HOST_LENGTH || !/^[\w.-]+$/.test(host) || !value || typeof value !== 'object') continue;
    const { root, keep, savedAt } = value as Record<string, unknown>;
    const keptShapes = Array.isArray(keep) ? keep.filter(isLocatorStep).slice(-MAX_KEEP) : [];
    if (typeof savedAt !== 'number' || !Number.isFinite(savedAt) || (!isLocator(root) && keptShapes.length === 0)) continue;
    valid.push([host, { ...(isLocator(root) ? { root } : {}), ...(keptShapes.length ? { keep: keptShapes } : {}), savedAt }]);
  }
  valid.sort((a, b) => a[1].savedAt - b[1].savedAt);
  return Object.fromEntries(valid.slice(-MAX_SITES));
}

export async function loadSites(): Promise<SiteCorrections> {
  try {
    return validateSites(await sitesItem.getValue());
  } catch {
    return {};
  }
}

export async function correctionFor(host: string | null): Promise<SiteCorrection | null> {
  if (!host) return null;
  return (await loadSites())[host] ?? null;
}

export async function saveCorrection(host: string, root: Locator, now = Date.now()): Promise<void> {
  const sites = await loadSites();
  await sitesItem.setValue(validateSites({ ...sites, [host]: { ...sites[host], root, savedAt: now } }));
}

/** "Always keep blocks like this" on the site. */
export async function keepBlocks(host: string, shape: LocatorStep, now = Date.now()): Promise<void> {
  const sites = await loadSites();
  const keep = [...(sites[host]?.keep ?? []).filter((kept) => JSON.stringify(kept) !== JSON.stringify(shape)), shape];
  await sitesItem.setValue(validateSites({ ...sites, [host]: { ...sites[host], keep, savedAt: now } }));
}

export async function forgetSite(host: string): Promise<void> {
  const { [host]: _forgotten, ...others } = await loadSites();
  await sitesItem.setValue(others);
}
