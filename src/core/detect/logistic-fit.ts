/**
 * L2-regularised logistic regression by Newton's method (IRLS), used offline by scripts/fit-detect.mjs.
 * Small and dependency-free: the detector has a few dozen features and about 1,500 training pages.
 */

/** Column means and standard deviations (a constant column gets std 1 so it scales to 0). */
export function standardise(X: number[][]): { mean: number[]; std: number[] } {
  const d = X[0]?.length ?? 0;
  const mean = new Array<number>(d).fill(0);
  const std = new Array<number>(d).fill(0);
  for (const row of X) row.forEach((v, j) => (mean[j]! += v / X.length));
  for (const row of X) row.forEach((v, j) => (std[j]! += (v - mean[j]!) ** 2 / X.length));
  return { mean, std: std.map((v) => (v > 1e-12 ? Math.sqrt(v) : 1)) };
}

/** Solves A x = b for a symmetric positive-definite A (Gaussian elimination with partial pivoting). */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r;
    [M[c], M[p]] = [M[p]!, M[c]!];
    const piv = M[c]![c]!;
    for (let r = c + 1; r < n; r++) {
      const f = M[r]![c]! / piv;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) M[r]![k]! -= f * M[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= M[r]![k]! * x[k]!;
    x[r] = s / M[r]![r]!;
  }
  return x;
}

/**
 * Fits P(y=1|x) = sigmoid(intercept + Σ coef_j (x_j − mean_j) / std_j), minimising the weighted log-loss
 * plus (lambda / 2) · Σ coef_j² (the intercept is not penalised).
 */
export function fitLogistic(
  X: number[][],
  y: number[],
  lambda: number,
  mean: number[],
  std: number[],
  weights?: number[],
): { coef: number[]; intercept: number } {
  const d = mean.length;
  const Z = X.map((row) => [1, ...row.map((v, j) => (v - mean[j]!) / std[j]!)]);
  let beta = new Array<number>(d + 1).fill(0);
  for (let iter = 0; iter < 50; iter++) {
    const H = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    const g = new Array<number>(d + 1).fill(0);
    Z.forEach((z, i) => {
      let s = 0;
      for (let j = 0; j <= d; j++) s += beta[j]! * z[j]!;
      const p = 1 / (1 + Math.exp(-s));
      const w = weights?.[i] ?? 1;
      const r = w * (p - y[i]!);
      const h = w * Math.max(p * (1 - p), 1e-9);
      for (let j = 0; j <= d; j++) {
        g[j]! += r * z[j]!;
        const hz = h * z[j]!;
        for (let k = j; k <= d; k++) H[j]![k]! += hz * z[k]!;
      }
    });
    for (let j = 0; j <= d; j++) for (let k = 0; k < j; k++) H[j]![k] = H[k]![j]!;
    for (let j = 1; j <= d; j++) {
      g[j]! += lambda * beta[j]!;
      H[j]![j]! += lambda;
    }
    const step = solve(H, g);
    beta = beta.map((b, j) => b - step[j]!);
    if (Math.max(...step.map(Math.abs)) < 1e-7) break;
  }
  return { intercept: beta[0]!, coef: beta.slice(1) };
}
