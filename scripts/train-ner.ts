/**
 * Trains the mention classifier (src/core/entities/model.json) on the GUM train split.
 * GUM annotations: CC BY 4.0 (Zeldes 2017, amir-zeldes/gum). Never train on the dev or test split.
 *
 *   npx tsx scripts/train-ner.ts [../shared/bench/gum/train.json] [--out src/core/entities/model.json]
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { analyse } from '../src/core/entities/analyse';
import { candidateFeatures } from '../src/core/entities/features';
import { CLASSES } from '../src/core/entities/model';
import { loadGazetteer } from '../src/core/knowledge';

interface GumMention {
  start: number;
  end: number;
  text: string;
  type: string;
}
interface GumDoc {
  id: string;
  text: string;
  mentions: GumMention[];
}

const args = process.argv.slice(2);
const outIdx = args.indexOf('--out');
const out = outIdx >= 0 ? args[outIdx + 1]! : 'src/core/entities/model.json';
const opt = (name: string, dflt: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const valued = new Set([
  '--out',
  '--l2',
  '--epochs',
  '--holdout',
  '--min-count',
  '--decay',
  '--lr',
  '--fold',
]);
const input =
  args.find((a, i) => !a.startsWith('--') && !valued.has(args[i - 1] ?? '')) ??
  '../shared/bench/gum/train.json';
/** For cross-validation: leave out every Nth document (0 = train on all). */
const holdout = opt('--holdout', 0);
/** Which residue class is held out (0 … holdout-1). */
const fold = opt('--fold', 0);
if (/\b(dev|test)\.json$/.test(input)) throw new Error('refusing to train on a dev or test split');
/** Trained with the bundled gazetteer, as the CLI and the extension run it (--no-gazetteer: without). */
const gazetteer = args.includes('--no-gazetteer') ? undefined : loadGazetteer();
const TYPE: Record<string, number> = { organization: 1, place: 2, person: 3 };

