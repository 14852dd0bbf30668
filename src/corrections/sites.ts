// The reader's corrections, per site (host): where the article is, and blocks to keep or drop. Kept in extension storage with
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
  /** Shapes of blocks the reader removed and asked to drop ("always drop blocks like this"). */
  drop?: LocatorStep[];
  savedAt: number;
}

export type BlockRuleKind = 'keep' | 'drop';
/** Rules of each kind per site; the oldest goes first. */
const MAX_RULES = 20;

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

/**
 * One site's correction, read once and kept current as it changes: the page agent asks before
 * every extraction, and a storage round trip is a good part of what the popup waits for.
 */
export function watchCorrection(host: string | null): () => Promise<SiteCorrection | null> {
  if (!host) return () => Promise.resolve(null);
  let current = correctionFor(host);
  sitesItem.watch((value) => {
    current = Promise.resolve(validateSites(value)[host] ?? null);
  });
  return () => current;
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
