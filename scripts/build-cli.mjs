// Bundles the command-line tool to one plain JavaScript file (dist/cli.mjs), so that running it
// compiles no TypeScript and resolves no module tree at start-up. jsdom stays a dependency
// loaded only when HTML is rendered (its files and workers can't be bundled).
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { READABILITY_FILE, readabilityWithoutUnusedParts } from '../build/readability-parts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

await build({
  entryPoints: [join(root, 'src/cli/main.ts')],
  outfile: join(root, 'dist/cli.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['jsdom', 'canvas'],
  // Bundled CommonJS modules ask for `require`; give the ES module one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  // The same Readability as the page agent's (see build/readability-parts.mjs).
  plugins: [
    {
      name: 'readability-without-unused-parts',
      setup(bundler) {
        bundler.onLoad({ filter: READABILITY_FILE }, async ({ path }) => ({ contents: readabilityWithoutUnusedParts(await readFile(path, 'utf8')), loader: 'js' }));
      },
    },
  ],
  minify: true,
  legalComments: 'linked',
  logLevel: 'warning',
});
