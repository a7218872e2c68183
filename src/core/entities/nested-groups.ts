/**
 * A known group named inside a longer name: "UNESCO" in "UNESCO World Heritage Site", "FIFA" in "FIFA World
 * Cup", "European Union" in "Council of the European Union". Such a mention stands on its own when the
 * gazetteer knows it by exactly that name and the longer name is not simply the same body.
 */
import type { Cluster } from './cluster';
import { nameKey } from './fold';

/** Is `c`, seen only inside longer names, a group the gazetteer knows by one of the forms used? */
export function knownGroupInside(c: Cluster): boolean {
  const e = c.entry;
  if (!e || e.kind !== 'group' || !c.occs.every((o) => o.cand.nested)) return false;
  const names = new Set([e.name, ...(e.aliases ?? [])].map(nameKey));
  // ("Harvard" in "Harvard University" shares the university's entry and was merged into it already.)
  return c.occs.some((o) => names.has(o.key));
}
