// Where the reader stopped in each article, so that reader mode opens there next time. Kept on
// this device only (local storage), for the last MAX_POSITIONS articles; read back validated, so
// a corrupt or oversized store never breaks reader mode.

import { storage } from 'wxt/utils/storage';

export const MAX_POSITIONS = 200;
const MAX_URL_LENGTH = 2048;

export interface ReadingPosition {
  /** How far down the article, from 0 (top) to 1 (end): survives a change of text size. */
  at: number;
  /** When it was saved (ms since the epoch): the oldest go first. */
  savedAt: number;
}

export type Positions = Record<string, ReadingPosition>;

export const positionsItem = storage.defineItem<Positions>('local:positions', {
  fallback: {},
  version: 1,
});

export function validatePositions(raw: unknown): Positions {
  if (!raw || typeof raw !== 'object') return {};
  const valid = Object.entries(raw as Record<string, unknown>).filter(
    (entry): entry is [string, ReadingPosition] => {
      const [url, value] = entry;
      if (url.length === 0 || url.length > MAX_URL_LENGTH || !value || typeof value !== 'object') return false;
      const { at, savedAt } = value as Record<string, unknown>;
      return typeof at === 'number' && at >= 0 && at <= 1 && typeof savedAt === 'number' && Number.isFinite(savedAt);
    },
  );
  valid.sort((a, b) => a[1].savedAt - b[1].savedAt);
  return Object.fromEntries(valid.slice(-MAX_POSITIONS).map(([url, { at, savedAt }]) => [url, { at, savedAt }]));
}

/** The article's address without its fragment: a link to a heading is the same article. */
export function articleKey(url: string): string {
  const hash = url.indexOf('#');
  return (hash < 0 ? url : url.slice(0, hash)).slice(0, MAX_URL_LENGTH);
}

export function withPosition(positions: Positions, url: string, at: number, now: number): Positions {
  const key = articleKey(url);
  const { [key]: _previous, ...others } = positions;
  // Near the top is no position worth keeping; at the end, the article is done.
  if (at < 0.02 || at > 0.98) return others;
  return validatePositions({ ...others, [key]: { at: Math.min(1, Math.max(0, at)), savedAt: now } });
}

export async function loadPosition(url: string): Promise<number | null> {
  try {
    return validatePositions(await positionsItem.getValue())[articleKey(url)]?.at ?? null;
  } catch {
    return null;
  }
}

export async function savePosition(url: string, at: number): Promise<void> {
  try {
    await positionsItem.setValue(withPosition(validatePositions(await positionsItem.getValue()), url, at, Date.now()));
  } catch {
    // A full or unavailable store costs only the convenience of coming back to the same place.
  }
}
