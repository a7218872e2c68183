/**
 * End-to-end tests: the built extension in real Chromium and real Firefox ESR, on fixture pages served
 * from 127.0.0.1. Usage: node test/e2e/run.mjs [--browser chromium|firefox]... [--grep TEXT] [--headed]
 * Builds dist/ first if it is missing. Screenshots go to test/e2e/output/. The last line printed is
 * "N passed, N failed"; the exit code is non-zero when anything failed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BROWSERS } from './lib/driver.mjs';
import { startFixtureServer } from './lib/server.mjs';
import { runSuite } from './lib/suite.mjs';
import { makeTestDist, TEST_HOST_PERMISSIONS } from './lib/test-dist.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const OUTPUT = join(HERE, 'output');
/** The whole run must finish well inside CI's budget; a hung browser must not hang CI. */
const WATCHDOG_MS = 10 * 60 * 1000;

function parseArgs(argv) {
  const opts = { browsers: /** @type {string[]} */ ([]), grep: '', headed: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--browser') opts.browsers.push(argv[++i] ?? '');
    else if (a === '--grep') opts.grep = argv[++i] ?? '';
    else if (a === '--headed') opts.headed = true;
    else throw new Error(`unknown argument ${a}`);
  }
  if (!opts.browsers.length) opts.browsers = (process.env.LEDE_E2E_BROWSERS ?? BROWSERS.join(',')).split(',');
  for (const b of opts.browsers) if (!BROWSERS.includes(b)) throw new Error(`unknown browser "${b}"`);
  return opts;
}

async function loadTests(grep) {
  const dir = join(HERE, 'tests');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.test.mjs'))
    .sort();
  const tests = [];
  for (const file of files) {
    const mod = await import(pathToFileURL(join(dir, file)).href);
    for (const t of mod.default)
      tests.push({ ...t, name: `${file.replace(/\.test\.mjs$/, '')} › ${t.name}` });
  }
  return tests.filter((t) => !grep || t.name.toLowerCase().includes(grep.toLowerCase()));
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const watchdog = setTimeout(() => {
    console.error(`e2e: still running after ${WATCHDOG_MS / 60000} min, giving up`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }, WATCHDOG_MS);
  watchdog.unref();

  if (!existsSync(join(ROOT, 'dist/manifest.json'))) {
    console.log('e2e: dist/ is missing, building it');
    execFileSync(process.execPath, ['scripts/build.mjs', '--no-cli'], { cwd: ROOT, stdio: 'inherit' });
  }
  const tests = await loadTests(opts.grep);
  const testDist = makeTestDist(join(ROOT, 'dist'));
  const server = await startFixtureServer();
  // Ctrl-C: the drivers' own exit handlers end the browsers; remove our temp copy on the way out.
  process.once('SIGINT', () => {
    testDist.remove();
    process.exit(130);
  });
  console.log(`e2e: ${tests.length} tests, fixtures at ${server.origin}, extension copy at ${testDist.dir}`);
  console.log(
    `e2e: the copy differs from dist/ only by host_permissions ${JSON.stringify(TEST_HOST_PERMISSIONS)} (for activeTab)`,
  );
  let passed = 0;
  let failed = 0;
  const failures = [];
  const timings = [];
  try {
    for (const browser of opts.browsers) {
      console.log(`\n${browser}`);
      const r = await runSuite({
        browser: /** @type {'chromium' | 'firefox'} */ (browser),
        tests,
        server,
        extensionDir: testDist.dir,
        outputDir: OUTPUT,
        headless: !opts.headed,
      });
      passed += r.passed;
      failed += r.failed;
      failures.push(...r.failures);
      timings.push(`${browser} ${(r.ms / 1000).toFixed(1)} s`);
      console.log(`${browser}: ${r.passed} passed, ${r.failed} failed in ${(r.ms / 1000).toFixed(1)} s`);
    }
  } finally {
    await server.close();
    testDist.remove();
    clearTimeout(watchdog);
  }
  if (failures.length)
    console.log(`\nFailures:\n${failures.map((f) => `  - ${f.split('\n')[0]}`).join('\n')}`);
  console.log(`\ne2e timings: ${timings.join(', ')}; screenshots in ${OUTPUT}`);
  if (!tests.length) failed++;
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.stack : err);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
