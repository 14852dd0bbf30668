// Writes (or rewrites) a fixture's expected output from what the pipeline gives today:
//   npm run fixture -- NAME [--url URL]
// test/fixtures/NAME/source.html must exist. Read the diff before committing: the expected files
// are the specification, this only saves typing them. Hand-written fields (mustNotContain, url)
// are kept.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/extract/pipeline';
import { parseDocument } from '../src/cli/parse';

const [name] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
if (!name) {
  console.error('usage: npm run fixture -- NAME [--url URL]');
  process.exit(2);
}
const dir = join('test', 'fixtures', name);
const source = join(dir, 'source.html');
if (!existsSync(source)) {
  console.error(`${source} not found: write the page first`);
  process.exit(2);
}
const metadataPath = join(dir, 'expected-metadata.json');
const previous = existsSync(metadataPath) ? (JSON.parse(readFileSync(metadataPath, 'utf8')) as Record<string, unknown>) : {};
const urlFlag = process.argv.indexOf('--url');
const url = urlFlag > 0 ? process.argv[urlFlag + 1] : (previous.url as string | undefined);

const result = extract(parseDocument(readFileSync(source, 'utf8')), { url });
const kept = { ...(url ? { url } : {}), ...(previous.mustNotContain ? { mustNotContain: previous.mustNotContain } : {}) };
if (!result.ok) {
  writeFileSync(metadataPath, `${JSON.stringify({ ...kept, error: result.error }, null, 2)}\n`);
  console.log(`${name}: ${result.error}`);
} else {
  const { title, byline, siteName, lang, dir: direction, publishedTime, leadImage, removed, text } = result.article;
  const metadata = { ...kept, title, byline, siteName, lang, dir: direction, publishedTime, leadImage, removedReasons: Object.keys(removed).sort() };
  writeFileSync(metadataPath, `${JSON.stringify(metadata, null, 2)}\n`);
  writeFileSync(join(dir, 'expected.txt'), `${text}\n`);
  console.log(`${name}: ${text.length} characters, removed ${JSON.stringify(removed)}`);
}
