/**
 * Entities + knowledge → notes: one note per named group or place in the story, with every form
 * the story uses, the position of each mention, what the story says about it and bundled facts.
 */
import { describe } from './entities/describe';
import { nameKey } from './entities/fold';
import { recognise, type Entity } from './entities/recognise';
import { paragraphStarts } from './entities/tokens';
import type { Gazetteer, GazetteerEntry } from './knowledge/gazetteer';
import type { Article, Mention, Note, Summary } from './types';

export interface BuildNotesOptions {
  gazetteer?: Gazetteer;
}

/** Licence of the bundled facts: GeoNames for towns and regions, world-countries for countries, ours otherwise. */
function bundledLicence(e: GazetteerEntry): string {
  const dataset = (e as GazetteerEntry & { dataset?: string }).dataset;
  if (dataset === 'geonames') return 'CC BY 4.0 (GeoNames)';
  if (dataset === 'world-countries') return 'ODbL 1.0 (world-countries)';
  if (dataset === 'lede') return 'Lede (MIT)';
  if (e.kind === 'group') return 'Lede (MIT)';
  return e.subtype === 'country' || e.subtype === 'territory'
    ? 'ODbL 1.0 (world-countries)'
    : 'CC BY 4.0 (GeoNames)';
}

function bundledSummary(e: GazetteerEntry): Summary | null {
  if (!e.description) return null;
  return {
    text: e.description,
    source: 'bundled',
    url: e.wikipedia
      ? `https://en.wikipedia.org/wiki/${encodeURIComponent(e.wikipedia.replace(/ /g, '_'))}`
      : null,
    licence: bundledLicence(e),
    retrieved: null,
    coordinates: e.coordinates ?? null,
  };
}

function slug(s: string): string {
  return nameKey(s).replace(/\s+/g, '-') || 'note';
}

/** A lone mention that opens the story ("KABUL (Reuters) -", "SYDNEY —"): a dateline, folded. */
function isDateline(text: string, m: Mention, starts: number[]): boolean {
  return (
    m.paragraph <= 1 &&
    m.start === starts[m.paragraph] &&
    /^\s*(?:,[^.]{0,30})?\s*(?:\(|[-–—]|\d)/.test(text.slice(m.end, m.end + 40))
  );
}

/** Builds the notes of an article, most salient first. */
export function buildNotes(
  article: Pick<Article, 'title' | 'text' | 'siteName'>,
  opts: BuildNotesOptions = {},
): Note[] {
  const text = article.text ?? '';
  const starts = paragraphStarts(text);
  const entities = recognise(text, opts.gazetteer).filter((e) => e.kind === 'group' || e.kind === 'place');
  const titleKey = ` ${nameKey(article.title ?? '')} `;
  const siteKey = article.siteName ? nameKey(article.siteName) : null;
  const total = Math.max(1, text.length);
  const used = new Set<string>();
  const notes = entities.map((e: Entity): Note => {
    // A form inside another mention of the same entity ("Commons" in "House of Commons") is not a mention.
    const own = e.occs.filter(
      (o) =>
        !e.occs.some(
          (p) =>
            p !== o &&
            p.cand.start <= o.cand.start &&
            p.cand.end >= o.cand.end &&
            p.cand.end - p.cand.start > o.cand.end - o.cand.start,
        ),
    );
    const spans = [...own.map((o) => o.cand), ...e.demonyms].sort((x, y) => x.start - y.start);
    const mentions: Mention[] = spans.map((c) => ({
      start: c.start,
      end: c.end,
      text: c.text,
      paragraph: paraOf(starts, c.start),
    }));
    const nameK = nameKey(e.name);
    const aliases: string[] = [];
    const keys = new Set([nameK]);
    for (const o of own) {
      const form = o.cand.text.replace(/\s*['’]s$/, '');
      const k = nameKey(form);
      if (!k || keys.has(k)) continue;
      keys.add(k);
      aliases.push(form);
    }
    const inTitle = [...keys].some((k) => k && titleKey.includes(` ${k} `));
    const first = mentions[0]?.start ?? total;
    const context = describe(
      text,
      own.map((o) => o.cand),
    );
    const salience =
      Math.log2(1 + mentions.length) * 2 + (inTitle ? 3 : 0) + 2 * (1 - first / total) + 0.5 * context.length;
    let id = slug(e.name);
    while (used.has(id)) id += '-x';
    used.add(id);
    const note: Note = {
      id,
      name: e.name,
      kind: e.kind as Note['kind'],
      aliases,
      mentionCount: mentions.length,
      mentions,
      context,
      summary: e.entry ? bundledSummary(e.entry) : null,
      salience: Math.round(salience * 1000) / 1000,
    };
    if (e.entry?.wikipedia) note.wikipedia = e.entry.wikipedia;
    if (e.entry?.wikidata) note.wikidata = e.entry.wikidata;
    if (e.entry?.coordinates) note.coordinates = e.entry.coordinates;
    const site = siteKey !== null && keys.has(siteKey);
    const dateline = mentions.length === 1 && isDateline(text, mentions[0]!, starts);
    if (site || dateline) note.folded = true;
    return note;
  });
  notes.push(...headlineOnly(article.title ?? '', notes, used, opts.gazetteer));
  return notes.sort((a, b) => b.salience - a.salience);
}

/**
 * Groups and places the headline names but the text does not (wire copy: "JAPAN GET LUCKY WIN").
 * Only gazetteer-backed ones, since a headline gives little else to go on; they have no mentions in the text.
 */
function headlineOnly(title: string, notes: Note[], used: Set<string>, gazetteer?: Gazetteer): Note[] {
  if (!gazetteer || !title.trim()) return [];
  const known = new Set(notes.flatMap((n) => [n.name, ...n.aliases].map(nameKey)));
  const out: Note[] = [];
  for (const e of recognise(title, gazetteer)) {
    if ((e.kind !== 'group' && e.kind !== 'place') || !e.entry) continue;
    const forms = [e.name, ...e.occs.map((o) => o.cand.text)].map(nameKey);
    if (forms.some((f) => known.has(f)) || (e.entry && known.has(nameKey(e.entry.name)))) continue;
    let id = slug(e.entry.name);
    while (used.has(id)) id += '-x';
    used.add(id);
    const note: Note = {
      id,
      name: e.name === e.name.toUpperCase() ? e.entry.name : e.name,
      kind: e.kind,
      aliases: [],
      mentionCount: 0,
      mentions: [],
      context: [],
      summary: bundledSummary(e.entry),
      salience: 1,
    };
    if (note.name !== e.name) note.aliases.push(e.name);
    if (e.entry.wikipedia) note.wikipedia = e.entry.wikipedia;
    if (e.entry.wikidata) note.wikidata = e.entry.wikidata;
    if (e.entry.coordinates) note.coordinates = e.entry.coordinates;
    known.add(nameKey(note.name));
    out.push(note);
  }
  return out;
}

function paraOf(starts: number[], at: number): number {
  let p = 0;
  while (p + 1 < starts.length && starts[p + 1]! <= at) p++;
  return p;
}
