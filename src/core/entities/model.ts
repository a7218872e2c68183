/**
 * The mention classifier: a multinomial logistic regression over sparse string features,
 * trained by scripts/train-ner.ts on the GUM corpus (annotations CC BY 4.0).
 */
import weights from './model.json';

export const CLASSES = ['none', 'group', 'place', 'person'] as const;
export type MentionClass = (typeof CLASSES)[number];

interface ModelFile {
  classes: string[];
  w: Record<string, number[]>;
}

let MODEL = weights as ModelFile;
const K = CLASSES.length;

/** Swaps in other weights (cross-validation in scripts/cv-notes.ts); null restores the bundled model. */
export function setModelWeights(w: Record<string, number[]> | null): void {
  MODEL = w ? { classes: [...CLASSES], w } : (weights as ModelFile);
}

/** Unnormalised class scores (log-odds up to a constant) for a feature list. */
export function scoreFeatures(feats: string[]): number[] {
  const s = new Array<number>(K).fill(0);
  for (const f of feats) {
    const w = MODEL.w[f];
    if (!w) continue;
    for (let k = 0; k < K; k++) s[k]! += w[k] ?? 0;
  }
  return s;
}

/** Softmax of class scores. */
export function softmax(s: number[]): number[] {
  const m = Math.max(...s);
  const e = s.map((x) => Math.exp(x - m));
  const z = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / z);
}
