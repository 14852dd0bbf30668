// Bundles the command-line tool to one plain JavaScript file (dist/cli.mjs), so that running it
// compiles no TypeScript and resolves no module tree at start-up. jsdom stays a dependency
// loaded only when HTML is rendered (its files and workers can't be bundled).
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
  minify: true,
  legalComments: 'linked',
  logLevel: 'warning',
});
