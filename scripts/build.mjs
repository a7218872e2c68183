// Builds the extension into dist/ (pages, background, content script, manifest) and the CLI into dist/cli/.
// Usage: node scripts/build.mjs [--no-cli]
import { build } from 'vite';
import { readFileSync, writeFileSync, rmSync, mkdirSync, existsSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const withCli = !process.argv.includes('--no-cli');
rmSync('dist', { recursive: true, force: true });
mkdirSync('dist', { recursive: true });

for (const mode of ['pages', 'bg', 'reader', 'auto', 'overlay', ...(withCli ? ['cli'] : [])]) {
  await build({ mode, logLevel: 'warn', configFile: 'vite.config.ts' });
}

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
