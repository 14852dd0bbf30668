#!/usr/bin/env node
// The package's command: the bundled CLI (npm run build:cli writes it; npm pack and npm ci run it).
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(bundle)) {
  console.error('clean-reader: dist/cli.mjs is missing: run `npm run build:cli` in the package folder.');
  process.exit(2);
}
await import(bundle.href);
