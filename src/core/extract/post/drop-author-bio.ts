/**
 * Author notes written as plain paragraphs at the edges of the story: "Jane Doe is a freelance writer
 * living in …", "Jane Doe ist Redakteurin …". The class-named author boxes go before Readability scores the
 * page; these carry no telling class, so they are known by their shape: the byline's name (or any name)
 * opening a short paragraph, followed by a verb that introduces a biography.
 */
import { closestTag, detach, leafBlocks, textOf, wordsIn } from '../dom';

const QUOTED_OR_TABULAR: ReadonlySet<string> = new Set(['BLOCKQUOTE', 'TABLE', 'LI', 'FIGCAPTION']);

/** Verbs (several languages) that follow a name at the start of a biography. */
const BIO_VERB =
  /^(is|was|has|writes|covers|joined|lives|loves|holds|reports|specializes|specialises|leads|ist|war|schreibt|lebt|arbeitet|est|écrit|vit|travaille|es|escribe|vive|trabaja|é|escreve|trabalha|è|scrive|lavora|adalah|merupakan|menulis)$/i;
/** A name of two to four capitalised words, then "is a … writer" (or another writing trade). */
const GENERIC_BIO =
  /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3},? (?:is|was) (?:an?|the) (?:[\p{L}-]+,? ){0,5}(?:writer|editor|journalist|reporter|author|contributor|correspondent|columnist|blogger|critic|photographer|producer)\b/u;
const WRITING_TRADE =
  /\b(writer|editor|journalist|reporter|author|contributor|correspondent|columnist|blogger|redakteur(in)?|journalist(in)?|journaliste|rédact(eur|rice)|periodista|redactor(a)?|jornalista|giornalista|wartawan|penulis)\b/i;
const ANY_NAME_BIO =
  /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3},? (?:is|was) (?:an?|the) (?:[\p{L}-]+,? ){0,5}(?:writer|editor|journalist|reporter|author|contributor|correspondent|columnist|blogger)\b/u;
const MAX_WORDS = 90;
const HEAD = 3;
const TAIL = 4;

function nameParts(byline: string | null): string[] {
  if (!byline) return [];
  return byline
    .split(/,|;|\||&|\band\b|\bund\b|\bet\b|\be\b|\by\b/i)
    .map((n) =>
      n
        .replace(/^\s*(by|von|par|por|di|oleh)\s+/i, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((n) => n.split(' ').length >= 2 && n.length <= 60);
}

/**
 * True when `text` reads like a short biography of one of `names`, or (with `anyName`) of any writer:
 * a profile may open on "Jane Doe is a photographer who…", so that shape counts only after the story.
 */
export function isAuthorBio(text: string, names: string[], anyName = false): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t || wordsIn(t) > MAX_WORDS) return false;
  if (anyName && GENERIC_BIO.test(t)) return true;
  // "Hi, I'm Jane Doe, and I edit…", "My name is Jane Doe": the author introducing themselves.
  const lower = t
    .toLowerCase()
    .replace(/^(hi|hello|hey)[,!]?\s+/, '')
    .replace(/^(i['’]m|i am|my name is)\s+/, '');
  const introduced = lower.length < t.length - 3;
  for (const name of names) {
    const n = name.toLowerCase();
    if (introduced && lower.startsWith(n)) return true;
    // "Jane Doe — Science Writer and Editor": the name over a job title.
    if (lower.startsWith(n) && wordsIn(t) <= 15 && WRITING_TRADE.test(t)) return true;
  }
  for (const name of names) {
    // "Anurag is an experienced journalist…": a first name alone counts when a writing trade follows.
    const first = name.split(' ')[0]!;
    const forms = first.length >= 3 && WRITING_TRADE.test(t) ? [name, first] : [name];
    for (const form of forms) {
      const n = form.toLowerCase();
      if (!lower.startsWith(n)) continue;
      const next = t
        .slice(n.length)
        .replace(/^[\s,]+/, '')
        .split(' ')[0];
      if (next && BIO_VERB.test(next)) return true;
    }
  }
  return false;
}

/**
 * Looser than {@link isAuthorBio}: any one to four capitalised words introduced as a writer. For the recovery
 * rules, which would rather leave out a profile's opening line than bring back an author box.
 */
export function looksLikeBio(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  return wordsIn(t) <= MAX_WORDS && ANY_NAME_BIO.test(t);
}

/** Removes biography paragraphs among the first and last blocks under `root`. */
export function dropAuthorBio(root: Element, byline: string | null): void {
  const names = nameParts(byline);
  const blocks = leafBlocks(root).filter((b) => !closestTag(b, QUOTED_OR_TABULAR));
  const tail = new Set(blocks.slice(-TAIL));
  for (const el of new Set([...blocks.slice(0, HEAD), ...tail])) {
    if (isAuthorBio(textOf(el), names, tail.has(el))) detach(el);
  }
}
