// Where a page's bytes come from: a file, standard input, or an http(s) address the user named.
// Fetching is the CLI's alone; the extension never makes a request of its own.

import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';

/** Real article pages, scripts and all, stay well under this. */
export const MAX_HTML_BYTES = 5_000_000;
const FETCH_TIMEOUT_MS = 20_000;

export interface Source {
  bytes: Uint8Array;
  /** The charset the server's Content-Type named. */
  charset?: string | null;
  /** The address the page came from, after redirects. */
  url?: string;
}

export class InputError extends Error {}
export class TooLargeError extends Error {}

export const isUrl = (input: string) => /^https?:\/\//i.test(input);

export async function readSource(input: string): Promise<Source> {
  if (isUrl(input)) return fetchPage(input);
  if (input === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return { bytes: new Uint8Array(Buffer.concat(chunks)) };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(input));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const hint = /^[a-z][a-z+.-]*:\/\//i.test(input) ? ' (only http and https addresses are fetched)' : '';
    throw new InputError(code === 'ENOENT' ? `no such file${hint}` : code === 'EISDIR' ? 'is a directory' : (error as Error).message);
  }
  return { bytes: isGzip(bytes) ? gunzipCapped(bytes) : bytes };
}

/** Saved pages are often kept gzipped (`page.html.gz`): read them as they are. */
const isGzip = (bytes: Uint8Array) => bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

function gunzipCapped(bytes: Uint8Array): Uint8Array {
  try {
    // The cap holds for what the file unpacks to, so a small bomb stops at it.
    return new Uint8Array(gunzipSync(bytes, { maxOutputLength: MAX_HTML_BYTES + 1 }));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) throw new TooLargeError();
    throw new InputError('a gzip file that could not be unpacked');
  }
}

async function fetchPage(address: string): Promise<Source> {
  let response: Response;
  try {
    response = await fetch(address, {
      redirect: 'follow',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' },
    });
  } catch (error) {
    const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${FETCH_TIMEOUT_MS / 1000} s` : describeFetchError(error);
    throw new InputError(`could not fetch: ${reason}`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new InputError(`could not fetch: the server answered ${response.status} ${response.statusText}`.trim());
  }
  const type = response.headers.get('content-type') ?? '';
  if (type && !/html|xml|text\/plain/i.test(type)) {
    await response.body?.cancel();
    throw new InputError(`not an HTML page (${type.split(';')[0]})`);
  }
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_HTML_BYTES) {
    await response.body?.cancel();
    throw new TooLargeError();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  // Read no further than the cap: a page that lies about its length or streams forever stops here.
  for await (const chunk of response.body ?? []) {
    size += chunk.byteLength;
    if (size > MAX_HTML_BYTES) throw new TooLargeError();
    chunks.push(chunk);
  }
  return { bytes: new Uint8Array(Buffer.concat(chunks)), charset: /charset\s*=\s*"?([\w.:-]+)/i.exec(type)?.[1] ?? null, url: response.url || address };
}

function describeFetchError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code === 'ENOTFOUND') return 'no such host';
  if (cause?.code === 'ECONNREFUSED') return 'connection refused';
  return cause?.message ?? (error as Error).message;
}
