#!/usr/bin/env node
/**
 * extract() next to bare Readability in real Chromium (Debian's, driven by playwright-core), on the same
 * sample of pages as `npm run bench` (every 5th page of the corpora by default). The Node benchmark runs on
 * linkedom, whose nodes live on the JS heap (each with its own listener map in a WeakMap) and whose copies
 * are collected by the JS garbage collector, and its DOMPurify re-parses through jsdom; in the browser the
 * DOM is native, as it is when Lede runs. Both sides run in the same page on the same parsed document,
 * alternating which goes first; parsing is not counted. A second call per page times each stage of extract().
 *
 *   npm run bench:browser [-- --data ../shared/bench | --dir FOLDER] [--every K] [--limit N] [--profile OUT.json]
 *
 * --profile samples the per-stage calls with the browser's CPU profiler, writes the profiles (one per page, in
 * the DevTools .cpuprofile shape) to OUT.json and prints the functions that take the most time, on their own
 * and with what they call.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pages, sample } from '../bench-pages.mjs';
import { scriptOptions } from '../script-options.mjs';
import { openBenchPage } from './browser-page.mjs';
import { topFunctions } from './profile-summary.mjs';

const { opt } = scriptOptions();
const dataDir = resolve(opt('data', '../shared/bench'));
const pageDir = opt('dir', '');
const every = Number(opt('every', '5'));
const limit = Number(opt('limit', 'Infinity'));
const profileOut = opt('profile', '');

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const stats = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const r = (v) => Math.round(v * 100) / 100;
  return { median: r(quantile(s, 0.5)), p90: r(quantile(s, 0.9)), max: r(s[s.length - 1] ?? 0) };
};

const { page, close } = await openBenchPage();
try {
  const cdp = profileOut ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    // Only the per-stage calls are sampled (extract alone, after the comparison has warmed the code up).
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  }
  const rows = [];
  const profiles = [];
  let n = 0;
  for (const p of sample(every, limit, pages({ dataDir, pageDir }))) {
    n++;
    const run = (oursFirst) =>
      page.evaluate(([h, u, f]) => window.ledeBench(h, u, f), [p.html, p.url, oursFirst]);
    if (n <= 5) await run(true); // warm-up: JIT and first-call costs
    const t = await run(n % 2 === 0);
    if (cdp) await cdp.send('Profiler.start');
    const stages = await page.evaluate(([h, u]) => window.ledeBenchStages(h, u), [p.html, p.url]);
    if (cdp) profiles.push((await cdp.send('Profiler.stop')).profile);
    rows.push({ id: `${p.corpus}/${p.id}`, bytes: p.html.length, ...t, stages });
  }
  const o = stats(rows.map((r) => r.ours));
  const b = stats(rows.map((r) => r.bare));
  const over2s = rows.filter((r) => r.ours > 2000);
  console.log(`extract in Chromium: ${rows.length} pages (ms/page)`);
  console.log(`  extract     median ${o.median}  p90 ${o.p90}  max ${o.max}`);
  console.log(`  readability median ${b.median}  p90 ${b.p90}  max ${b.max}`);
  console.log(
    `  ratio extract/readability: median ${(o.median / b.median).toFixed(2)}  p90 ${(o.p90 / b.p90).toFixed(2)}`,
  );
  const ratios = stats(rows.filter((r) => r.bare > 0).map((r) => r.ours / r.bare));
  console.log(`  per-page ratio: median ${ratios.median}  p90 ${ratios.p90}`);
  console.log(
    `  pages over 2 s: ${over2s.length}${over2s.length ? ' (' + over2s.map((r) => r.id).join(', ') + ')' : ''}`,
  );
  const slowest = [...rows].sort((x, y) => y.ours - x.ours).slice(0, 5);
  console.log(
    `  slowest: ${slowest.map((r) => `${r.id} ${(r.bytes / 1e6).toFixed(2)} MB ${r.ours.toFixed(0)} vs ${r.bare.toFixed(0)} ms`).join(', ')}`,
  );
  // A stage a page skipped (no second Readability pass, say) counts 0 for that page.
  const names = [...new Set(rows.flatMap((r) => Object.keys(r.stages)))];
  console.log(
    `  stages (median ms per page): ${names.map((k) => `${k} ${stats(rows.map((r) => r.stages[k] ?? 0)).median}`).join(', ')}`,
  );
  if (profileOut) {
    writeFileSync(profileOut, JSON.stringify(profiles));
    console.log(`\nextract() profile over ${profiles.length} pages (written to ${profileOut}):`);
    console.log(topFunctions(profiles, 25));
  }
} finally {
  await close();
}
