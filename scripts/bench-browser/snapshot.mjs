#!/usr/bin/env node
/**
 * What extract() gives for every page of the corpora, in Chromium, to check that a change meant to be a pure
 * speed-up leaves every output as it was: take a snapshot before and after, then compare.
 *
 *   node scripts/bench-browser/snapshot.mjs --out before.jsonl [--data ../shared/bench | --dir FOLDER] [--every K]
 *   node scripts/bench-browser/snapshot.mjs --compare before.jsonl after.jsonl
 *
 * A snapshot has one line per page: {id, hash, article}. The comparison prints the pages whose output differs
 * and which fields changed (html and text by length), and exits 1 when any does. A page whose extraction
 * threw is recorded as {error}: the same error on both sides counts as no change.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pages, sample } from '../bench-pages.mjs';
import { scriptOptions } from '../script-options.mjs';
import { openBenchPage } from './browser-page.mjs';

const { opt, args } = scriptOptions();

function read(file) {
  return new Map(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const row = JSON.parse(line);
        return [row.id, row];
      }),
  );
}

function changedFields(a, b) {
  if (!a || !b) return [a ? 'article -> null' : 'null -> article'];
  return Object.keys({ ...a, ...b })
    .filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]))
    .map((k) =>
      typeof a[k] === 'string' && a[k].length > 80
        ? `${k} ${a[k].length} -> ${b[k]?.length ?? 'none'} chars`
        : `${k} ${JSON.stringify(a[k])} -> ${JSON.stringify(b[k])}`,
    );
}

const compare = args.indexOf('--compare');
if (compare >= 0) {
  const before = read(args[compare + 1]);
  const after = read(args[compare + 2]);
  let differ = 0;
  for (const [id, row] of before) {
    const other = after.get(id);
    if (!other) {
      console.log(`${id}: missing from the second snapshot`);
      differ++;
    } else if (other.hash !== row.hash) {
      const fields = changedFields(row.article, other.article);
      console.log(`${id}: ${fields.length ? fields.join('; ') : 'same fields, different serialisation'}`);
      differ++;
    }
  }
  for (const id of after.keys()) {
    if (before.has(id)) continue;
    console.log(`${id}: missing from the first snapshot`);
    differ++;
  }
  console.log(`${before.size} and ${after.size} pages, ${differ} differ`);
  process.exit(differ ? 1 : 0);
}

const out = opt('out', '');
if (!out) {
  console.error('usage: snapshot.mjs --out FILE [--data DIR | --dir FOLDER] [--every K] | --compare A B');
  process.exit(2);
}
const source = pages({ dataDir: resolve(opt('data', '../shared/bench')), pageDir: opt('dir', '') });
const { page, close } = await openBenchPage();
// Written page by page, so a run that stops part-way keeps what it did.
writeFileSync(out, '');
let written = 0;
try {
  for (const p of sample(Number(opt('every', '1')), Infinity, source)) {
    const json = await page.evaluate(([h, u]) => window.ledeExtract(h, u), [p.html, p.url]);
    const hash = createHash('sha1').update(json).digest('hex');
    appendFileSync(
      out,
      JSON.stringify({ id: `${p.corpus}/${p.id}`, hash, article: JSON.parse(json) }) + '\n',
    );
    written++;
  }
} finally {
  await close();
}
console.log(`${written} pages written to ${out}`);
