// The reading view is injected beside the page agent only when reader mode opens (see handover.ts).

import type { Overlay, OverlayOptions } from './overlay';
import { handover } from '../handover';

export type OpenOverlay = (doc: Document, options: OverlayOptions) => Promise<Overlay>;

const slot = handover<OpenOverlay>('overlay');
export const registerOverlay = (open: OpenOverlay): void => slot.put(open);
export const registeredOverlay = (): OpenOverlay | null => slot.take();
