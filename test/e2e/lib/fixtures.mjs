/**
 * The fixture pages: every folder under test/fixtures/pages with a source.html and an expected.json.
 * expected.json is the page's spec (see test/fixtures/pages/README.md); unit and e2e tests read the same file.
 */
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PAGES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/pages');

/**
 * Reads every fixture's expected.json, keyed by folder name; adds `name` and `sourceFile`.
 * @returns {Promise<Map<string, {name: string, sourceFile: string, path: string, isArticle: boolean,
 *   title?: string, firstParagraph?: string, lastParagraph?: string, mustInclude?: string[],
 *   mustExclude?: string[]}>>}
 */
export async function loadFixtures() {
  const out = new Map();
  for (const entry of await readdir(PAGES_DIR, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const dir = join(PAGES_DIR, entry.name);
    const expectedFile = join(dir, 'expected.json');
    const sourceFile = join(dir, 'source.html');
    if (!existsSync(expectedFile) || !existsSync(sourceFile)) continue;
    const expected = JSON.parse(await readFile(expectedFile, 'utf8'));
    if (typeof expected.path !== 'string' || !expected.path.startsWith('/')) {
      throw new Error(`${expectedFile}: "path" must be an absolute URL path`);
    }
    out.set(entry.name, { ...expected, name: entry.name, sourceFile });
  }
  return out;
}
