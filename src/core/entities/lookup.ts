/** Gazetteer lookups as the recogniser needs them: an acronym is not an ordinary word written in capitals. */
import type { Gazetteer, GazetteerEntry } from '../knowledge/gazetteer';
import { keyOf } from '../knowledge/normalise';

const TWO_CAPS = /\p{Lu}.*\p{Lu}/u;

/**
 * Entries for `form`, without those it reaches only through an acronym ("Let" is not "LeT",
 * Lashkar-e-Taiba; "Who" is not "WHO"). The gazetteer compares without case, so the check is here.
 */
export function lookupName(gazetteer: Gazetteer, form: string): GazetteerEntry[] {
  const list = gazetteer.lookup(form);
  if (!list.length || TWO_CAPS.test(form)) return list;
  const k = keyOf(form);
  return list.filter((e) => {
    if (keyOf(e.name) === k) return true;
    const via = (e.aliases ?? []).filter((x) => keyOf(x) === k);
    return !via.length || via.some((x) => !TWO_CAPS.test(x));
  });
}
