/**
 * How often auto mode would open the reader on each kind of page: runs the detector and the very
 * decision the content script uses (src/shared/auto-decision.ts) over the WCXB development pages,
 * with every page treated as being on a registered site. Reports opens per page type for both auto
 * modes and a few sensitivities; an "open" on a non-article page is a false open.
 *
 *   npx tsx scripts/bench-auto.ts [--data ../shared/bench] [--limit N] [--json out.json]
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseDocument } from '../src/cli/node-dom';
import { detect } from '../src/core/detect';
import type { Detection } from '../src/core/types';
import { shouldAutoOpen, thresholdFor } from '../src/shared/auto-decision';
import type { Settings } from '../src/shared/settings-schema';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const dataDir = join(arg('--data') ?? '../shared/bench', 'wcxb');
const limit = Number(arg('--limit') ?? Infinity);
const jsonOut = arg('--json');

interface Row {
  id: string;
  type: string;
  detection: Pick<Detection, 'isArticle' | 'isNews' | 'score'>;
  ms: number;
}

const rows: Row[] = [];
const ids = readdirSync(join(dataDir, 'html'))
  .filter((f) => f.endsWith('.html.gz'))
  .map((f) => f.replace('.html.gz', ''))
  .sort()
  .slice(0, limit);

for (const id of ids) {
  const truth = JSON.parse(readFileSync(join(dataDir, 'ground-truth', `${id}.json`), 'utf8'));
  const type: string = truth._internal?.page_type?.primary ?? 'unknown';
  const html = gunzipSync(readFileSync(join(dataDir, 'html', `${id}.html.gz`))).toString('utf8');
  const doc = parseDocument(html, truth.url ?? null);
  const t0 = performance.now();
  const d = detect(doc, truth.url ?? null);
  rows.push({
    id,
    type,
    detection: { isArticle: d.isArticle, isNews: d.isNews, score: d.score },
    ms: performance.now() - t0,
  });
}

const SENSITIVITIES = [0, 0.25, 0.5, 0.75, 1];
const MODES: Settings['autoMode'][] = ['news', 'article'];
const types = [...new Set(rows.map((r) => r.type))].sort();

type Table = Record<string, Record<string, { pages: number; opens: number }>>;
const table: Table = {};
for (const mode of MODES) {
  for (const s of SENSITIVITIES) {
    const key = `${mode}@${s}`;
    table[key] = {};
    for (const type of types) {
      const of = rows.filter((r) => r.type === type);
      const opens = of.filter(
        (r) => shouldAutoOpen({ ...r.detection, signals: [] }, { autoMode: mode, sensitivity: s }).open,
      ).length;
      table[key][type] = { pages: of.length, opens };
    }
  }
}

const pad = (v: string | number, n: number): string => String(v).padStart(n);
console.log(
  `WCXB dev pages: ${rows.length}; opens per page type (article = wanted, every other type = false open)`,
);
console.log(`${'setting'.padEnd(22)}${types.map((t) => pad(t, 15)).join('')}${pad('false opens', 13)}`);
for (const [key, byType] of Object.entries(table)) {
  const [mode, s] = key.split('@');
  const label = `${mode} s=${s} (≥${thresholdFor(Number(s)).toFixed(2)})`;
  const cells = types.map((t) => {
    const c = byType[t]!;
    return pad(`${c.opens}/${c.pages} ${((100 * c.opens) / Math.max(1, c.pages)).toFixed(1)}%`, 15);
  });
  const falseOpens = types.filter((t) => t !== 'article').reduce((n, t) => n + byType[t]!.opens, 0);
  const nonArticles = types.filter((t) => t !== 'article').reduce((n, t) => n + byType[t]!.pages, 0);
  console.log(`${label.padEnd(22)}${cells.join('')}${pad(`${falseOpens}/${nonArticles}`, 13)}`);
}
// The score range in auto-decision.ts is an operating point on this curve; re-derive it whenever the
// detector is refitted (its scores may be calibrated differently).
console.log('\n"any article" mode, by score threshold: articles opened / false opens (non-article pages)');
const arts = rows.filter((r) => r.type === 'article');
const others = rows.filter((r) => r.type !== 'article');
for (const th of [0.5, 0.6, 0.7, 0.75, 0.8, 0.84, 0.88, 0.9, 0.93, 0.95, 0.98]) {
  const opens = (r: Row): boolean => r.detection.isArticle && r.detection.score >= th;
  const a = arts.filter(opens).length;
  const f = others.filter(opens).length;
  console.log(
    `  ≥${th.toFixed(2)}  ${pad(a, 4)}/${arts.length} (${((100 * a) / Math.max(1, arts.length)).toFixed(1)}%)  ` +
      `${pad(f, 3)}/${others.length} (${((100 * f) / Math.max(1, others.length)).toFixed(1)}%)`,
  );
}
const ms = rows.map((r) => r.ms).sort((a, b) => a - b);
const q = (p: number): number => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))] ?? 0;
console.log(
  `detect() in Node/linkedom: median ${q(0.5).toFixed(1)} ms, p90 ${q(0.9).toFixed(1)} ms, max ${q(1).toFixed(1)} ms`,
);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ table, rows }, null, 2));
