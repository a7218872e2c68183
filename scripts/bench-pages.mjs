/**
 * The pages the timing benchmarks run over: the shared corpora (wcxb, aeb, Readability's test pages) or a
 * folder of .html / .html.gz pages, read lazily (one page in memory at a time).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';

/** Every page of the corpora (or of --dir) as {corpus, id, html, url}, lazily (one page in memory at a time). */
export function* pages({ dataDir, pageDir }) {
  if (pageDir) {
    for (const f of readdirSync(pageDir).sort()) {
      if (!/\.html?(\.gz)?$/i.test(f)) continue;
      const bytes = readFileSync(join(pageDir, f));
      const html = (f.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
      yield { corpus: 'dir', id: f, html, url: null };
    }
    return;
  }
  const wcxb = join(dataDir, 'wcxb');
  if (existsSync(wcxb)) {
    for (const f of readdirSync(join(wcxb, 'ground-truth')).sort()) {
      const id = f.replace(/\.json$/, '');
      const gt = JSON.parse(readFileSync(join(wcxb, 'ground-truth', f), 'utf8'));
      const html = gunzipSync(readFileSync(join(wcxb, 'html', id + '.html.gz'))).toString('utf8');
      yield { corpus: 'wcxb', id, html, url: gt.url ?? null };
    }
  }
  const aeb = join(dataDir, 'aeb');
  if (existsSync(aeb)) {
    const gt = JSON.parse(readFileSync(join(aeb, 'ground-truth.json'), 'utf8'));
    for (const f of readdirSync(join(aeb, 'html')).sort()) {
      const id = f.replace(/\.html\.gz$/, '');
      const html = gunzipSync(readFileSync(join(aeb, 'html', f))).toString('utf8');
      yield { corpus: 'aeb', id, html, url: gt[id]?.url ?? null };
    }
  }
  const rp = join(dataDir, 'readability-pages');
  if (existsSync(rp)) {
    for (const slug of readdirSync(rp).sort()) {
      const src = join(rp, slug, 'source.html');
      if (existsSync(src))
        yield {
          corpus: 'rpages',
          id: slug,
          html: readFileSync(src, 'utf8'),
          url: 'http://fakehost/test/page.html',
        };
    }
  }
}

/** Every `every`-th page, at most `limit` of them. */
export function* sample(every, limit, source) {
  let i = 0;
  let n = 0;
  for (const page of source) {
    if (i++ % every !== 0) continue;
    if (n++ >= limit) return;
    yield page;
  }
}
