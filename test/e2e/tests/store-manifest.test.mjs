/**
 * The Chrome store package's manifest loads in real Chromium without manifest warnings. Chromium shows
 * those only to developers (chrome://extensions, developer mode), so the test turns developer mode on,
 * reloads the extension and reads them through the page's own API.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromeManifest } from '../../../scripts/store-manifests.mjs';
import { launchChromium } from '../lib/chromium.mjs';

const DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../../../dist');

/** Runs in chrome://extensions: developer mode on, reload Lede, return its manifest errors and warnings. */
async function manifestProblems() {
  const dp = globalThis.chrome.developerPrivate;
  const call = (fn, ...args) => new Promise((r) => fn(...args, r));
  await call(dp.updateProfileConfiguration, { inDeveloperMode: true });
  const infos = await call(dp.getExtensionsInfo, { includeDisabled: true });
  const lede = infos.find((e) => e.location === 'UNPACKED');
  if (!lede) return { found: false, problems: [] };
  await call(dp.reload, lede.id, { failQuietly: true, populateErrorForUnpacked: true });
  for (let i = 0; i < 30; i++) {
    const info = await call(dp.getExtensionInfo, lede.id);
    if (info && info.state === 'ENABLED') {
      return {
        found: true,
        problems: [
          ...info.installWarnings.map((w) => w.message),
          ...info.manifestErrors.map((e) => e.message),
        ],
      };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { found: true, problems: ['the extension did not come back enabled after a reload'] };
}

/** @type {import('../lib/suite.mjs').E2ETest[]} */
export default [
  {
    name: 'the Chrome package manifest loads without warnings',
    browsers: ['chromium'],
    async run() {
      const root = mkdtempSync(join(tmpdir(), 'lede-chrome-pkg-'));
      const dir = join(root, 'extension');
      const cli = join(DIST, 'cli');
      cpSync(DIST, dir, { recursive: true, filter: (p) => p !== cli && !p.startsWith(cli + sep) });
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify(chromeManifest(manifest)));
      const driver = await launchChromium({ extensionDir: dir });
      try {
        const page = await driver.newPage();
        await page.goto('chrome://extensions/');
        const { found, problems } = await page.evaluate(manifestProblems);
        assert.ok(found, 'the unpacked extension is listed');
        assert.deepEqual(problems, [], 'no manifest warnings or errors');
      } finally {
        await driver.close();
        rmSync(root, { recursive: true, force: true });
      }
    },
  },
];
