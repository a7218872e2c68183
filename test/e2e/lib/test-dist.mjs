/**
 * The extension under test: a copy of dist/ in a temp folder whose manifest adds one thing,
 * `host_permissions: ["http://127.0.0.1/*"]`. That is the only difference from the shipped build.
 * Why: the shipped extension reads a tab through `activeTab`, which only a real toolbar click or shortcut
 * grants, and automation cannot press either. The host permission stands in for that grant on the
 * fixture server's origin and nowhere else. dist/cli is left out (it is not part of the extension).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';

export const TEST_HOST_PERMISSION = 'http://127.0.0.1/*';

/**
 * Copies `distDir` to a fresh temp folder with the test host permission; returns its path and a cleanup.
 * @param {string} distDir
 * @returns {{dir: string, manifest: Record<string, unknown>, remove: () => void}}
 */
export function makeTestDist(distDir) {
  const src = resolve(distDir);
  if (!existsSync(join(src, 'manifest.json'))) {
    throw new Error(`${src}/manifest.json not found: run \`npm run build\` first`);
  }
  const root = mkdtempSync(join(tmpdir(), 'lede-e2e-'));
  const dir = join(root, 'extension');
  const cli = join(src, 'cli');
  cpSync(src, dir, { recursive: true, filter: (p) => p !== cli && !p.startsWith(cli + sep) });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.host_permissions = [...new Set([...(manifest.host_permissions ?? []), TEST_HOST_PERMISSION])];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return { dir, manifest, remove: () => rmSync(root, { recursive: true, force: true }) };
}
