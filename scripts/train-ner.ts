/**
 * Trains the mention classifier (src/core/entities/model.json) on the GUM train split.
 * GUM annotations: CC BY 4.0 (Zeldes 2017, amir-zeldes/gum). Never train on the dev or test split.
 *
 *   npx tsx scripts/train-ner.ts [../shared/bench/gum/train.json] [--out src/core/entities/model.json]
 *       [--holdout N --fold F] [--lr 0.1] [--l2 0.001] [--epochs 30] [--decay 0.1] [--min-count 5]
 *
 * --holdout N leaves out every Nth document (residue F) and reports candidate accuracy on it;
 * scripts/cv-notes.ts measures the whole notes stage by cross-validation instead.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { CLASSES } from '../src/core/entities/model';
import { loadGazetteer } from '../src/core/knowledge';
import { DEFAULT_TRAIN, evaluate, examples, train, type GumDoc } from './ner-trainer';

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
const holdout = opt('--holdout', 0);
const fold = opt('--fold', 0);
if (/\b(dev|test)\.json$/.test(input)) throw new Error('refusing to train on a dev or test split');
/** Trained with the bundled gazetteer, as the CLI and the extension run it (--no-gazetteer: without). */
const gazetteer = args.includes('--no-gazetteer') ? undefined : loadGazetteer();

const allDocs = (JSON.parse(fs.readFileSync(input, 'utf8')) as { docs: GumDoc[] }).docs;
const docs = allDocs.filter((_, i) => !holdout || i % holdout !== fold);
const heldOut = allDocs.filter((_, i) => holdout && i % holdout === fold);
const data = examples(docs, gazetteer);
const w = train(data, {
  lr: opt('--lr', DEFAULT_TRAIN.lr),
  l2: opt('--l2', DEFAULT_TRAIN.l2),
  epochs: opt('--epochs', DEFAULT_TRAIN.epochs),
  decay: opt('--decay', DEFAULT_TRAIN.decay),
  minCount: opt('--min-count', DEFAULT_TRAIN.minCount),
  log: (l) => console.error(l),
});
if (heldOut.length) {
  const r = evaluate(w, examples(heldOut, gazetteer));
  console.error('confusion (rows gold none/group/place/person):', JSON.stringify(r.conf));
  console.error(`held out: accuracy ${r.accuracy.toFixed(3)}, log loss ${r.logLoss.toFixed(3)}`);
}
const byClass = CLASSES.map((_, k) => data.filter((d) => d.y === k).length);
console.error(
  `${docs.length} docs, ${data.length} candidates (${byClass.join('/')}), ${Object.keys(w).length} features`,
);
fs.writeFileSync(out, JSON.stringify({ classes: CLASSES, source: 'GUM train (CC BY 4.0)', w }) + '\n');
// Keep the committed file in the repository's format.
execFileSync('npx', ['prettier', '--write', out], { stdio: 'ignore' });
