// Every message between the popup, the background and the page agent, in one map:
// message name -> request and response types. Senders and handlers are typed from it.

import type { ExtractFailure, ExtractOptions, Article } from '../extract/types';

export type ExtractResponse =
  | { ok: true; article: Article }
  | { ok: false; error: ExtractFailure | 'failed'; bestGuess?: Article };

export interface ProtocolMap {
  /** Popup/background -> page agent: extract the article of this page. */
  extract: { request: Pick<ExtractOptions, 'force'>; response: ExtractResponse };
  /** Anyone -> page agent: is the agent already in this page? */
  ping: { request: Record<string, never>; response: 'pong' };
}

export type MessageName = keyof ProtocolMap;

export interface Envelope<K extends MessageName = MessageName> {
  type: K;
  payload: ProtocolMap[K]['request'];
}

const NAMES: ReadonlySet<string> = new Set<MessageName>(['extract', 'ping']);

/** Messages come from other contexts as unknown values: only well-formed envelopes pass. */
export function isEnvelope(value: unknown): value is Envelope {
  if (!value || typeof value !== 'object') return false;
  const { type, payload } = value as Record<string, unknown>;
  return typeof type === 'string' && NAMES.has(type) && !!payload && typeof payload === 'object';
}

export function envelope<K extends MessageName>(type: K, payload: ProtocolMap[K]['request']): Envelope<K> {
  return { type, payload };
}
