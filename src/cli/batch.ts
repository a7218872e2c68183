/**
 * `lede read --batch`: JSON lines in, one JSON line out per input, in order, written as soon as ready
 * and with stdout back-pressure honoured (see ../shared/bench/README.md, "Batch contract").
 */
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import type { Gazetteer } from '../core/knowledge/gazetteer';
import { batchRecord } from './output';
import { readFileAsResult } from './pipeline';

interface BatchInput {
  file: string;
  url: string | null;
}

function parseLine(line: string): BatchInput {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new Error('input line is not JSON');
  }
  const obj = value as { file?: unknown; url?: unknown };
  if (!obj || typeof obj.file !== 'string') throw new Error('input line has no "file" string');
  return { file: obj.file, url: typeof obj.url === 'string' ? obj.url : null };
}

function write(out: Writable, line: string): Promise<void> {
  return new Promise((resolve) => {
    if (out.write(line + '\n')) resolve();
    else out.once('drain', () => resolve());
  });
}

/** Processes stdin line by line; a bad line or page yields an error record and the batch goes on. */
export async function runBatch(
  input: NodeJS.ReadableStream,
  out: Writable,
  gazetteer?: () => Gazetteer,
): Promise<number> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  const lines = rl[Symbol.asyncIterator]();
  let count = 0;
  for (;;) {
    const next = await lines.next();
    if (next.done) break;
    const line = next.value.trim();
    if (!line) continue;
    let file = '';
    let record: Record<string, unknown>;
    try {
      const item = parseLine(line);
      file = item.file;
      const result = await readFileAsResult(item.file, {
        url: item.url,
        ...(gazetteer ? { gazetteer: gazetteer() } : {}),
      });
      record = batchRecord(item.file, result);
    } catch (err) {
      record = { file, error: err instanceof Error ? err.message : String(err) };
    }
    await write(out, JSON.stringify(record));
    // Let queued writes flush before the next page; see the README's warning about buffered stdin loops.
    await new Promise((r) => setImmediate(r));
    count++;
  }
  return count;
}
