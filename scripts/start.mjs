// `npm start`: build Lede, serve the bundled sample article on 127.0.0.1 and open a browser with Lede
// loaded on it. Usage: node scripts/start.mjs [--firefox] [--headless] [--no-build]
//   With a display: Chromium (or Firefox ESR with --firefox) opens headed with dist/ loaded; click the Lede
//   button or press Alt+Shift+R on the article. Stops when the browser closes or on Ctrl-C.
//   Without a display (or with --headless): the same browser runs headless, opens the reader on the
//   article the way the e2e tests do, and saves a screenshot of it.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_PATH } from '../test/e2e/lib/chromium.mjs';
import { launchBrowser } from '../test/e2e/lib/driver.mjs';
import { FIREFOX_PATH } from '../test/e2e/lib/firefox.mjs';
import { openReaderOn, waitForArticle } from '../test/e2e/lib/reader.mjs';
import { startFixtureServer } from '../test/e2e/lib/server.mjs';
import { makeTestDist } from '../test/e2e/lib/test-dist.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const SAMPLE = 'wp-news-article';
const args = new Set(process.argv.slice(2));
const browser = args.has('--firefox') ? 'firefox' : 'chromium';
const headless = args.has('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const executable = browser === 'firefox' ? FIREFOX_PATH : CHROMIUM_PATH;

if (!existsSync(executable)) {
  const pkg = browser === 'firefox' ? 'firefox-esr' : 'chromium';
  console.error(`${executable} not found. Install it with: sudo apt-get install -y ${pkg}`);
  process.exit(1);
}
if (!args.has('--no-build') || !existsSync(join(DIST, 'manifest.json'))) {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
}

const server = await startFixtureServer();
const article = server.urlOf(SAMPLE);
console.log(`Sample article: ${article}`);
console.log(`A page that is not an article: ${server.urlOf('news-home')}`);
process.exitCode = headless ? await runHeadless() : await runHeaded();

/** No display: read the sample in a headless browser and save a screenshot of the reader. */
async function runHeadless() {
  console.log(
    `No display found (or --headless): running ${browser} headless and saving a screenshot instead.`,
  );
  // The same stand-in for the toolbar click as the e2e tests: a host permission for 127.0.0.1 only.
  const testDist = makeTestDist(DIST);
  let driver = null;
  const pages = [];
  try {
    driver = await launchBrowser(browser, { extensionDir: testDist.dir });
    const d = driver;
    const ctx = {
      driver: d,
      open: async (url) => pages[pages.push(await d.openPage(url)) - 1],
      openExtensionPage: async (path) => pages[pages.push(await d.openExtensionPage(path)) - 1],
    };
    const { popup } = await openReaderOn(ctx, article);
    await waitForArticle(popup, server.fixtures.get(SAMPLE).title);
    const out = join(ROOT, 'test/e2e/output');
    mkdirSync(out, { recursive: true });
    const file = join(out, `start-${browser}.png`);
    await popup.screenshot(file);
    console.log(`Lede read the sample article in ${browser}. Screenshot of the reader: ${file}`);
    console.log('On a machine with a display, `npm start` opens the browser itself.');
    return 0;
  } catch (err) {
    console.error(`Could not show the reader: ${err instanceof Error ? err.message : err}`);
    return 1;
  } finally {
    if (driver) await driver.close();
    testDist.remove();
    await server.close();
  }
}

/** A display: open the real build in a normal browser window and wait until it is closed. */
async function runHeaded() {
  const profile = mkdtempSync(join(tmpdir(), `lede-start-${browser}-`));
  let child;
  if (browser === 'chromium') {
    child = spawn(
      executable,
      [
        `--user-data-dir=${profile}`,
        `--disable-extensions-except=${DIST}`,
        `--load-extension=${DIST}`,
        '--no-first-run',
        '--no-default-browser-check',
        // Chromium refuses to run as root with its sandbox on (containers, CI boxes).
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
        article,
      ],
      { stdio: 'ignore' },
    );
  } else {
    // web-ext installs dist/ as a temporary add-on in a fresh profile, like about:debugging does.
    child = spawn(
      process.execPath,
      [
        join(ROOT, 'node_modules/web-ext/bin/web-ext.js'),
        'run',
        '--source-dir',
        DIST,
        '--firefox',
        executable,
        '--firefox-profile',
        profile,
        '--start-url',
        article,
        '--no-reload',
      ],
      { stdio: 'inherit' },
    );
  }
  console.log(`${browser} is open with Lede loaded. On the article, click the Lede button (under the`);
  console.log(
    'puzzle-piece Extensions menu until pinned) or press Alt+Shift+R. Close the browser or Ctrl-C to stop.',
  );
  const stop = () => child.kill('SIGTERM');
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  // Killed by our own Ctrl-C handler: a normal stop. Any other non-zero exit is the browser failing.
  const code = await new Promise((r) => child.once('exit', (c, signal) => r(signal ? 0 : (c ?? 0))));
  await server.close();
  rmSync(profile, { recursive: true, force: true });
  if (code !== 0) console.error(`${browser} exited with code ${code}`);
  return code;
}