/** The span of a gold mention without a leading article or a trailing possessive. */
function core(text: string, m: GumMention): [number, number] {
  let s = m.start;
  let e = m.end;
  const head = text.slice(s, e);
  const the = /^(?:the|The|THE)\s+/.exec(head);
  if (the) s += the[0].length;
  const tail = /\s*['’]s$/.exec(text.slice(s, e));
  if (tail) e -= tail[0].length;
  return [s, e];
}

function label(text: string, doc: GumDoc, cs: number, ce: number): number {
  let loose = 0;
  for (const m of doc.mentions) {
    const t = TYPE[m.type];
    if (!t) continue;
    const [s, e] = core(text, m);
    if (s === cs && e === ce) return t;
    // Mentions are whole noun phrases: "mainland Australia", "Tom Welling, who played…", "Jared Padalecki (born…)".
    const pre = s === cs || /^(?:[\p{Ll}\d-]+\s+)+$/u.test(text.slice(s, cs));
    const post =
      e === ce || /^\s*(?:[,(–—-]|who\b|which\b|that\b|whose\b|where\b|when\b)/u.test(text.slice(ce, e));
    if (s <= cs && e >= ce && pre && post && !loose) loose = t;
  }
  return loose;
}

const allDocs = (JSON.parse(fs.readFileSync(input, 'utf8')) as { docs: GumDoc[] }).docs;
const docs = allDocs.filter((_, i) => !holdout || i % holdout !== fold);
const heldOut = allDocs.filter((_, i) => holdout && i % holdout === fold);
function examples(list: GumDoc[]): { f: string[]; y: number }[] {
  const out: { f: string[]; y: number }[] = [];
  for (const doc of list) {
    const a = analyse(doc.text, gazetteer);
    a.cands.forEach((c, i) => {
      out.push({
        f: candidateFeatures(a.toks, c, a.keys[i]!, a.stats),
        y: label(doc.text, doc, c.start, c.end),
      });
    });
  }
  return out;
}
const data = examples(docs);
const test = examples(heldOut);
const counts = new Map<string, number>();
for (const d of data) for (const x of new Set(d.f)) counts.set(x, (counts.get(x) ?? 0) + 1);
const K = CLASSES.length;
const minCount = opt('--min-count', 3);
const W = new Map<string, number[]>();
const G = new Map<string, number[]>();
for (const [f, n] of counts) {
  if (n < minCount) continue;
  W.set(f, new Array(K).fill(0));
  G.set(f, new Array(K).fill(1e-6));
}

const lr = opt('--lr', 0.1);
const l2 = opt('--l2', 1e-3);
const epochs = opt('--epochs', 30);
/** Weight decay per epoch (applied to every weight, unlike the sparse L2 in the updates). */
const decay = opt('--decay', 0.1);
let seed = 7;
const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
for (let ep = 0; ep < epochs; ep++) {
  const order = data.map((_, i) => i).sort(() => rand() - 0.5);
  let loss = 0;
  for (const i of order) {
    const { f, y } = data[i]!;
    const fs2 = f.filter((x) => W.has(x));
    const s = new Array<number>(K).fill(0);
    for (const x of fs2) for (let k = 0; k < K; k++) s[k]! += W.get(x)![k]!;
    const m = Math.max(...s);
    const e = s.map((v) => Math.exp(v - m));
    const z = e.reduce((p, q) => p + q, 0);
    const p = e.map((v) => v / z);
    loss -= Math.log(p[y]! + 1e-12);
    for (const x of fs2) {
      const w = W.get(x)!;
      const g = G.get(x)!;
      for (let k = 0; k < K; k++) {
        const grad = p[k]! - (k === y ? 1 : 0) + l2 * w[k]!;
        g[k]! += grad * grad;
        w[k]! -= (lr * grad) / Math.sqrt(g[k]!);
      }
    }
  }
  for (const v of W.values()) for (let k = 0; k < K; k++) v[k]! *= 1 - decay;
  if (ep % 10 === 9) console.error(`epoch ${ep + 1} loss ${(loss / data.length).toFixed(4)}`);
}
function predict(f: string[]): number[] {
  const s = new Array<number>(K).fill(0);
  for (const x of f) {
    const w = W.get(x);
    if (w) for (let k = 0; k < K; k++) s[k]! += w[k]!;
  }
  const m = Math.max(...s);
  const e = s.map((v) => Math.exp(v - m));
  const z = e.reduce((p, q) => p + q, 0);
  return e.map((v) => v / z);
}
if (test.length) {
  let ok = 0;
  let ll = 0;
  const conf = CLASSES.map(() => new Array<number>(K).fill(0));
  for (const { f, y } of test) {
    const p = predict(f);
    ll -= Math.log(p[y]! + 1e-12);
    const yh = p.indexOf(Math.max(...p));
    if (yh === y) ok++;
    conf[y]![yh]!++;
  }
  console.error('confusion (rows gold none/group/place/person):', JSON.stringify(conf));
  console.error(
    `held out: ${test.length} candidates, accuracy ${(ok / test.length).toFixed(3)}, log loss ${(ll / test.length).toFixed(3)}`,
  );
}
const w: Record<string, number[]> = {};
for (const [f, v] of [...W].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const r = v.map((x) => Math.round(x * 100) / 100);
  if (r.some((x) => Math.abs(x) >= 0.05)) w[f] = r;
}
const byClass = CLASSES.map((_, k) => data.filter((d) => d.y === k).length);
console.error(
  `${docs.length} docs, ${data.length} candidates (${byClass.join('/')}), ${Object.keys(w).length} features`,
);
fs.writeFileSync(out, JSON.stringify({ classes: CLASSES, source: 'GUM train (CC BY 4.0)', w }) + '\n');
// Keep the committed file in the repository's format.
execFileSync('npx', ['prettier', '--write', out], { stdio: 'ignore' });
