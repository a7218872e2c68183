import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHandList } from '../../../src/core/knowledge/hand-list';

const source = (f: string) =>
  readFileSync(new URL(`../../../src/core/knowledge/sources/${f}`, import.meta.url), 'utf8');

describe('hand-written lists', () => {
  it('parses entries and rejects malformed lines', () => {
    const [e] = parseHandList(
      '# comment\nKestrel Guard | KG;the Guard | armed-group | AL | = | Q42 | An invented militia.\n',
    );
    expect(e).toEqual({
      name: 'Kestrel Guard',
      aliases: ['KG', 'the Guard'],
      kind: 'group',
      subtype: 'armed-group',
      country: 'AL',
      wikipedia: 'Kestrel Guard',
      wikidata: 'Q42',
      description: 'An invented militia.',
    });
    expect(parseHandList('Kestrel Bay | | sea | | | | A bay.')[0]?.kind).toBe('place');
    expect(() => parseHandList('Only | three | fields')).toThrow(/line 1/);
    expect(() => parseHandList('X | | party | | | 42 | bad id')).toThrow(/Wikidata/);
  });

  it('the organisations list is a few hundred distinct, described groups', () => {
    const orgs = parseHandList(source('organisations.txt'));
    expect(orgs.length).toBeGreaterThanOrEqual(300);
    expect(orgs.every((o) => o.kind === 'group' && o.description && o.wikipedia)).toBe(true);
    const names = orgs.map((o) => o.name);
    expect(new Set(names).size).toBe(names.length);
    const ids = orgs.flatMap((o) => (o.wikidata ? [o.wikidata] : []));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('the places list holds only places', () => {
    const places = parseHandList(source('places.txt'));
    expect(places.length).toBeGreaterThan(80);
    expect(places.every((p) => p.kind === 'place')).toBe(true);
  });
});
