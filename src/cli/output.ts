/** Output shapes of the CLI: the batch record and the single-page formats. */
import { parseHTML } from 'linkedom';
import { toMarkdown } from '../core/format/markdown';
import type { Note, ReadResult } from '../core/types';

/** The batch contract's record: article fields the scorer reads, notes with their links. */
export function batchRecord(file: string, r: ReadResult): Record<string, unknown> {
  return {
    file,
    detection: r.detection,
    article: r.article,
    notes: r.notes.map(compactNote),
  };
}

function compactNote(n: Note): Record<string, unknown> {
  const { mentions, ...rest } = n;
  return { ...rest, mentions: mentions.map((m) => [m.start, m.end]) };
}

export type Format = 'json' | 'text' | 'markdown' | 'html';

/** Renders one result in the format asked for on the command line. */
export function render(r: ReadResult, format: Format): string {
  if (format === 'json') return JSON.stringify(r, null, 2) + '\n';
  const a = r.article;
  const verdict = `${r.detection.isArticle ? 'article' : 'not an article'}${r.detection.isNews ? ' (news)' : ''}, score ${r.detection.score.toFixed(2)}`;
  if (!a) return `Lede: ${verdict}; no readable content found.\n`;
  const notes = r.notes.map(
    (n) =>
      `- ${n.name} (${n.kind}${n.aliases.length ? `; also ${n.aliases.join(', ')}` : ''}; ${n.mentionCount}×)`,
  );
  if (format === 'text') {
    const head = [a.title, [a.byline, a.published, a.siteName].filter(Boolean).join(' · '), ''];
    return [...head, a.text, '', `Notes:`, ...notes, '', `(${verdict})`].join('\n') + '\n';
  }
  if (format === 'markdown') {
    const { document } = parseHTML(`<!doctype html><html><body><div id="a">${a.html}</div></body></html>`); // a.html is DOMPurify output
    const body = toMarkdown(document.getElementById('a') as unknown as Node);
    const by = [a.byline, a.published, a.siteName].filter(Boolean).join(' · ');
    return `# ${a.title}\n\n${by ? `*${by}*\n\n` : ''}${body}\n## Notes\n\n${notes.join('\n')}\n`;
  }
  return `<!doctype html>\n<html lang="${escapeAttr(a.lang ?? '')}" dir="${a.dir ?? 'auto'}"><head><meta charset="utf-8"><title>${escapeText(a.title)}</title></head>\n<body><article><h1>${escapeText(a.title)}</h1>\n${a.html}\n</article></body></html>\n`;
}

const escapeText = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string): string => escapeText(s).replace(/"/g, '&quot;');
