// Batch throughput of the built command-line tool: the same pages read with one worker and with
// every core, as a user scripting it would run it (start-up included), pages per second each.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface BatchFigure {
  jobs: number;
  pages: number;
  seconds: number;
  pagesPerSecond: number;
}

/** Reads every page in `htmlDir` with `--jobs 1` and `--jobs <cores>` (at least 2). */
export function batchThroughput(htmlDir: string): BatchFigure[] {
  if (!existsSync(join(ROOT, 'dist', 'cli.mjs'))) execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], { stdio: 'inherit' });
  const files = readdirSync(htmlDir).filter((name) => /\.html?(?:\.gz)?$/.test(name)).sort().map((name) => join(htmlDir, name));
  const figures: BatchFigure[] = [];
  for (const jobs of [1, Math.max(2, availableParallelism())]) {
    const start = performance.now();
    const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'clean-reader.mjs'), '--format', 'text', '--jobs', String(jobs), ...files], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const seconds = (performance.now() - start) / 1000;
    // 3 is "a page was not an article": the batch still read every page.
    if (run.status !== 0 && run.status !== 3) throw new Error(`clean-reader --jobs ${jobs} failed (${run.status}): ${run.stderr}`);
    figures.push({ jobs, pages: files.length, seconds, pagesPerSecond: files.length / seconds });
  }
  return figures;
}
