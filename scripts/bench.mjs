#!/usr/bin/env node
/**
 * Timing benchmarks for the core, over the shared corpora (../shared/bench) or a folder of pages. Each
 * section times one stage per page and prints its distribution. Sections:
 * - detect: the detector runs on every page of a news site in auto mode, so it must stay cheap
 *   (median <= 5 ms, no page over 50 ms);
 * - extract: extract() next to bare Readability (new Readability(clone).parse()), measured in the same run
 *   on the same pages, alternating which goes first, so the cost is a ratio (target: median <= 1.5x, no
 *   page over 2 s);
 * - notes: buildNotes() on the extracted article next to bare Readability on the same page.
 *
 *   npm run bench [-- --data ../shared/bench | --dir FOLDER] [--only detect|extract|notes] [--limit N]
 *                 [--every K] [--json out.json] [--breakdown]
 *
 * --breakdown adds, after the extract comparison (which it does not touch), a second pass over the same pages
 * that prints the median CPU time of each stage of extract() (see ExtractStage in src/core/extract/index.ts).
 *
 * --dir takes a folder of .html or .html.gz pages (no URLs). --every K keeps every K-th page; the extract
 * and notes sections default to every 5th page of the corpora (a sample; a full run takes long).
 *
 * Wall time (performance.now) is what a user would feel; CPU time (process.cpuUsage) is less disturbed
 * on a shared machine. Parsing (linkedom) is not counted: in the browser the page is already parsed.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { pages, sample as samplePages } from './bench-pages.mjs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { scriptOptions } from './script-options.mjs';

// Collect the parser's garbage before each timed call, so that a page's time is the stage's own work and not
// a collection of the previous page's DOM (in the browser the page's DOM is not on the JS heap).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

const { opt, has } = scriptOptions();
const dataDir = resolve(opt('data', '../shared/bench'));
const pageDir = opt('dir', '');
const limit = Number(opt('limit', 'Infinity'));
const everyOpt = opt('every', '');
const only = opt('only', '');
const jsonOut = opt('json', '');
const breakdown = has('breakdown');

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
function summary(values) {
  const s = [...values].sort((a, b) => a - b);
  const r = (v) => Math.round(v * 100) / 100;
  return {
    pages: s.length,
    median: r(quantile(s, 0.5)),
    p90: r(quantile(s, 0.9)),
    p99: r(quantile(s, 0.99)),
    max: r(s[s.length - 1] ?? 0),
  };
}

/** Every `every`-th page of the corpora (or of --dir), at most `limit` of them. */
const sample = (every) => samplePages(every, limit, pages({ dataDir, pageDir }));

/** Times `run(document, url)` on every page; returns the distributions and the slowest pages. */
async function timeStage(name, run) {
  // The CLI's parser, as in the extract and notes sections: the document a browser would hold.
  const { parseDocument } = await tsImport('../src/cli/node-dom.ts', import.meta.url);
  const rows = [];
  let n = 0;
  for (const page of sample(Number(everyOpt || 1))) {
    n++;
    const document = parseDocument(page.html, page.url);
    if (n <= 20) run(document, page.url); // warm-up: JIT, first-call costs
    gc();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    run(document, page.url);
    const wall = performance.now() - t0;
    const c1 = process.cpuUsage(c0);
    rows.push({
      corpus: page.corpus,
      id: page.id,
      bytes: page.html.length,
      wall,
      cpu: (c1.user + c1.system) / 1000,
    });
  }
  const wall = summary(rows.map((r) => r.wall));
  const cpu = summary(rows.map((r) => r.cpu));
  const largest = [...rows].sort((a, b) => b.bytes - a.bytes).slice(0, 10);
  const slowest = [...rows].sort((a, b) => b.wall - a.wall).slice(0, 5);
  console.log(`\n${name}: ${rows.length} pages`);
  console.log(
    `  wall ms: median ${wall.median}  p90 ${wall.p90}  p99 ${wall.p99}  max ${wall.max}  (over 50 ms: ${rows.filter((r) => r.wall > 50).length})`,
  );
  console.log(
    `  cpu  ms: median ${cpu.median}  p90 ${cpu.p90}  p99 ${cpu.p99}  max ${cpu.max}  (over 50 ms: ${rows.filter((r) => r.cpu > 50).length})`,
  );
  const fmt = (r) => `${r.corpus}/${r.id} ${(r.bytes / 1e6).toFixed(2)} MB ${r.wall.toFixed(1)} ms`;
  console.log(`  largest pages: ${largest.map(fmt).join(', ')}`);
  console.log(`  slowest pages: ${slowest.map(fmt).join(', ')}`);
  return { wall, cpu, largest: largest.map(fmt), slowest: slowest.map(fmt) };
}

