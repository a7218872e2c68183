/**
 * The extension under test: a copy of dist/ in a temp folder whose manifest adds one thing,
 * `host_permissions` for the fixture server (127.0.0.1 and its test host name). That is the only difference
 * from the shipped build.
 * Why: the shipped extension reads a tab through `activeTab`, which only a real toolbar click or shortcut
 * grants, and automation cannot press either. The host permission stands in for that grant on the
 * fixture server's origin and nowhere else. dist/cli is left out (it is not part of the extension).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { SITE_HOST } from './server.mjs';

export const TEST_HOST_PERMISSIONS = ['http://127.0.0.1/*', `http://${SITE_HOST}/*`];

/** Files without which the copy is not a loadable extension (e.g. copied while a build was running). */
const ESSENTIAL = [
  'manifest.json',
  'background.js',
  'content/reader.js',
  'popup/index.html',
  'options/index.html',
];

/**
 * Copies `distDir` to a fresh temp folder with the test host permission; returns its path and a cleanup.
 * @param {string} distDir
 * @returns {{dir: string, manifest: Record<string, unknown>, remove: () => void}}
 */
export function makeTestDist(distDir) {
  const src = resolve(distDir);
  const root = mkdtempSync(join(tmpdir(), 'lede-e2e-'));
  const dir = join(root, 'extension');
  const cli = join(src, 'cli');
  // A build running at the same moment (several people share one tree) empties dist/ for a few seconds.
  for (let attempt = 0; ; attempt++) {
    rmSync(dir, { recursive: true, force: true });
    if (existsSync(src))
      cpSync(src, dir, { recursive: true, filter: (p) => p !== cli && !p.startsWith(cli + sep) });
    if (ESSENTIAL.every((f) => existsSync(join(dir, f)))) break;
    if (attempt === 30) {
      rmSync(root, { recursive: true, force: true });
      throw new Error(
        `${src} is not a complete build (${ESSENTIAL.join(', ')}): run \`npm run build\` first`,
      );
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
  }
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.host_permissions = [...new Set([...(manifest.host_permissions ?? []), ...TEST_HOST_PERMISSIONS])];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return { dir, manifest, remove: () => rmSync(root, { recursive: true, force: true }) };
}
