/**
 * A fake Wikipedia + Wikidata server on 127.0.0.1 for tests (unit and end-to-end). It answers
 *   GET /api/rest_v1/page/summary/{title}          (Wikipedia REST summary, 302 for redirects, 404 problem JSON)
 *   GET /w/api.php?action=wbsearchentities|wbgetentities   (Wikidata action API)
 * from the invented fixtures in ./fixtures.ts, and can be switched into fault modes.
 *
 *   const wiki = await startFakeWiki();
 *   wiki.setMode({ kind: 'rate-limit', times: 1, retryAfter: '1' });
 *   … wiki.url is both the Wikipedia base and, with "/w/api.php", the Wikidata API …
 *   await wiki.close();
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ITEMS, PAGES, REDIRECTS, SEARCHES, type ItemFixture } from './fixtures';

export type FakeWikiMode =
  | { kind: 'normal' }
  /** The next `times` requests answer 429 with this Retry-After header. */
  | { kind: 'rate-limit'; times: number; retryAfter: string }
  /** The next `times` requests (default: all) answer `status` with an HTML error page. */
  | { kind: 'error'; status: number; times?: number }
  /** Every answer is delayed by `delayMs` (longer than the client's timeout to test timeouts). */
  | { kind: 'slow'; delayMs: number }
  /** Every answer is 200 with a body that is not JSON. */
  | { kind: 'malformed' };

export interface FakeWikiRequest {
  path: string;
  userAgent: string | undefined;
  /** Requests being served at the moment this one arrived (1 = it was alone). */
  inFlight: number;
}

export interface FakeWiki {
  /** e.g. "http://127.0.0.1:41234" (no trailing slash). */
  url: string;
  /** The Wikidata API URL on this server. */
  wikidataApi: string;
  requests: FakeWikiRequest[];
  setMode(mode: FakeWikiMode): void;
  close(): Promise<void>;
}

