export type OutputFormat = 'json' | 'html' | 'text' | 'markdown';

export interface CliArgs {
  files: string[];
  format: OutputFormat;
  url?: string;
  debug: boolean;
  force: boolean;
  disable: string[];
  help: boolean;
}

export const usage = `usage: clean-reader [--url URL] [--format json|html|text|markdown] [--debug] [--force]
                    [--disable STAGE,...] FILE...   (- reads standard input)`;

const FORMATS = new Set<OutputFormat>(['json', 'html', 'text', 'markdown']);

export function parseArgs(argv: string[]): CliArgs | { error: string } {
  const args: CliArgs = { files: [], format: 'json', debug: false, force: false, disable: [], help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--format': {
        const format = value();
        if (!format || !FORMATS.has(format as OutputFormat)) return { error: `unknown format: ${format ?? '(none)'}` };
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
      case '--disable':
        args.disable.push(...(value() ?? '').split(',').filter(Boolean));
        break;
      case '--debug': args.debug = true; break;
      case '--force': args.force = true; break;
      case '-h': case '--help': args.help = true; break;
      default:
        if (arg.startsWith('--') || (arg.startsWith('-') && arg !== '-')) return { error: `unknown option: ${arg}` };
        args.files.push(arg);
    }
  }
  if (!args.help && args.files.length === 0) return { error: 'no input file' };
  return args;
}
