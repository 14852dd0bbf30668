// One input, start to end: its bytes, the article, the output. Returns what to print instead of
// printing it, so that worker threads can read a batch and the main thread prints it in order.

import { formatArticle } from './format';
import { InputError, MAX_HTML_BYTES, readSource, TooLargeError, type Source } from './input';
import { notHtmlReason, parseDocument } from './parse';
import { decodeHtml } from './decode';
import { extract } from '../extract/pipeline';
import type { CliArgs } from './args';

export interface InputOutcome {
  code: 0 | 2 | 3;
  stdout?: string;
  stderr?: string;
}

export type RunOptions = Pick<CliArgs, 'format' | 'url' | 'debug' | 'force' | 'disable'>;

export async function runInput(input: string, args: RunOptions, batch: boolean): Promise<InputOutcome> {
  const json = (value: object) => `${batch ? JSON.stringify(value) : JSON.stringify(value, null, 2)}\n`;
  const failure = (error: 'no-article' | 'too-large', message: string): InputOutcome =>
    args.format === 'json' ? { code: 3, stdout: json({ file: input, error }) } : { code: 3, stderr: `clean-reader: ${input}: ${message}\n` };

  let source: Source;
  try {
    source = await readSource(input);
  } catch (error) {
    if (error instanceof TooLargeError) return failure('too-large', 'page too large');
    if (error instanceof InputError) return { code: 2, stderr: `clean-reader: ${input}: ${error.message}\n` };
    throw error;
  }
  // Parsing alone would take seconds; the answer is the same as for a page too large to read.
  if (source.bytes.length > MAX_HTML_BYTES) return failure('too-large', `page too large (${(source.bytes.length / 1e6).toFixed(1)} MB)`);
  const refusal = notHtmlReason(source.bytes);
  if (refusal) return { code: 2, stderr: `clean-reader: ${input}: ${refusal}\n` };
  let result;
  try {
    const doc = parseDocument(decodeHtml(source.bytes, source.charset));
    result = extract(doc, { url: args.url ?? source.url, debug: args.debug, disable: args.disable, force: args.force });
  } catch (error) {
    return { code: 2, stderr: `clean-reader: ${input}: could not be parsed (${(error as Error).message})\n` };
  }
  if (!result.ok) return failure(result.error, result.error === 'too-large' ? 'page too large' : 'no article found');
  const output = await formatArticle(result.article, args.format);
  if (typeof output === 'string') return { code: 0, stdout: output.endsWith('\n') ? output : `${output}\n` };
  return { code: 0, stdout: json(batch ? { file: input, ...output } : output) };
}
