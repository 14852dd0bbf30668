// Every message between the popup, the background and the page agent, in one map:
// message name -> request and response types. Senders and handlers are typed from it, and
// messages arriving from elsewhere are validated against it before anything reads them.

import type { Article, ExtractFailure, Removal } from '../extract/types';

export type ExtractResponse =
  | { ok: true; article: Article; /** The reader's choice for this site placed the article. */ corrected?: boolean }
  | { ok: false; error: ExtractFailure | 'failed'; bestGuess?: Article };

export type ReaderModeAction = 'toggle' | 'open' | 'close' | 'status';

export interface ReaderModeResponse {
  open: boolean;
  error?: ExtractFailure | 'failed';
}

export interface ProtocolMap {
  /** Is the agent already in this page? */
  ping: { request: Record<string, never>; response: 'pong' };
  /** Extract the article of this page (`force`: Readability's best guess even if it is no article). */
  extract: { request: { force?: boolean }; response: ExtractResponse };
  /** What the last extraction removed, for the reader who opens that list. */
  removals: { request: Record<string, never>; response: Removal[] };
  /** Reader mode on the page itself. */
  readerMode: { request: { action: ReaderModeAction; force?: boolean }; response: ReaderModeResponse };
  /** Let the reader point at the article on the page; it opens in reader mode and is remembered for the site. */
  pick: { request: Record<string, never>; response: { started: boolean } };
}

export type MessageName = keyof ProtocolMap;
export type RequestOf<K extends MessageName> = ProtocolMap[K]['request'];
export type ResponseOf<K extends MessageName> = ProtocolMap[K]['response'];

export interface Envelope<K extends MessageName = MessageName> {
  type: K;
  payload: RequestOf<K>;
}

const ACTIONS: ReadonlySet<string> = new Set<ReaderModeAction>(['toggle', 'open', 'close', 'status']);

const PAYLOAD_CHECKS: { [K in MessageName]: (payload: Record<string, unknown>) => boolean } = {
  ping: () => true,
  extract: (p) => p.force === undefined || typeof p.force === 'boolean',
  removals: () => true,
  readerMode: (p) => typeof p.action === 'string' && ACTIONS.has(p.action) && (p.force === undefined || typeof p.force === 'boolean'),
  pick: () => true,
};

/** Messages come from other contexts as unknown values: only well-formed envelopes pass. */
export function isEnvelope(value: unknown): value is Envelope {
  if (!value || typeof value !== 'object') return false;
  const { type, payload } = value as Record<string, unknown>;
  if (typeof type !== 'string' || !Object.hasOwn(PAYLOAD_CHECKS, type)) return false;
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) return false;
  return PAYLOAD_CHECKS[type as MessageName](payload as Record<string, unknown>);
}

export function envelope<K extends MessageName>(type: K, payload: RequestOf<K>): Envelope<K> {
  return { type, payload };
}

export type Handlers = { [K in MessageName]?: (payload: RequestOf<K>) => ResponseOf<K> | Promise<ResponseOf<K>> };

/** Routes a validated envelope to its handler; undefined when this context does not handle it. */
export function dispatch(handlers: Handlers, message: Envelope): Promise<unknown> | undefined {
  const handler = handlers[message.type] as ((payload: unknown) => unknown) | undefined;
  return handler ? Promise.resolve(handler(message.payload)) : undefined;
}

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * Only our own extension's pages may talk to the page agent: the popup (which Firefox reports
 * with `sender.tab` when it is open in a tab, Chrome without), the background, an options page.
 * Our content script in another tab and every other extension are refused; web pages have no
 * runtime to send with at all.
 */
export function isOwnExtensionPage(sender: SenderInfo, runtimeId: string, extensionOrigin: string): boolean {
  if (sender.id !== runtimeId) return false;
  if (typeof sender.url === 'string') return sender.url.startsWith(extensionOrigin);
  // A background service worker may come without a URL; then it is never a tab.
  return sender.tab === undefined;
}

/** Responses are checked like requests: a missing or malformed answer is an error the popup names. */
export function isExtractResponse(value: unknown): value is ExtractResponse {
  if (!value || typeof value !== 'object') return false;
  const response = value as Record<string, unknown>;
  if (response.ok === true) {
    const article = response.article as Record<string, unknown> | undefined;
    return !!article && typeof article === 'object' && typeof article.html === 'string' && typeof article.title === 'string' && typeof article.text === 'string';
  }
  return response.ok === false && typeof response.error === 'string';
}

/** The removed-blocks list as the popup may read it: a list of removals, each with its stage, reason and text. */
export function isRemovalList(value: unknown): value is Removal[] {
  return Array.isArray(value) && value.every((item) => {
    if (!item || typeof item !== 'object') return false;
    const { stage, reason, text } = item as Record<string, unknown>;
    return typeof stage === 'string' && typeof reason === 'string' && typeof text === 'string';
  });
}
