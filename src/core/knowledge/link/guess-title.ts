/**
 * A Wikipedia title guessed from a name alone, for names the bundled data do not know. English Wikipedia
 * titles geographic features and institutions by their full proper name ("Manila Bay", "Cape of Good Hope",
 * "Kyoto University", "Royal Society"), so a multi-word name with such a head word is usually its own title.
 * Single words and names without a telling head word are not guessed: "Coron" could be any of several pages.
 */
import type { NoteKind } from '../../types';

const FEATURE =
  /\b(Bay|Gulf|Sea|Ocean|Strait|Channel|Island|Islands|Isle|Peninsula|Cape|Lake|River|Mountains?|Mount|Valley|Desert|Canal|Bridge|Tunnel|Dam|Falls|Glacier|Volcano|Reef|Archipelago|National Park|Square|Cathedral|Palace|Castle|Airport|Stadium)\b/;
const INSTITUTION =
  /\b(University|Universiteit|Université|Universidad|Universität|College|Academy|School|Institute|Institution|Society|Association|Foundation|Museum|Library|Journal|Herald|Gazette|Tribune|Gallery|Orchestra|Hospital|Council|Commission|Agency|Authority|Ministry|Party|Front|Movement|Federation|Confederation|League|Union|Corporation|Company|Bank)\b/;

/** The guessed title, or null when the name does not look like its own title. */
export function guessTitle(name: string, kind: NoteKind): string | null {
  // "Tiananmen Square in Beijing", "Kestrel Bay, Orlan": the name is the part before the location.
  const n = name
    .replace(/\s+/g, ' ')
    .replace(/\s+['’]s$/, '')
    .replace(/(?:,| in | at | near ).*$/, '')
    .trim();
  const words = n.split(' ');
  if (words.length < 2 || words.length > 8) return null;
  // Every word capitalised, except short function words inside the name.
  if (
    !words.every(
      (w, i) =>
        /^[\p{Lu}\d]/u.test(w) ||
        (i > 0 && /^(of|the|and|for|de|du|des|la|le|di|da|del|in|on|at|y|e)$/.test(w)),
    )
  ) {
    return null;
  }
  const pattern = kind === 'place' ? FEATURE : INSTITUTION;
  return pattern.test(n) ? n : null;
}
