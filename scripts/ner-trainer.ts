/**
 * Training the mention classifier: labels for the candidate spans of GUM documents and a sparse
 * multinomial logistic regression (AdaGrad). Shared by scripts/train-ner.ts and scripts/cv-notes.ts.
 * GUM annotations: CC BY 4.0 (Zeldes 2017, amir-zeldes/gum).
 */
import { analyse } from '../src/core/entities/analyse';
import { candidateFeatures } from '../src/core/entities/features';
import { CLASSES } from '../src/core/entities/model';
import type { Gazetteer } from '../src/core/knowledge/gazetteer';

export interface GumMention {
  start: number;
  end: number;
  text: string;
  type: string;
  entity: string;
  wikipedia?: string | null;
}
export interface GumDoc {
  id: string;
  genre: string;
  title: string;
  text: string;
  mentions: GumMention[];
}

export interface TrainOptions {
  lr: number;
  l2: number;
  epochs: number;
  /** Weight decay per epoch (applied to every weight, unlike the sparse L2 in the updates). */
  decay: number;
  minCount: number;
  log?: (line: string) => void;
}
export const DEFAULT_TRAIN: TrainOptions = { lr: 0.1, l2: 1e-3, epochs: 30, decay: 0.1, minCount: 5 };

export interface Example {
  f: string[];
  y: number;
}

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

/** The class of the candidate span [cs, ce): the gold mention it is, or the one it heads. */
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

/** Labelled feature lists for every candidate of `docs`. */
export function examples(docs: GumDoc[], gazetteer?: Gazetteer): Example[] {
  const out: Example[] = [];
  for (const doc of docs) {
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

/** Fits the weights on `data`; returns them rounded, without near-zero rows. */
export function train(data: Example[], o: TrainOptions = DEFAULT_TRAIN): Record<string, number[]> {
  const counts = new Map<string, number>();
  for (const d of data) for (const x of new Set(d.f)) counts.set(x, (counts.get(x) ?? 0) + 1);
  const K = CLASSES.length;
  const W = new Map<string, number[]>();
  const G = new Map<string, number[]>();
  for (const [f, n] of counts) {
    if (n < o.minCount) continue;
    W.set(f, new Array<number>(K).fill(0));
    G.set(f, new Array<number>(K).fill(1e-6));
  }
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const feats = data.map((d) => d.f.filter((x) => W.has(x)));
  for (let ep = 0; ep < o.epochs; ep++) {
    const order = data.map((_, i) => i).sort(() => rand() - 0.5);
    let loss = 0;
    for (const i of order) {
      const y = data[i]!.y;
      const fs = feats[i]!;
      const s = new Array<number>(K).fill(0);
      for (const x of fs) for (let k = 0; k < K; k++) s[k]! += W.get(x)![k]!;
      const p = softmax(s);
      loss -= Math.log(p[y]! + 1e-12);
      for (const x of fs) {
        const w = W.get(x)!;
        const g = G.get(x)!;
        for (let k = 0; k < K; k++) {
          const grad = p[k]! - (k === y ? 1 : 0) + o.l2 * w[k]!;
          g[k]! += grad * grad;
          w[k]! -= (o.lr * grad) / Math.sqrt(g[k]!);
        }
      }
    }
    for (const v of W.values()) for (let k = 0; k < K; k++) v[k]! *= 1 - o.decay;
    if (ep % 10 === 9) o.log?.(`epoch ${ep + 1} loss ${(loss / data.length).toFixed(4)}`);
  }
  const w: Record<string, number[]> = {};
  for (const [f, v] of [...W].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const r = v.map((x) => Math.round(x * 100) / 100);
    if (r.some((x) => Math.abs(x) >= 0.05)) w[f] = r;
  }
  return w;
}

function softmax(s: number[]): number[] {
  const m = Math.max(...s);
  const e = s.map((v) => Math.exp(v - m));
  const z = e.reduce((p, q) => p + q, 0);
  return e.map((v) => v / z);
}

/** Candidate-level accuracy, log loss and confusion of `w` on `test`. */
export function evaluate(w: Record<string, number[]>, test: Example[]) {
  const K = CLASSES.length;
  let ok = 0;
  let ll = 0;
  const conf = CLASSES.map(() => new Array<number>(K).fill(0));
  for (const { f, y } of test) {
    const s = new Array<number>(K).fill(0);
    for (const x of f) {
      const r = w[x];
      if (r) for (let k = 0; k < K; k++) s[k]! += r[k]!;
    }
    const p = softmax(s);
    ll -= Math.log(p[y]! + 1e-12);
    const yh = p.indexOf(Math.max(...p));
    if (yh === y) ok++;
    conf[y]![yh]!++;
  }
  return { accuracy: ok / Math.max(1, test.length), logLoss: ll / Math.max(1, test.length), conf };
}
