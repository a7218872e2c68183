/**
 * The page the browser measuring scripts run in: Debian's Chromium (driven by playwright-core) with the page-side
 * code (entry.ts: extract() and bare Readability) loaded as one classic script.
 */
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';

const executablePath = process.env.LEDE_CHROMIUM ?? '/usr/bin/chromium';

/** entry.ts bundled as one classic script (not minified, so profiles name our functions). */
async function bundle() {
  const entry = fileURLToPath(new URL('./entry.ts', import.meta.url));
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry, formats: ['iife'], name: 'ledeBenchPage', fileName: 'bench' },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result).output;
  return output.find((o) => o.type === 'chunk').code;
}

/** A blank page with entry.ts loaded; `close()` ends the browser. */
export async function openBenchPage() {
  const code = await bundle();
  const browser = await chromium.launch({ executablePath, headless: true });
  const page = await browser.newPage();
  await page.setContent('<!doctype html><title>bench</title>');
  await page.addScriptTag({ content: code });
  return { page, close: () => browser.close() };
}