/** Starts the server on an ephemeral port of 127.0.0.1. */
export async function startFakeWiki(): Promise<FakeWiki> {
  let mode: FakeWikiMode = { kind: 'normal' };
  let faults = 0;
  let inFlight = 0;
  const requests: FakeWikiRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();

  const server = createServer((req, res) => {
    inFlight++;
    res.on('close', () => inFlight--);
    requests.push({ path: req.url ?? '', userAgent: header(req, 'api-user-agent'), inFlight });
    const m = mode;
    if (m.kind === 'rate-limit' && faults < m.times) {
      faults++;
      return send(res, 429, { 'retry-after': m.retryAfter }, problem(429, 'Too many requests'));
    }
    if (m.kind === 'error' && faults < (m.times ?? Infinity)) {
      faults++;
      res.writeHead(m.status, { 'content-type': 'text/html' });
      res.end('<html><body>Server error</body></html>');
      return;
    }
    if (m.kind === 'malformed') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"type": "standard", "title": "Kastrel", "extract": ');
      return;
    }
    if (m.kind === 'slow') {
      const t = setTimeout(() => {
        timers.delete(t);
        if (!res.destroyed) route(req, res);
      }, m.delayMs);
      timers.add(t);
      return;
    }
    route(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    wikidataApi: `${url}/w/api.php`,
    requests,
    setMode(next) {
      mode = next;
      faults = 0;
    },
    close() {
      for (const t of timers) clearTimeout(t);
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

function problem(status: number, title: string, detail?: string): Record<string, unknown> {
  return {
    type: status === 404 ? 'https://mediawiki.org/wiki/HyperSwitch/errors/not_found' : 'about:blank',
    title,
    method: 'get',
    ...(detail ? { detail } : {}),
    uri: '/en.wikipedia.org/v1/page/summary',
  };
}

function route(req: IncomingMessage, res: ServerResponse): void {
  const u = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
  const prefix = '/api/rest_v1/page/summary/';
  if (u.pathname.startsWith(prefix)) {
    const title = decodeURIComponent(u.pathname.slice(prefix.length)).replace(/_/g, ' ');
    const target = REDIRECTS[title];
    if (target) {
      res.writeHead(302, { location: `${prefix}${encodeURIComponent(target.replace(/ /g, '_'))}` });
      res.end();
      return;
    }
    const page = PAGES[title];
    if (!page) return send(res, 404, {}, problem(404, 'Not found.', 'Page or revision not found.'));
    return send(res, 200, {}, summaryBody(page, u.origin));
  }
  if (u.pathname === '/w/api.php') {
    const action = u.searchParams.get('action');
    if (action === 'wbsearchentities') {
      const ids = SEARCHES[(u.searchParams.get('search') ?? '').toLowerCase()] ?? [];
      const search = ids.map((id) => searchHit(id, u.origin));
      return send(res, 200, {}, { searchinfo: { search: u.searchParams.get('search') }, search, success: 1 });
    }
    if (action === 'wbgetentities') {
      const entities: Record<string, unknown> = {};
      for (const id of (u.searchParams.get('ids') ?? '').split('|')) {
        const item = ITEMS[id];
        entities[id] = item ? entity(id, item) : { id, missing: '' };
      }
      return send(res, 200, {}, { entities, success: 1 });
    }
    return send(
      res,
      200,
      {},
      { error: { code: 'badvalue', info: `Unrecognized value for parameter "action"` } },
    );
  }
  send(res, 404, {}, problem(404, 'Not found.'));
}

function summaryBody(p: (typeof PAGES)[string], origin: string): Record<string, unknown> {
  const key = p.title.replace(/ /g, '_');
  return {
    type: p.type,
    title: key,
    displaytitle: p.title,
    namespace: { id: 0, text: '' },
    ...(p.wikibase_item ? { wikibase_item: p.wikibase_item } : {}),
    titles: { canonical: key, normalized: p.title, display: p.title },
    pageid: 1000 + key.length,
    ...(p.thumbnail
      ? { thumbnail: { source: `${origin}/thumb/${p.thumbnail}`, width: 320, height: 213 } }
      : {}),
    lang: 'en',
    dir: 'ltr',
    revision: '1',
    tid: '00000000-0000-0000-0000-000000000000',
    timestamp: '2026-01-01T00:00:00Z',
    ...(p.description ? { description: p.description, description_source: 'local' } : {}),
    ...(p.coordinates ? { coordinates: p.coordinates } : {}),
    content_urls: {
      desktop: { page: `${origin}/wiki/${key}`, revisions: `${origin}/wiki/${key}?action=history` },
      mobile: { page: `${origin}/wiki/${key}` },
    },
    extract: p.extract,
    extract_html: `<p>${p.extract}</p>`,
  };
}

function searchHit(id: string, origin: string): Record<string, unknown> {
  const item = ITEMS[id];
  if (!item) return { id };
  return {
    id,
    title: id,
    pageid: Number(id.slice(1)),
    display: {
      label: { value: item.label, language: 'en' },
      description: { value: item.description, language: 'en' },
    },
    repository: 'wikidata',
    url: `${origin}/wiki/${id}`,
    concepturi: `${origin}/entity/${id}`,
    label: item.label,
    description: item.description,
    match: { type: 'label', language: 'en', text: item.label },
    ...(item.aliases ? { aliases: item.aliases } : {}),
  };
}

function entity(id: string, item: ItemFixture): Record<string, unknown> {
  const claims: Record<string, unknown[]> = {};
  const add = (prop: string, datavalue: unknown, datatype: string): void => {
    (claims[prop] ??= []).push({
      mainsnak: { snaktype: 'value', property: prop, datavalue, datatype },
      type: 'statement',
      id: `${id}$${prop}-${(claims[prop] ?? []).length}`,
      rank: 'normal',
    });
  };
  const itemValue = (q: string): unknown => ({
    value: { 'entity-type': 'item', 'numeric-id': Number(q.slice(1)), id: q },
    type: 'wikibase-entityid',
  });
  for (const q of item.P31) add('P31', itemValue(q), 'wikibase-item');
  for (const q of item.P17 ?? []) add('P17', itemValue(q), 'wikibase-item');
  if (item.P625) {
    add(
      'P625',
      {
        value: {
          ...item.P625,
          altitude: null,
          precision: 0.0001,
          globe: 'http://www.wikidata.org/entity/Q2',
        },
        type: 'globecoordinate',
      },
      'globe-coordinate',
    );
  }
  if (item.P571) {
    add(
      'P571',
      {
        value: {
          time: item.P571,
          timezone: 0,
          before: 0,
          after: 0,
          precision: 9,
          calendarmodel: 'http://www.wikidata.org/entity/Q1985727',
        },
        type: 'time',
      },
      'time',
    );
  }
  if (item.P856) add('P856', { value: item.P856, type: 'string' }, 'url');
  if (item.P18) add('P18', { value: item.P18, type: 'string' }, 'commonsMedia');
  return {
    pageid: Number(id.slice(1)),
    ns: 0,
    title: id,
    type: 'item',
    id,
    labels: { en: { language: 'en', value: item.label } },
    descriptions: { en: { language: 'en', value: item.description } },
    aliases: { en: (item.aliases ?? []).map((value) => ({ language: 'en', value })) },
    claims,
    sitelinks: item.enwiki ? { enwiki: { site: 'enwiki', title: item.enwiki, badges: [] } } : {},
  };
}
