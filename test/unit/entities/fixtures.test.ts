/**
 * The entity fixtures (test/fixtures/entities/*.json): invented stories, each with the notes it must
 * give. A fixture names the notes it expects, the names that must not become notes (people, ordinary
 * words), and optionally the note that must rank first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Gazetteer, GazetteerEntry } from '../../../src/core/knowledge/gazetteer';
import { buildNotes } from '../../../src/core/notes';
import type { Note } from '../../../src/core/types';

interface FixtureEntry extends GazetteerEntry {
  demonym?: string;
}
interface Expectation {
  name: string;
  kind: 'group' | 'place';
  aliases?: string[];
  minMentions?: number;
  context?: string[];
  wikipedia?: string;
  summary?: string;
  folded?: boolean;
}
interface Fixture {
  title: string;
  siteName: string | null;
  paragraphs: string[];
  gazetteer: FixtureEntry[];
  expect: Expectation[];
  absent: string[];
  first?: string;
}

const DIR = path.resolve(__dirname, '../../fixtures/entities');
const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

/** A gazetteer over the fixture's own few entries, answering like the real one (names and aliases, any case). */
function tinyGazetteer(entries: FixtureEntry[]): Gazetteer {
  return {
    lookup: (form) =>
      entries.filter((e) => [e.name, ...(e.aliases ?? [])].some((n) => fold(n) === fold(form))),
    demonym: (word) => entries.find((e) => e.demonym && fold(e.demonym) === fold(word)) ?? null,
  };
}

const find = (notes: Note[], name: string) => notes.find((n) => fold(n.name) === fold(name));

for (const file of fs.readdirSync(DIR).filter((f) => f.endsWith('.json'))) {
  const fx = JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8')) as Fixture;
  const text = fx.paragraphs.join('\n\n');
  const notes = buildNotes(
    { title: fx.title, text, siteName: fx.siteName },
    fx.gazetteer.length ? { gazetteer: tinyGazetteer(fx.gazetteer) } : {},
  );

  describe(`entities fixture ${file}`, () => {
    for (const ex of fx.expect) {
      it(`finds ${ex.kind} "${ex.name}"`, () => {
        const note = find(notes, ex.name);
        expect(note, `notes: ${notes.map((n) => n.name).join(' | ')}`).toBeDefined();
        expect(note!.kind).toBe(ex.kind);
        for (const a of ex.aliases ?? []) expect(note!.aliases.map(fold)).toContain(fold(a));
        if (ex.minMentions) expect(note!.mentionCount).toBeGreaterThanOrEqual(ex.minMentions);
        for (const c of ex.context ?? []) expect(note!.context.map((x) => x.text).join(' | ')).toContain(c);
        if (ex.wikipedia) expect(note!.wikipedia).toBe(ex.wikipedia);
        if (ex.summary) {
          expect(note!.summary?.text).toBe(ex.summary);
          expect(note!.summary?.source).toBe('bundled');
          expect(note!.summary?.licence).toBeTruthy();
        }
        if (ex.folded !== undefined) expect(!!note!.folded).toBe(ex.folded);
      });
    }

    it('makes no note for people or ordinary words', () => {
      for (const name of fx.absent) {
        const hit = notes.find((n) => [n.name, ...n.aliases].some((f) => fold(f) === fold(name)));
        expect(hit, `"${name}" became a note`).toBeUndefined();
      }
    });

    if (fx.first) it(`ranks "${fx.first}" first`, () => expect(notes[0]?.name).toBe(fx.first));

    it('gives mentions that point into the text, in their paragraph', () => {
      const paraStarts = [0];
      for (const p of fx.paragraphs.slice(0, -1))
        paraStarts.push(paraStarts[paraStarts.length - 1]! + p.length + 2);
      for (const n of notes) {
        expect(n.mentionCount).toBe(n.mentions.length);
        expect(n.aliases.map(fold)).not.toContain(fold(n.name));
        for (const m of n.mentions) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(
            paraStarts[m.paragraph]! <= m.start &&
              m.end <= paraStarts[m.paragraph]! + fx.paragraphs[m.paragraph]!.length,
          ).toBe(true);
        }
        for (const c of n.context) expect(fx.paragraphs[c.paragraph]).toBeDefined();
      }
    });

    it('sorts notes by salience', () => {
      for (let i = 1; i < notes.length; i++)
        expect(notes[i - 1]!.salience).toBeGreaterThanOrEqual(notes[i]!.salience);
    });
  });
}
