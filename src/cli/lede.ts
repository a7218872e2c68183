/**
 * The Lede command line: `lede read FILE [--url URL] [--format json|text|markdown|html] [--lookup [--wiki-lang en] [--wiki-base URL] [--wikidata-api URL]]`
 * and `lede read --batch [--offline]` (JSON lines on stdin, see ../shared/bench/README.md).
 */
import { runBatch } from './batch';
import { parseArgs, USAGE } from './args';
import { InputError } from './load';
import { render } from './output';
import { readFileAsResult } from './pipeline';
import { loadCliGazetteer } from './gazetteer';
import { lookupCliNotes } from './lookup';

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
