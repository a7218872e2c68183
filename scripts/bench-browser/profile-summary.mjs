/**
 * Summary of CPU profiles in the DevTools shape ({nodes, samples, timeDeltas}): the functions with the most time
 * of their own ("self") and with what they call ("total"), summed over all profiles. A function is named with
 * its line in the bench bundle; recursion counts once per sample. Shares are of all sampled time, which also
 * holds the page's parsing and the pauses between the profiler's start and stop.
 */

/** Milliseconds per function, self and total, over `profiles`. */
export function functionTimes(profiles) {
  const self = new Map();
  const total = new Map();
  let all = 0;
  for (const p of profiles) {
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const name = (n) => `${n.callFrame.functionName || '(anonymous)'}:${n.callFrame.lineNumber + 1}`;
    // timeDeltas[i] is the time from sample i-1 to sample i: the time until the next sample belongs to sample i.
    for (let i = 0; i < p.samples.length; i++) {
      const ms = (p.timeDeltas[i + 1] ?? 0) / 1000;
      const leaf = byId.get(p.samples[i]);
      if (!leaf || ms <= 0) continue;
      all += ms;
      self.set(name(leaf), (self.get(name(leaf)) ?? 0) + ms);
      const seen = new Set();
      for (let id = leaf.id; id !== undefined; id = parent.get(id)) {
        const key = name(byId.get(id));
        if (seen.has(key)) continue;
        seen.add(key);
        total.set(key, (total.get(key) ?? 0) + ms);
      }
    }
  }
  return { self, total, all };
}

/** The `k` functions with the most self time and the `k` with the most total time, as printable lines. */
export function topFunctions(profiles, k) {
  const { self, total, all } = functionTimes(profiles);
  const skip = /^\((root|program|idle)\)|^\(anonymous\):1$|^evaluate:|^window\./;
  const table = (map) =>
    [...map]
      .filter(([key]) => !skip.test(key))
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(
        ([key, ms]) =>
          `  ${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / all).toFixed(1).padStart(5)}%  ${key}`,
      )
      .join('\n');
  return `sampled ${all.toFixed(0)} ms\nself:\n${table(self)}\ntotal:\n${table(total)}`;
}
