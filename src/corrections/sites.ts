// The reader's corrections, per site (host): where the article is. Kept in extension storage with
// a version, read back validated (bad or oversized data never breaks reading), capped in number
// with the oldest site dropped first.

import { storage } from 'wxt/utils/storage';
import { isLocator, type Locator } from './locator';

export const SITES_VERSION = 1;
export const MAX_SITES = 100;
const MAX_HOST_LENGTH = 253;

export interface SiteCorrection {
  /** Where the article is on this site's pages. */
  root: Locator;
  savedAt: number;
}

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
    const { root, savedAt } = value as Record<string, unknown>;
    if (isLocator(root) && typeof savedAt === 'number' && Number.isFinite(savedAt)) valid.push([host, { root, savedAt }]);
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
  await sitesItem.setValue(validateSites({ ...sites, [host]: { root, savedAt: now } }));
}

export async function forgetSite(host: string): Promise<void> {
  const { [host]: _forgotten, ...others } = await loadSites();
  await sitesItem.setValue(others);
}
