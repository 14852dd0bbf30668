// The page agent and the reading view are two scripts injected into the same isolated world (the
// view only when reader mode opens); the view hands its entry point over here. Pages never see
// this world's globals.

import type { Overlay, OverlayOptions } from './overlay';

export type OpenOverlay = (doc: Document, options: OverlayOptions) => Promise<Overlay>;

const KEY = Symbol.for('clean-reader.overlay');

export function registerOverlay(open: OpenOverlay): void {
  (globalThis as Record<symbol, unknown>)[KEY] = open;
}

export function registeredOverlay(): OpenOverlay | null {
  return ((globalThis as Record<symbol, unknown>)[KEY] as OpenOverlay | undefined) ?? null;
}
