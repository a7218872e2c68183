// Store-ready zips from dist/: artifacts/lede-chrome-VERSION.zip and artifacts/lede-firefox-VERSION.zip.
// dist/cli is left out (it is the Node CLI, not part of the extension). Builds dist/ first if missing.
// Usage: node scripts/package.mjs
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import webExt from 'web-ext';
import { chromeManifest, firefoxManifest } from './store-manifests.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const OUT = join(ROOT, 'artifacts');

if (!existsSync(join(DIST, 'manifest.json'))) {
  execFileSync(process.execPath, ['scripts/build.mjs', '--no-cli'], { cwd: ROOT, stdio: 'inherit' });
}
const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
const version = manifest.version;
mkdirSync(OUT, { recursive: true });
const staging = mkdtempSync(join(tmpdir(), 'lede-package-'));

/** Files that must never ship: the CLI, source maps, OS litter. */
const excluded = (rel) =>
  rel === 'cli' || rel.startsWith(`cli${sep}`) || /\.map$|(^|\/)\.DS_Store$/.test(rel);

try {
  for (const [store, transform] of [
    ['chrome', chromeManifest],
    ['firefox', firefoxManifest],
  ]) {
    const dir = join(staging, store);
    cpSync(DIST, dir, { recursive: true, filter: (p) => !excluded(relative(DIST, p)) });
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(transform(manifest), null, 2) + '\n');
    const files = readdirSync(dir, { recursive: true }).filter((f) => statSync(join(dir, f)).isFile());
    if (files.some((f) => excluded(f))) throw new Error(`${store}: excluded files in the package`);
    const filename = `lede-${store}-${version}.zip`;
    await webExt.cmd.build(
      { sourceDir: dir, artifactsDir: OUT, filename, overwriteDest: true, ignoreFiles: [] },
      { shouldExitProgram: false },
    );
    const bytes = statSync(join(OUT, filename)).size;
    console.log(`artifacts/${filename}: ${files.length} files, ${(bytes / 1024).toFixed(0)} KiB`);
  }
} finally {
  rmSync(staging, { recursive: true, force: true });
}
