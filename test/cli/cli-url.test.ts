// clean-reader https://…: the page the user named is fetched, tested against a server on 127.0.0.1.

import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROSE } from '../helpers';

const ROOT = join(import.meta.dirname, '..', '..');
const page = (title: string) => `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${PROSE[0]}</p><p>The <a href="/minutes">minutes of the meeting</a> are published in full on the council's site.</p><p>${PROSE[1]}</p><p>${PROSE[2]}</p></article></body></html>`;
const russian = `<html><head><title>Новости</title></head><body><article><h1>Новости</h1>${'<p>Губернатор области провёл совещание с главами муниципалитетов и обсудил ремонт дорог.</p>'.repeat(4)}</article></body></html>`;

let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    switch (request.url) {
      case '/article': return void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page('Budget night'));
      case '/moved': return void response.writeHead(301, { location: '/article' }).end();
      case '/cp1251': return void response.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' }).end(iconv.encode(russian, 'windows-1251'));
      case '/image': return void response.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.alloc(10));
      case '/huge': {
        response.writeHead(200, { 'content-type': 'text/html' });
        // A page that streams more than the cap, without saying its length.
        const chunk = Buffer.alloc(1_000_000, 'a');
        for (let i = 0; i < 6; i++) response.write(chunk);
        return void response.end();
      }
      default: return void response.writeHead(404, { 'content-type': 'text/html' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(() => server?.close());

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/clean-reader.mjs'), ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (data: Buffer) => (stdout += data.toString()));
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('clean-reader URL', () => {
  it('fetches the page, follows redirects and resolves links against the final address', async () => {
    const { code, stdout } = await cli(['--format', 'markdown', `${origin}/moved`]);
    expect(code).toBe(0);
    expect(stdout).toContain('# Budget night');
    expect(stdout).toContain(`[minutes of the meeting](${origin}/minutes)`);
  });

  it('decodes the bytes with the charset the server names', async () => {
    const { code, stdout } = await cli(['--format', 'text', `${origin}/cp1251`]);
    expect(code).toBe(0);
    expect(stdout).toContain('Губернатор области провёл совещание');
  });

  it('says in one line why a page could not be read, and the batch goes on', async () => {
    const { code, stdout, stderr } = await cli(['--format', 'json', `${origin}/missing`, `${origin}/image`, `${origin}/huge`, `${origin}/article`]);
    expect(stderr).toContain(`${origin}/missing: could not fetch: the server answered 404`);
    expect(stderr).toContain(`${origin}/image: not an HTML page (image/png)`);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines[0]).toEqual({ file: `${origin}/huge`, error: 'too-large' });
    expect(lines[1]).toMatchObject({ file: `${origin}/article`, title: 'Budget night' });
    expect(code).toBe(2);
  });

  it('names a host that does not answer', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const address = closed.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const { code, stderr } = await cli([`http://127.0.0.1:${port}/`]);
    expect(code).toBe(2);
    expect(stderr).toContain('could not fetch: connection refused');
  });
});
