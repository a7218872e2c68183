import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args';

describe('lede read arguments', () => {
  it('reads the lookup options', () => {
    const a = parseArgs([
      'read',
      'page.html',
      '--lookup',
      '--wiki-lang',
      'de',
      '--wiki-base',
      'http://127.0.0.1:8080/wiki',
      '--wikidata-api',
      'http://127.0.0.1:8080/w/api.php',
    ]);
    expect(a).toMatchObject({
      file: 'page.html',
      lookup: true,
      lang: 'de',
      wikipediaBase: 'http://127.0.0.1:8080/wiki',
      wikidataApi: 'http://127.0.0.1:8080/w/api.php',
    });
  });

  it('looks nothing up unless asked, and --offline wins', () => {
    expect(parseArgs(['read', 'p.html']).lookup).toBe(false);
    expect(parseArgs(['read', '--batch', '--offline']).batch).toBe(true);
    expect(parseArgs(['read', 'p.html', '--lookup', '--offline']).lookup).toBe(false);
  });

  it('refuses missing or malformed values with a one-line message', () => {
    expect(() => parseArgs(['read', 'p.html', '--wiki-lang'])).toThrow(/--wiki-lang needs a value/);
    expect(() => parseArgs(['read', 'p.html', '--wiki-lang', 'english!'])).toThrow(/--wiki-lang/);
    expect(() => parseArgs(['read', 'p.html', '--wiki-base', 'ftp://x'])).toThrow(/--wiki-base/);
    expect(() => parseArgs(['read', 'p.html', '--format', 'pdf'])).toThrow(/unknown format: pdf/);
    expect(() => parseArgs(['read', 'p.html', '--nope'])).toThrow(/unknown option: --nope/);
  });
});
