/**
 * Cross-validated notes figures on the GUM train split: for each fold the mention classifier is
 * trained on the other folds only, and the held-out documents go through the whole reading pipeline
 * (HTML page as the scorer builds it → extraction → notes), scored with the scorer's own metric.
 * This is where changes to src/core/entities are tuned; the dev split is for measuring only.
 *
 *   npx tsx scripts/cv-notes.ts [--folds 5] [--no-retrain] [--json out.json] [--genre news]
 *       [--lr 0.1] [--l2 0.001] [--epochs 30] [--decay 0.1] [--min-count 5]   (training options, as train-ner)
 */
import fs from 'node:fs';
import { parseDocument, nodePurifier } from '../src/cli/node-dom';
import { setModelWeights } from '../src/core/entities/model';
import { loadGazetteer } from '../src/core/knowledge';
import { readDocument } from '../src/core/read';
import type { Note } from '../src/core/types';
import { DEFAULT_TRAIN, examples, train, type GumDoc, type TrainOptions } from './ner-trainer';

interface GoldEntity {
  key: string;
  type: string;
  forms: Set<string>;
  first: number;
  wikipedia: string | null;
}
interface Counts {
  [k: string]: number | Counts;
}
interface Scorer {
  noteNorm(s: string): string;
  scoreDocNotes(
    gold: GoldEntity[],
    notes: Note[],
  ): {
    counts: Counts;
    details: { name: string; kind: string; outcome: string; entity: { key: string } | null }[];
  };
}

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const folds = Number(opt('--folds') ?? 5);
const trainOpts: TrainOptions = {
  lr: Number(opt('--lr') ?? DEFAULT_TRAIN.lr),
  l2: Number(opt('--l2') ?? DEFAULT_TRAIN.l2),
  epochs: Number(opt('--epochs') ?? DEFAULT_TRAIN.epochs),
  decay: Number(opt('--decay') ?? DEFAULT_TRAIN.decay),
  minCount: Number(opt('--min-count') ?? DEFAULT_TRAIN.minCount),
};
const bench = opt('--bench') ?? '../shared/bench';
const input = `${bench}/gum/train.json`;
const { noteNorm, scoreDocNotes } = (await import(`${process.cwd()}/${bench}/score.mjs`)) as Scorer;
const gazetteer = loadGazetteer();
const TYPE: Record<string, string> = { organization: 'group', place: 'place', person: 'person' };
const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Gold entities of a document, as score.mjs builds them. */
function gold(d: GumDoc): GoldEntity[] {
  const ents = new Map<string, GoldEntity>();
  for (const m of [...d.mentions].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const type = TYPE[m.type];
    if (!type) continue;
    let e = ents.get(m.entity);
    if (!e)
      ents.set(
        m.entity,
        (e = {
          key: `${m.entity}:${m.text}`,
          type,
          forms: new Set(),
          first: m.start,
          wikipedia: m.wikipedia || null,
        }),
      );
    if (!e.wikipedia && m.wikipedia) e.wikipedia = m.wikipedia;
    const f = noteNorm(m.text);
    if (f) e.forms.add(f);
  }
  return [...ents.values()].filter((e) => e.forms.size).sort((a, b) => a.first - b.first);
}

async function notesOf(d: GumDoc): Promise<Note[]> {
  const title = d.title || d.id;
  const paras = d.text
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><article><h1>${esc(title)}</h1>${paras.map((p) => `<p>${esc(p)}</p>`).join('')}</article></body></html>\n`;
  const r = await readDocument(parseDocument(html, null), { url: null, purify: nodePurifier(), gazetteer });
  return r.notes;
}

function add(acc: Counts, c: Counts): Counts {
  for (const [k, v] of Object.entries(c)) {
    if (typeof v === 'number') acc[k] = ((acc[k] as number) || 0) + v;
    else add((acc[k] ||= {}) as Counts, v);
  }
  return acc;
}
const n = (c: Counts, k: string) => (c[k] as number) || 0;
const prf = (tp: number, fp: number, fn: number) => {
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

let docs = (JSON.parse(fs.readFileSync(input, 'utf8')) as { docs: GumDoc[] }).docs;
const genre = opt('--genre');
const all = docs;
if (genre) docs = docs.filter((d) => d.genre === genre);
const total: Counts = {};
const rows: unknown[] = [];
const t0 = Date.now();
for (let f = 0; f < folds; f++) {
  const held = docs.filter((d) => all.indexOf(d) % folds === f);
  if (!args.includes('--no-retrain')) {
    const rest = all.filter((d) => all.indexOf(d) % folds !== f);
    setModelWeights(train(examples(rest, gazetteer), trainOpts));
  }
  for (const d of held) {
    const g = gold(d);
    const { counts, details } = scoreDocNotes(g, await notesOf(d));
    add(total, counts);
    const found = new Set(details.map((x) => x.entity?.key));
    const missed = g.filter((e) => !found.has(e.key)).map((e) => ({ type: e.type, forms: [...e.forms] }));
    rows.push({ id: d.id, fold: f, counts, notes: details, missed });
  }
}
const t = prf(n(total, 'tp'), n(total, 'fp'), n(total, 'fn'));
const u = prf(n(total, 'utp'), n(total, 'ufp'), n(total, 'ufn'));
const k = total.byKind as Record<string, Counts>;
const f4 = (x: number) => x.toFixed(4);
console.log(
  `cv ${folds} folds${genre ? ` (${genre})` : ''}${args.includes('--no-retrain') ? ' (bundled model)' : ''}: ${docs.length} docs, gold ${n(total, 'gold')}, notes ${n(total, 'notes')}`,
);
console.log(
  `  typed   P ${f4(t.p)} R ${f4(t.r)} F1 ${f4(t.f1)}   untyped P ${f4(u.p)} R ${f4(u.r)} F1 ${f4(u.f1)}`,
);
console.log(
  `  persons ${n(total, 'persons')} (${((100 * n(total, 'persons')) / n(total, 'notes')).toFixed(1)}%) spurious ${n(total, 'spurious')} split ${n(total, 'splits')} wrong kind ${n(total, 'kindMismatch')} merge ${n(total, 'merges')}`,
);
for (const kind of ['group', 'place'])
  console.log(
    `  ${kind}: recall ${f4(n(k[kind]!, 'tp') / n(k[kind]!, 'gold'))} precision ${f4(n(k[kind]!, 'notesTp') / (n(k[kind]!, 'notes') || 1))} links ${n(k[kind]!, 'linkedRight')}/${n(k[kind]!, 'linkable')}`,
  );
console.log(`  ${((Date.now() - t0) / 1000).toFixed(1)} s`);
const json = opt('--json');
if (json) fs.writeFileSync(json, JSON.stringify({ total, rows }, null, 1));
