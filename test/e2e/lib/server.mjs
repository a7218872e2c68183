/**
 * A static server for the fixture pages, on 127.0.0.1 and a random port (tests never reach the internet).
 * Each fixture folder under test/fixtures/pages has source.html and expected.json; the page is served at
 * the `path` its expected.json names, so URL-shape signals see a realistic address. Other files in the
 * folders are served by their relative path. `/canary?…` records hits for the hostile-page test.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { loadFixtures, PAGES_DIR } from './fixtures.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
};

/**
 * A host name with dots, mapped to 127.0.0.1 inside the test browsers only (Chromium --host-resolver-rules,
 * Firefox network.dns.localDomains), so pages can also be read at a real-looking address: the detector
 * ignores URL shape on IP addresses, and some browser behaviour only shows on named hosts.
 */
export const SITE_HOST = 'news.lede-fixtures.example';

/** The placeholder a fixture may use for the server's own origin (the hostile page's canary needs it). */
export const ORIGIN_PLACEHOLDER = '__FIXTURE_ORIGIN__';

/**
 * Starts the server. Returns its origin, the fixtures with their full URLs, the canary hits and close().
 * @returns {Promise<{origin: string, siteOrigin: string, fixtures: Map<string, object>,
 *   urlOf: (name: string) => string, siteUrlOf: (name: string) => string,
 *   canaryHits: Array<{v: string|null, from: string|null, referer: string|null}>, close: () => Promise<void>}>}
 */
export async function startFixtureServer() {
  const fixtures = await loadFixtures();
  const routes = new Map([...fixtures.values()].map((f) => [f.path, f]));
  const canaryHits = [];
  let origin = '';

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', origin);
      if (url.pathname === '/canary') {
        canaryHits.push({
          v: url.searchParams.get('v'),
          from: url.searchParams.get('from'),
          referer: req.headers.referer ?? null,
        });
        res.writeHead(204, { 'cache-control': 'no-store' }).end();
        return;
      }
      const fixture = routes.get(url.pathname);
      if (fixture) {
        const html = (await readFile(fixture.sourceFile, 'utf8')).replaceAll(ORIGIN_PLACEHOLDER, origin);
        res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' }).end(html);
        return;
      }
      // Assets: only inside the fixtures folder, never above it.
      const file = normalize(join(PAGES_DIR, decodeURIComponent(url.pathname)));
      if (!file.startsWith(PAGES_DIR + sep) || !TYPES[extname(file)])
        throw Object.assign(new Error(), { code: 'ENOENT' });
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] }).end(body);
    } catch (err) {
      const missing = err && typeof err === 'object' && 'code' in err && err.code === 'ENOENT';
      res
        .writeHead(missing ? 404 : 500, { 'content-type': 'text/plain' })
        .end(missing ? 'not found' : 'error');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fixture server has no port');
  origin = `http://127.0.0.1:${address.port}`;
  // Keep-alive sockets from a browser would hold close() open; track and destroy them.
  const sockets = new Set();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  return {
    origin,
    fixtures,
    canaryHits,
    /** http://SITE_HOST:PORT, the same server under a named host (only the test browsers resolve it). */
    siteOrigin: `http://${SITE_HOST}:${address.port}`,
    urlOf(name) {
      const f = fixtures.get(name);
      if (!f) throw new Error(`no fixture named ${name}`);
      return origin + f.path;
    },
    siteUrlOf(name) {
      const f = fixtures.get(name);
      if (!f) throw new Error(`no fixture named ${name}`);
      return `http://${SITE_HOST}:${address.port}${f.path}`;
    },
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