/** Times two stages on the same pages in the same run, alternating which goes first; prints both and the ratio. */
async function comparePair(name, prepare, ours, bare) {
  const rows = [];
  let n = 0;
  for (const page of sample(Number(everyOpt || 5))) {
    n++;
    let input;
    try {
      input = prepare(page);
    } catch (err) {
      console.error(`  skipped ${page.corpus}/${page.id}: ${err instanceof Error ? err.message : err}`);
      continue;
    }
    if (!input) continue;
    /** Wall and CPU milliseconds of one call. */
    const time = (fn) => {
      gc();
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      try {
        fn(input);
      } catch {
        // Readability throws on a few pages; the time until it gave up still counts.
      }
      const c1 = process.cpuUsage(c0);
      return { wall: performance.now() - t0, cpu: (c1.user + c1.system) / 1000 };
    };
    if (n <= 5) {
      // Warm-up: JIT and first-call costs.
      time(ours);
      time(bare);
    }
    const order = n % 2 === 0;
    const a = order ? time(ours) : null;
    const b = time(bare);
    const o = a ?? time(ours);
    rows.push({
      corpus: page.corpus,
      id: page.id,
      bytes: page.html.length,
      ours: o.wall,
      bare: b.wall,
      oursCpu: o.cpu,
      bareCpu: b.cpu,
    });
  }
  const o = summary(rows.map((r) => r.ours));
  const b = summary(rows.map((r) => r.bare));
  const oc = summary(rows.map((r) => r.oursCpu));
  const bc = summary(rows.map((r) => r.bareCpu));
  const ratio = (x, y) => (y > 0 ? (x / y).toFixed(2) : 'n/a');
  const over2s = rows.filter((r) => r.ours > 2000);
  console.log(`\n${name}: ${rows.length} pages (ms/page, wall)`);
  console.log(`  ${name.padEnd(9)} median ${o.median}  p90 ${o.p90}  p99 ${o.p99}  max ${o.max}`);
  console.log(`  readability median ${b.median}  p90 ${b.p90}  p99 ${b.p99}  max ${b.max}`);
  console.log(`  ratio ${name}/readability: median ${ratio(o.median, b.median)}  p90 ${ratio(o.p90, b.p90)}`);
  // CPU time of the same calls: on a shared machine wall time also counts the wait for a core, which
  // inflates both sides unevenly; the CPU ratio is the steadier figure of the work itself.
  console.log(
    `  cpu ms: ${name} median ${oc.median}  p90 ${oc.p90}; readability median ${bc.median}  p90 ${bc.p90}; ratio median ${ratio(oc.median, bc.median)}  p90 ${ratio(oc.p90, bc.p90)}`,
  );
  console.log(
    `  pages over 2 s: ${over2s.length}${over2s.length ? ' (' + over2s.map((r) => `${r.corpus}/${r.id}`).join(', ') + ')' : ''}`,
  );
  const fmt = (r) =>
    `${r.corpus}/${r.id} ${(r.bytes / 1e6).toFixed(2)} MB ${r.ours.toFixed(0)} vs ${r.bare.toFixed(0)} ms`;
  console.log(
    `  slowest: ${[...rows]
      .sort((x, y) => y.ours - x.ours)
      .slice(0, 5)
      .map(fmt)
      .join(', ')}`,
  );
  return {
    ours: o,
    readability: b,
    ratioMedian: o.median / b.median,
    cpu: { ours: oc, readability: bc, ratioMedian: oc.median / bc.median },
    over2s: over2s.length,
  };
}

