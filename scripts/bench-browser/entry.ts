/**
 * The page side of `npm run bench:browser`: Lede's extract() and bare Readability on the same parsed page, in a
 * real browser, where the DOM is native (no JS-heap nodes to collect) and DOMPurify uses the browser's parser.
 */
import { Readability } from '@mozilla/readability';
import createDOMPurify from 'dompurify';
import { resolveStreamedBoundaries } from '../../src/cli/streamed-boundaries';
import { extract, type ExtractStage } from '../../src/core/extract';

const purify = createDOMPurify(window);

/** Parses a saved page as the CLI does (streamed segments in place), with its address as the base URL. */
function parse(html: string, url: string | null): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  resolveStreamedBoundaries(doc);
  if (url && !doc.querySelector('base[href]')) {
    const base = doc.createElement('base');
    base.href = url;
    doc.head.prepend(base);
  }
  return doc;
}

/** Milliseconds one call takes; a call that throws still counts until it gave up. */
function time(fn: () => unknown): number {
  const t0 = performance.now();
  try {
    fn();
  } catch {
    // Readability throws on a few pages.
  }
  return performance.now() - t0;
}

declare global {
  interface Window {
    ledeBench: (html: string, url: string | null, oursFirst: boolean) => { ours: number; bare: number };
    ledeBenchStages: (html: string, url: string | null) => Partial<Record<ExtractStage, number>>;
    ledeExtract: (html: string, url: string | null) => string;
  }
}

window.ledeBench = (html, url, oursFirst) => {
  const doc = parse(html, url);
  const ours = () => time(() => extract(doc, { purify }));
  const bare = () => time(() => new Readability(doc.cloneNode(true) as Document).parse());
  if (oursFirst) {
    const o = ours();
    return { ours: o, bare: bare() };
  }
  const b = bare();
  return { ours: ours(), bare: b };
};

/** Milliseconds of each extract() stage on one page (a separate call, after the comparison). */
window.ledeBenchStages = (html, url) => {
  const doc = parse(html, url);
  const stages: Partial<Record<ExtractStage, number>> = {};
  let last = performance.now();
  try {
    extract(doc, {
      purify,
      onStage: (stage) => {
        const now = performance.now();
        stages[stage] = (stages[stage] ?? 0) + now - last;
        last = now;
      },
    });
  } catch {
    // Counted up to where it stopped.
  }
  return stages;
};

/** The article extract() gives for a page, as JSON (for snapshot.mjs); an exception becomes {"error": …}. */
window.ledeExtract = (html, url) => {
  try {
    return JSON.stringify(extract(parse(html, url), { purify }));
  } catch (e) {
    return JSON.stringify({ error: String(e) });
  }
};
