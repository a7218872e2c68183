/** Command-line arguments of `lede read`; a wrong option is an InputError with a one-line message. */
import { InputError } from './load';
import type { Format } from './output';

const LANG = /^[a-z]{2,3}(-[a-z]+)?$/;
const URL_LIKE = /^https?:\/\/\S+$/i;
const URL_EXAMPLE = 'https://host/path';

/** The value after an option, checked against its pattern; `example` shows a valid one in the error. */
function value(argv: string[], i: number, option: string, pattern: RegExp, example: string): string {
  const v = argv[i];
  if (v === undefined || !pattern.test(v))
    throw new InputError(`${option} needs a value like ${example}, got ${v ?? '(none)'}`);
  return v;
}

export const USAGE = `usage: lede read FILE [--url URL] [--format json|text|markdown|html]
                [--lookup [--wiki-lang en] [--wiki-base URL] [--wikidata-api URL]]
       lede read --batch [--offline]   (JSON lines {"file","url"} on stdin)`;

export interface Args {
  command: string | undefined;
  file?: string;
  url: string | null;
  format: Format;
  batch: boolean;
  lookup: boolean;
  lang: string;
  wikipediaBase?: string;
  wikidataApi?: string;
}

/** Parses `argv` (without node and the script); `--offline` wins over `--lookup`, so nothing leaves the machine. */
export function parseArgs(argv: string[]): Args {
  let offline = false;
  const args: Args = { command: argv[0], url: null, format: 'json', batch: false, lookup: false, lang: 'en' };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--url') args.url = argv[++i] ?? null;
    else if (a === '--format') {
      const f = argv[++i];
      if (f !== 'json' && f !== 'text' && f !== 'markdown' && f !== 'html')
        throw new InputError(`unknown format: ${f ?? '(none)'}`);
      args.format = f;
    } else if (a === '--batch') args.batch = true;
    else if (a === '--lookup') args.lookup = true;
    else if (a === '--wiki-lang') args.lang = value(argv, ++i, a, LANG, 'en');
    else if (a === '--wiki-base') args.wikipediaBase = value(argv, ++i, a, URL_LIKE, URL_EXAMPLE);
    else if (a === '--wikidata-api') args.wikidataApi = value(argv, ++i, a, URL_LIKE, URL_EXAMPLE);
    else if (a === '--offline') offline = true;
    else if (a?.startsWith('--')) throw new InputError(`unknown option: ${a}`);
    else if (a !== undefined && args.file === undefined) args.file = a;
    else throw new InputError(`unexpected argument: ${a}`);
  }
  if (offline) args.lookup = false;
  return args;
}
