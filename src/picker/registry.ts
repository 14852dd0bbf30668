// The picker is injected on demand beside the page agent (see overlay/registry.ts for why a
// handover through the isolated world's globals).

import type { startPicker } from './picker';

const KEY = Symbol.for('clean-reader.picker');

export function registerPicker(start: typeof startPicker): void {
  (globalThis as Record<symbol, unknown>)[KEY] = start;
}

export function registeredPicker(): typeof startPicker | null {
  return ((globalThis as Record<symbol, unknown>)[KEY] as typeof startPicker | undefined) ?? null;
}
