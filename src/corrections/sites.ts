// Writing the reader's corrections (see site-data.ts for the data and the page agent's read):
// the popup, the settings and the reading view change them, through wxt's versioned storage item.

import { storage } from 'wxt/utils/storage';
import type { LocatorStep, Locator } from './locator';
import { SITES_KEY, SITES_VERSION, validateSites, type BlockRuleKind, type SiteCorrection, type SiteCorrections } from './site-data';

export { MAX_SITES, SITES_VERSION, validateSites, watchCorrection, type BlockRuleKind, type SiteCorrection, type SiteCorrections } from './site-data';

export const sitesItem = storage.defineItem<SiteCorrections>(`local:${SITES_KEY}`, {
  fallback: {},
  version: SITES_VERSION,
});

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
export function keepBlocks(host: string, shape: LocatorStep, now = Date.now()): Promise<void> {
  return addBlockRule(host, 'keep', shape, now);
}

/** "Always drop blocks like this" on the site. */
export function dropBlocks(host: string, shape: LocatorStep, now = Date.now()): Promise<void> {
  return addBlockRule(host, 'drop', shape, now);
}

const sameShape = (a: LocatorStep, b: LocatorStep) => a.tag === b.tag && a.id === b.id && a.classes.join(' ') === b.classes.join(' ');

/** A shape is kept or dropped, not both: the newer wish wins. */
async function addBlockRule(host: string, kind: BlockRuleKind, shape: LocatorStep, now: number): Promise<void> {
  const sites = await loadSites();
  const other: BlockRuleKind = kind === 'keep' ? 'drop' : 'keep';
  const site = sites[host];
  const rules = [...(site?.[kind] ?? []).filter((rule) => !sameShape(rule, shape)), shape];
  const others = (site?.[other] ?? []).filter((rule) => !sameShape(rule, shape));
  await sitesItem.setValue(validateSites({ ...sites, [host]: { ...site, [kind]: rules, [other]: others, savedAt: now } }));
}

/** Takes one keep or drop rule back; the site goes when nothing is left of it. */
export async function forgetBlockRule(host: string, kind: BlockRuleKind, shape: LocatorStep): Promise<void> {
  const sites = await loadSites();
  const site = sites[host];
  if (!site) return;
  const rules = (site[kind] ?? []).filter((rule) => !sameShape(rule, shape));
  await sitesItem.setValue(validateSites({ ...sites, [host]: { ...site, [kind]: rules } }));
}

export async function forgetSite(host: string): Promise<void> {
  const { [host]: _forgotten, ...others } = await loadSites();
  await sitesItem.setValue(others);
}
