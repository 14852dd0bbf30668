#!/usr/bin/env node
// The package's command: the bundled CLI (npm run build:cli writes it; npm pack and npm ci run it).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';

const bundle = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(bundle)) {
  console.error('clean-reader: dist/cli.mjs is missing: run `npm run build:cli` in the package folder.');
  process.exit(2);
}

// A batch read on several threads keeps every core busy with a worker; V8's parallel garbage
// collection would add its helper threads on the same cores. One collector thread per worker
// reads the 121 Scrapinghub pages on 2 cores in 6.9 s instead of 8.6 s. The flag is V8's, set
// when the process starts, so such a batch starts the process once more with it.
const GC_FLAG = '--single-threaded-gc';
if (isThreadedBatch(process.argv.slice(2)) && !process.execArgv.includes(GC_FLAG)) {
  const child = spawnSync(process.execPath, [...process.execArgv, GC_FLAG, ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exit(child.status ?? 2);
}
await import(bundle.href);

/** Two inputs or more, on more than one thread (the CLI parses and checks the arguments itself). */
function isThreadedBatch(argv) {
  const withValue = new Set(['--format', '--url', '--disable', '--jobs']);
  let inputs = 0;
  let jobs = availableParallelism();
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].startsWith('--') && argv[i].includes('=') ? argv[i].split(/=(.*)/s) : [argv[i], undefined];
    if (flag === '-') return false;
    if (withValue.has(flag)) {
      const value = inline ?? argv[++i];
      if (flag === '--jobs') jobs = Number(value);
    } else if (!flag.startsWith('-')) inputs++;
  }
  return inputs > 1 && jobs > 1;
}
