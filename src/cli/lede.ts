/**
 * The Lede command line: `lede read FILE [--url URL] [--format json|text|markdown|html] [--lookup [--wiki-lang en] [--wiki-base URL] [--wikidata-api URL]]`
 * and `lede read --batch [--offline]` (JSON lines on stdin, see ../shared/bench/README.md).
 */
import { runBatch } from './batch';
import { InputError } from './load';
import { render, type Format } from './output';
import { readFileAsResult } from './pipeline';
import { loadCliGazetteer } from './gazetteer';
import { lookupCliNotes } from './lookup';

const USAGE = `usage: lede read FILE [--url URL] [--format json|text|markdown|html]
                [--lookup [--wiki-lang en] [--wiki-base URL] [--wikidata-api URL]]
       lede read --batch [--offline]   (JSON lines {"file","url"} on stdin)`;

interface Args {
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

function parseArgs(argv: string[]): Args {
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
    else if (a === '--offline') {
      // Lookups are off unless asked for, so --offline only makes that explicit.
    } else if (a?.startsWith('--')) throw new InputError(`unknown option: ${a}`);
    else if (a !== undefined && args.file === undefined) args.file = a;
    else throw new InputError(`unexpected argument: ${a}`);
  }
  return args;
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.command !== 'read') {
    process.stderr.write(USAGE + '\n');
    return args.command === undefined || args.command === '--help' ? 0 : 2;
  }
  if (args.batch) {
    await runBatch(process.stdin, process.stdout, loadCliGazetteer);
    return 0;
  }
  if (!args.file) throw new InputError('no input file (see lede --help)');
  const gazetteer = loadCliGazetteer();
  const result = await readFileAsResult(args.file, { url: args.url, ...(gazetteer ? { gazetteer } : {}) });
  if (args.lookup) {
    await lookupCliNotes(result.notes, {
      lang: args.lang,
      ...(args.wikipediaBase ? { wikipediaBase: args.wikipediaBase } : {}),
      ...(args.wikidataApi ? { wikidataApi: args.wikidataApi } : {}),
    });
  }
  process.stdout.write(render(result, args.format));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`lede: ${message}\n`);
    process.exitCode = err instanceof InputError ? 1 : 1;
  },
);
