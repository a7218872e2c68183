/**
 * Per-feature shape corrections by boosted decision stumps, used offline by scripts/fit-detect.mjs.
 * Starting from the linear model's logit, each round adds one stump on ONE feature (a step at a cut), so the
 * result stays additive: every feature ends with its own piecewise-constant shape, its contribution can
 * still be shown and capped, and no feature interacts with another (no single signal decides alone).
 */

/** A feature's shape: `values[k]` applies to x <= cuts[k] (first such k), `values[cuts.length]` above all cuts. */
export interface Shape {
  cuts: number[];
  values: number[];
}

/** The shape's value at `x`. */
export function shapeValue(shape: Shape, x: number): number {
  const { cuts, values } = shape;
  for (let k = 0; k < cuts.length; k++) if (x <= cuts[k]!) return values[k]!;
  return values[cuts.length]!;
}

export interface BoostOptions {
  rounds: number;
  /** Shrinkage per round. */
  rate: number;
  /** L2 penalty on each stump's step (in hessian units): keeps rare bins from taking large values. */
  l2: number;
  /** Candidate cuts per feature (quantiles of the training values). */
  bins: number;
  /** A stump side must hold at least this many pages. */
  minLeaf: number;
}

/** Candidate cuts: distinct quantiles of the column (a cut at c splits x <= c from x > c). */
function cutsOf(col: number[], bins: number): number[] {
  const s = [...col].sort((a, b) => a - b);
  const out = new Set<number>();
  for (let q = 1; q < bins; q++) {
    const v = s[Math.floor((q * s.length) / bins)]!;
    if (v < s[s.length - 1]!) out.add(v);
  }
  return [...out].sort((a, b) => a - b);
}

/**
 * Fits shape corrections on top of `base` (the logit each page already has). Returns one shape per column
 * (null where no stump was ever chosen). `usable[i][j]` false means feature j is missing on page i (it then
 * neither trains nor moves that page's logit).
 */
export function boostShapes(
  X: number[][],
  y: number[],
  base: number[],
  usable: (i: number, j: number) => boolean,
  opts: BoostOptions,
): (Shape | null)[] {
  const n = X.length;
  const d = X[0]?.length ?? 0;
  const cuts = Array.from({ length: d }, (_, j) =>
    cutsOf(
      X.map((r) => r[j]!),
      opts.bins,
    ),
  );
  // Bin index of every value: 0..cuts.length (bin k holds cuts[k-1] < x <= cuts[k]).
  const bin = X.map((r) =>
    r.map((v, j) => {
      const c = cuts[j]!;
      let k = 0;
      while (k < c.length && v > c[k]!) k++;
      return k;
    }),
  );
  const steps: number[][] = cuts.map((c) => new Array<number>(c.length + 1).fill(0));
  const used = new Array<boolean>(d).fill(false);
  const F = [...base];
  for (let round = 0; round < opts.rounds; round++) {
    const g = new Array<number>(n);
    const h = new Array<number>(n);
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-F[i]!));
      g[i] = y[i]! - p;
      h[i] = Math.max(p * (1 - p), 1e-6);
    }
    let best = { gain: 0, j: -1, cut: -1, left: 0, right: 0 };
    for (let j = 0; j < d; j++) {
      const nb = cuts[j]!.length + 1;
      if (nb < 2) continue;
      const G = new Array<number>(nb).fill(0);
      const H = new Array<number>(nb).fill(0);
      const N = new Array<number>(nb).fill(0);
      for (let i = 0; i < n; i++) {
        if (!usable(i, j)) continue;
        const k = bin[i]![j]!;
        G[k]! += g[i]!;
        H[k]! += h[i]!;
        N[k]!++;
      }
      const gT = G.reduce((a, b) => a + b, 0);
      const hT = H.reduce((a, b) => a + b, 0);
      const nT = N.reduce((a, b) => a + b, 0);
      let gL = 0;
      let hL = 0;
      let nL = 0;
      for (let c = 0; c < nb - 1; c++) {
        gL += G[c]!;
        hL += H[c]!;
        nL += N[c]!;
        const gR = gT - gL;
        const hR = hT - hL;
        if (nL < opts.minLeaf || nT - nL < opts.minLeaf) continue;
        const gain = (gL * gL) / (hL + opts.l2) + (gR * gR) / (hR + opts.l2) - (gT * gT) / (hT + opts.l2);
        if (gain > best.gain)
          best = { gain, j, cut: c, left: gL / (hL + opts.l2), right: gR / (hR + opts.l2) };
      }
    }
    if (best.j < 0) break;
    used[best.j] = true;
    const row = steps[best.j]!;
    for (let k = 0; k < row.length; k++) row[k]! += opts.rate * (k <= best.cut ? best.left : best.right);
    for (let i = 0; i < n; i++) {
      if (!usable(i, best.j)) continue;
      F[i]! += opts.rate * (bin[i]![best.j]! <= best.cut ? best.left : best.right);
    }
  }
  return steps.map((values, j) => {
    if (!used[j]) return null;
    // Merge neighbouring bins with the same value: the shape keeps only the cuts some stump used.
    const c = cuts[j]!;
    const outCuts: number[] = [];
    const outValues: number[] = [values[0]!];
    for (let k = 1; k < values.length; k++) {
      if (Math.abs(values[k]! - outValues[outValues.length - 1]!) > 1e-12) {
        outCuts.push(c[k - 1]!);
        outValues.push(values[k]!);
      }
    }
    return { cuts: outCuts, values: outValues };
  });
}
