// Saving the reader's corrections comes with the reading view and the picker, injected beside the
// page agent when they open (see handover.ts): the storage library it needs, and the reading of a
// page's element into the shape that is saved, stay out of the agent every extraction injects.

import type { dropBlocks, forgetSite, keepBlocks, saveCorrection } from './sites';
import type { describeElement, shapeOfPageBlock } from './locator';
import { handover } from '../handover';

export interface SiteWrites {
  saveCorrection: typeof saveCorrection;
  keepBlocks: typeof keepBlocks;
  dropBlocks: typeof dropBlocks;
  forgetSite: typeof forgetSite;
  describeElement: typeof describeElement;
  shapeOfPageBlock: typeof shapeOfPageBlock;
}

const slot = handover<SiteWrites>('site-writes');
export const registerSiteWrites = (writes: SiteWrites): void => slot.put(writes);
export const registeredSiteWrites = (): SiteWrites | null => slot.take();
