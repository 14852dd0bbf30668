// clean-reader CLI: the extraction pipeline over HTML files.
// Exit codes: 0 every file gave an article; 3 some page is not an article (or too large);
// 2 bad usage or a file that could not be read as HTML.

import { readFile } from 'node:fs/promises';
import { parseArgs, usage, type CliArgs } from './args';
import { notHtmlReason, parseDocument } from './parse';
import { decodeHtml } from './decode';
import { formatArticle } from './format';
import { extract } from '../extract/pipeline';

/** Real article pages, scripts and all, stay well under this. */
const MAX_HTML_BYTES = 5_000_000;

async function readInput(file: string): Promise<Uint8Array> {
  if (file !== '-') return new Uint8Array(await readFile(file));
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

async function processFile(file: string, args: CliArgs, batch: boolean): Promise<0 | 2 | 3> {
  let bytes: Uint8Array;
  try {
    bytes = await readInput(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(`clean-reader: ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (error as Error).message}`);
    return 2;
  }
  if (bytes.length > MAX_HTML_BYTES) {
    // Parsing alone would take seconds; the answer is the same as for a page too large to read.
    if (args.format === 'json') print({ ...(batch || file ? { file } : {}), error: 'too-large' }, batch);
    else console.error(`clean-reader: ${file}: page too large (${(bytes.length / 1e6).toFixed(1)} MB)`);
    return 3;
  }
  const refusal = notHtmlReason(bytes);
  if (refusal) {
    console.error(`clean-reader: ${file}: ${refusal}`);
    return 2;
  }
  let result;
  try {
    result = extract(parseDocument(decodeHtml(bytes)), { url: args.url, debug: args.debug, disable: args.disable, force: args.force });
  } catch (error) {
    console.error(`clean-reader: ${file}: could not be parsed (${(error as Error).message})`);
    return 2;
  }
  if (!result.ok) {
    if (args.format === 'json') print({ ...(batch || file ? { file } : {}), error: result.error }, batch);
    else console.error(`clean-reader: ${file}: ${result.error === 'too-large' ? 'page too large' : 'no article found'}`);
    return 3;
  }
  const output = await formatArticle(result.article, args.format);
  if (typeof output === 'string') process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
  else print(batch ? { file, ...output } : output, batch);
  return 0;
}

function print(value: object, batch: boolean): void {
  process.stdout.write(`${batch ? JSON.stringify(value) : JSON.stringify(value, null, 2)}\n`);
}

async function main(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if ('error' in parsed) {
    console.error(`clean-reader: ${parsed.error}\n${usage}`);
    return 2;
  }
  if (parsed.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  let worst: 0 | 2 | 3 = 0;
  for (const file of parsed.files) {
    const code = await processFile(file, parsed, parsed.files.length > 1);
    if (code === 2 || (code === 3 && worst === 0)) worst = code;
  }
  return worst;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`clean-reader: ${(error as Error).stack ?? String(error)}`);
    process.exit(2);
  },
);