/**
 * CPU milliseconds of each stage of `extract` per page, on the same sample as the comparison, in a pass of its
 * own: the stage callback costs next to nothing, but the comparison stays the call it always was.
 */
function stageBreakdown(extract, purify, prepare) {
  const stages = new Map();
  let n = 0;
  for (const page of sample(Number(everyOpt || 5))) {
    let doc;
    try {
      doc = prepare(page);
    } catch {
      continue;
    }
    if (n++ < 5) extract(doc, { purify }); // warm-up
    const times = new Map();
    gc();
    let last = process.cpuUsage();
    const onStage = (stage) => {
      const now = process.cpuUsage();
      const ms = (now.user - last.user + now.system - last.system) / 1000;
      times.set(stage, (times.get(stage) ?? 0) + ms);
      last = now;
    };
    try {
      extract(doc, { purify, onStage });
    } catch {
      // Counted as far as it got.
    }
    for (const [stage, ms] of times) {
      if (!stages.has(stage)) stages.set(stage, []);
      stages.get(stage).push(ms);
    }
  }
  console.log(`
extract stages (cpu ms per page, ${n} pages; a stage a page skipped counts 0):`);
  const out = {};
  for (const [stage, values] of stages) {
    const all = values.concat(Array(n - values.length).fill(0));
    const sum = summary(all);
    const total = all.reduce((a, b) => a + b, 0);
    out[stage] = { ...sum, total: Math.round(total) };
    console.log(
      `  ${stage.padEnd(11)} median ${sum.median}  p90 ${sum.p90}  max ${sum.max}  total ${Math.round(total)}`,
    );
  }
  return out;
}

const sections = {
  async detect() {
    const { detect } = await tsImport('../src/core/detect/index.ts', import.meta.url);
    return timeStage('detect', (doc, url) => detect(doc, url));
  },
  async extract() {
    const { Readability } = await import('@mozilla/readability');
    const { extract } = await tsImport('../src/core/extract/index.ts', import.meta.url);
    const { nodePurifier, parseDocument } = await tsImport('../src/cli/node-dom.ts', import.meta.url);
    const purify = nodePurifier();
    const prepare = (page) => parseDocument(page.html, page.url);
    const result = await comparePair(
      'extract',
      prepare,
      (doc) => extract(doc, { purify }),
      (doc) => new Readability(doc.cloneNode(true)).parse(),
    );
    if (breakdown) result.stages = stageBreakdown(extract, purify, prepare);
    return result;
  },
  async notes() {
    const { Readability } = await import('@mozilla/readability');
    const { extract } = await tsImport('../src/core/extract/index.ts', import.meta.url);
    const { buildNotes } = await tsImport('../src/core/notes.ts', import.meta.url);
    const { loadGazetteer } = await tsImport('../src/core/knowledge/index.ts', import.meta.url);
    const { nodePurifier, parseDocument } = await tsImport('../src/cli/node-dom.ts', import.meta.url);
    const purify = nodePurifier();
    const gazetteer = loadGazetteer();
    return comparePair(
      'notes',
      (page) => {
        const doc = parseDocument(page.html, page.url);
        const article = extract(doc, { purify });
        return article ? { doc, article } : null;
      },
      ({ article }) => buildNotes(article, { gazetteer }),
      ({ doc }) => new Readability(doc.cloneNode(true)).parse(),
    );
  },
};

const results = {};
for (const [name, section] of Object.entries(sections)) {
  if (only && only !== name) continue;
  results[name] = await section();
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(results, null, 2) + '\n');
