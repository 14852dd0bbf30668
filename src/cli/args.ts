import { STAGES } from '../extract/pipeline';

const STAGE_NAMES = STAGES.map((stage) => stage.name);

export type OutputFormat = 'json' | 'html' | 'text' | 'markdown';

export interface CliArgs {
  files: string[];
  format: OutputFormat;
  url?: string;
  debug: boolean;
  force: boolean;
  disable: string[];
  /** Worker threads for a batch; 1 reads the files in this thread. */
  jobs: number;
  help: boolean;
}

export const usage = `usage: clean-reader [options] FILE|URL...   (- reads standard input)`;

export function helpText(defaultJobs: number): string {
  return `${usage}

Reads each page with Clean Reader's extraction pipeline (Mozilla Readability with cleaning
before and after it) and prints the article.

Inputs
  FILE          a saved HTML page; its bytes are decoded like a browser would (BOM, valid UTF-8,
                declared charset, then detection of legacy Cyrillic and CJK encodings)
  URL           an http(s) address: the page is fetched (redirects followed, 20 s timeout, 5 MB cap)
  -             standard input

Options
  --format F    json (default) | html | text | markdown
                json: one object per page; several inputs print JSON Lines with a "file" field
  --url URL     the page's address, for relative links (default: the URL fetched, else the
                page's <base>, canonical link or og:url)
  --debug       json: add "removals", every removed piece with its stage, reason and text
  --force       print Readability's best guess even where the page is not an article
  --disable S   switch stages off (comma-separated): ${STAGE_NAMES.join(', ')}
  --jobs N      read a batch on N worker threads (default ${defaultJobs}, the machine's cores);
                output stays in input order
  -h, --help    this text

Exit codes
  0  every input gave an article
  3  some page is not an article or is too large ({"error": "no-article" | "too-large"} in json)
  2  bad usage, or an input that could not be read as HTML (named on stderr; the batch goes on)`;
}

const FORMATS = new Set<OutputFormat>(['json', 'html', 'text', 'markdown']);
const OPTIONS = ['--format', '--url', '--debug', '--force', '--disable', '--jobs', '--help', '-h'];

export function parseArgs(argv: string[], defaultJobs = 1): CliArgs | { error: string } {
  const args: CliArgs = { files: [], format: 'json', debug: false, force: false, disable: [], jobs: defaultJobs, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--format': {
        const format = value();
        if (!format || !FORMATS.has(format as OutputFormat)) return { error: `unknown format: ${format ?? '(none)'} (one of: ${[...FORMATS].join(', ')})` };
        args.format = format as OutputFormat;
        break;
      }
      case '--url': {
        const url = value();
        try {
          args.url = new URL(url ?? '').href;
        } catch {
          return { error: `not a URL: ${url ?? '(none)'}` };
        }
        break;
      }
      case '--disable': {
        const names = (value() ?? '').split(',').filter(Boolean);
        const unknown = names.filter((name) => !STAGE_NAMES.includes(name));
        if (unknown.length) return { error: `unknown stage: ${unknown.join(', ')} (stages: ${STAGE_NAMES.join(', ')})` };
        args.disable.push(...names);
        break;
      }
      case '--jobs': {
        const jobs = Number(value());
        if (!Number.isInteger(jobs) || jobs < 1) return { error: '--jobs takes a whole number of threads, 1 or more' };
        args.jobs = jobs;
        break;
      }
      case '--debug': args.debug = true; break;
      case '--force': args.force = true; break;
      case '-h': case '--help': args.help = true; break;
      default:
        if (arg.startsWith('--') || (arg.startsWith('-') && arg !== '-')) return { error: `unknown option: ${arg} (options: ${OPTIONS.join(', ')})` };
        args.files.push(arg);
    }
  }
  if (!args.help && args.files.length === 0) return { error: 'no input file' };
  return args;
}
