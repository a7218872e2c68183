// Builds the extension into dist/ (pages, background, content script, manifest) and the CLI into dist/cli/.
// Usage: node scripts/build.mjs [--no-cli]
import { build } from 'vite';
import { copyFileSync, readFileSync, writeFileSync, rmSync, mkdirSync, existsSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const withCli = !process.argv.includes('--no-cli');
rmSync('dist', { recursive: true, force: true });
mkdirSync('dist', { recursive: true });

for (const mode of ['pages', 'bg', 'reader', 'auto', 'overlay', ...(withCli ? ['cli'] : [])]) {
  await build({ mode, logLevel: 'warn', configFile: 'vite.config.ts' });
}

// Licences that must travel with bundled material: the OFL with the font, the data credits with the data.
mkdirSync('dist/licences', { recursive: true });
copyFileSync('node_modules/@fontsource/opendyslexic/LICENSE', 'dist/licences/OpenDyslexic-OFL.txt');
copyFileSync('src/core/knowledge/data/LICENSES.md', 'dist/licences/knowledge-data.md');
copyFileSync('src/ui/THIRD-PARTY.md', 'dist/licences/third-party.md');

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
manifest.version = pkg.version;
writeFileSync('dist/manifest.json', JSON.stringify(manifest, null, 2) + '\n');

// Classic scripts must not contain module syntax: Chrome and Firefox refuse them at injection time.
for (const file of ['background.js', 'content/reader.js', 'content/auto.js', 'content/overlay.js']) {
  const code = readFileSync(join('dist', file), 'utf8');
  if (/^\s*(import|export)\s[^(]/m.test(code)) throw new Error(`${file} contains module syntax`);
}
if (withCli) {
  if (!existsSync('dist/cli/lede.js')) throw new Error('CLI was not built');
  writeFileSync('dist/cli/package.json', JSON.stringify({ type: 'module' }) + '\n');
}
const files = readdirSync('dist', { recursive: true }).length;
console.log(`built dist/ (${files} entries)`);
