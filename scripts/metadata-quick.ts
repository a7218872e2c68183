/**
 * Title, byline and date alone, in well under a minute: runs our metadata reading and Readability's
 * metadata pass (no content extraction) over the WCXB article pages or the Readability test pages, and
 * scores them with the rules of ../shared/bench/score.mjs. The byline misses the one Readability finds
 * while choosing the content, so confirm with the full scorer; titles and dates match it to a page or two.
 *
 *   npx tsx scripts/metadata-quick.ts wcxb|rpages [--data ../shared/bench] [--json rows.json]   (from the project root)
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseDocument } from '../src/cli/node-dom';
import { forgetMetaTags } from '../src/core/extract/meta-tags';
import { articleMetadata, readMetadata } from '../src/core/extract/metadata';

process.env.TZ = 'UTC';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The steps of Readability.parse() that lead to its metadata (private in 0.6, stable across 0.5–0.6). */
interface ReadabilitySteps {
  _unwrapNoscriptImages(doc: Document): void;
  _getJSONLD(doc: Document): Record<string, string>;
  _removeScripts(doc: Document): void;
  _prepDocument(): void;
  _getArticleMetadata(jsonld: Record<string, string>): {
    title?: string;
    byline?: string;
    siteName?: string;
    publishedTime?: string;
  };
}

interface Read {
  title: string;
  byline: string | null;
  published: string | null;
  siteName: string | null;
}

function read(html: string, url: string | null): Read {
  const doc = parseDocument(html, url);
  forgetMetaTags(doc);
  const meta = readMetadata(doc);
  const clone = doc.cloneNode(true) as Document;
  const r = new Readability(clone) as unknown as ReadabilitySteps;
  r._unwrapNoscriptImages(clone);
  const jsonld = r._getJSONLD(clone);
  r._removeScripts(clone);
  r._prepDocument();
  const md = r._getArticleMetadata(jsonld);
  const siteName = md.siteName?.replace(/\s+/g, ' ').trim() || meta.siteName;
  const parsed = {
    title: md.title ?? null,
    byline: md.byline ?? null,
    publishedTime: md.publishedTime ?? null,
  };
  return { ...articleMetadata(doc, parsed, meta, siteName), siteName };
}

const norm = (s: unknown): string =>
  String(s ?? '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu, '');
const contains = (a: unknown, b: unknown): boolean => {
  const x = norm(a);
  const y = norm(b);
  return !!x && !!y && (x.includes(y) || y.includes(x));
};
const utcDay = (s: string | null, n: number): string | null => {
  const t = s ? Date.parse(s) : NaN;
  return Number.isFinite(t) ? new Date(t).toISOString().slice(0, n) : null;
};
const rate = (rows: Record<string, unknown>[], key: string): string => {
  const scored = rows.filter((r) => typeof r[key] === 'boolean');
  const hits = scored.filter((r) => r[key]).length;
  return `${(hits / scored.length).toFixed(4)} (${hits}/${scored.length})`;
};

const task = process.argv[2];
const data = arg('--data') ?? '../shared/bench';
const rows: Record<string, unknown>[] = [];
if (task === 'wcxb') {
  const gtDir = join(data, 'wcxb/ground-truth');
  for (const f of readdirSync(gtDir).sort()) {
    const id = f.replace(/\.json$/, '');
    const d = JSON.parse(readFileSync(join(gtDir, f), 'utf8'));
    if ((d._internal?.page_type?.primary ?? 'article') !== 'article') continue;
    const g = d.ground_truth ?? {};
    const a = read(
      gunzipSync(readFileSync(join(data, 'wcxb/html', `${id}.html.gz`))).toString('utf8'),
      d.url,
    );
    const row: Record<string, unknown> = { id, title: a.title, byline: a.byline, published: a.published };
    if (g.title != null) {
      row.titleExact = !!norm(a.title) && norm(a.title) === norm(g.title);
      row.titleLenient = contains(a.title, g.title);
      row.goldTitle = g.title;
    }
    if (g.author != null) {
      row.author = contains(a.byline, g.author);
      row.goldAuthor = g.author;
    }
    if (g.publish_date != null) {
      const gd = String(g.publish_date).trim();
      row.date = utcDay(a.published, Math.min(10, gd.length)) === gd;
      row.goldDate = gd;
    }
    rows.push(row);
  }
  console.log(
    `wcxb articles: title exact ${rate(rows, 'titleExact')} lenient ${rate(rows, 'titleLenient')}; ` +
      `author ${rate(rows, 'author')} (without Readability's content byline); date ${rate(rows, 'date')}`,
  );
} else if (task === 'rpages') {
  const root = join(data, 'readability-pages');
  const absent = (v: unknown): boolean => v == null || (typeof v === 'string' && !v.trim());
  const same = (e: unknown, p: unknown, date = false): boolean => {
    if (absent(e) || absent(p)) return absent(e) && absent(p);
    const x = Date.parse(String(e));
    const y = Date.parse(String(p));
    if (date && Number.isFinite(x) && Number.isFinite(y))
      return Math.floor(x / 1000) === Math.floor(y / 1000);
    return e === p;
  };
  for (const slug of readdirSync(root).sort()) {
    if (!existsSync(join(root, slug, 'source.html'))) continue;
    const exp = JSON.parse(readFileSync(join(root, slug, 'expected-metadata.json'), 'utf8'));
    const a = read(readFileSync(join(root, slug, 'source.html'), 'utf8'), 'http://fakehost/test/page.html');
    rows.push({
      slug,
      title: same(exp.title, a.title),
      siteName: same(exp.siteName, a.siteName),
      published: same(exp.publishedTime, a.published, true),
      got: a,
      expected: { title: exp.title, publishedTime: exp.publishedTime },
    });
  }
  console.log(
    `rpages: title ${rate(rows, 'title')} siteName ${rate(rows, 'siteName')} published ${rate(rows, 'published')}`,
  );
} else {
  console.error('usage: npx tsx scripts/metadata-quick.ts wcxb|rpages [--data DIR] [--json rows.json]');
  process.exit(2);
}
const out = arg('--json');
if (out) writeFileSync(out, JSON.stringify(rows, null, 1));
