// Saving the reader's corrections comes with the reading view and the picker, injected beside the
// page agent when they open (see overlay/registry.ts for why a handover through the isolated
// world's globals): the storage library it needs stays out of the agent every extraction injects.

import type { dropBlocks, forgetSite, keepBlocks, saveCorrection } from './sites';

export interface SiteWrites {
  saveCorrection: typeof saveCorrection;
  keepBlocks: typeof keepBlocks;
  dropBlocks: typeof dropBlocks;
  forgetSite: typeof forgetSite;
}

const KEY = Symbol.for('clean-reader.site-writes');

export function registerSiteWrites(writes: SiteWrites): void {
  (globalThis as Record<symbol, unknown>)[KEY] = writes;
}

export function registeredSiteWrites(): SiteWrites | null {
  return ((globalThis as Record<symbol, unknown>)[KEY] as SiteWrites | undefined) ?? null;
}
