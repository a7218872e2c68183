/**
 * The date printed by the headline when it is earlier than every date the metadata states.
 *
 * Site rebuilds, migrations and republishing stamp JSON-LD and meta dates anew, while the dateline the
 * reader sees keeps the day the story first ran. A printed date later than the metadata is left alone: it
 * is as often an update or a neighbouring item as the publication. So is a line that announces an update
 * only, a date within a day and a half of a metadata date (the same day seen from another time zone), and a
 * date far from the headline.
 */
import { toIsoDate } from '../dates';
import { findArticleLd, ldText, readJsonLd } from '../jsonld';
import { metaTag } from '../meta-tags';
import { headlineDateline, type Dateline } from '../published';

/** How much text may sit between the headline and its dateline. */
const MAX_DISTANCE = 600;
const SAME_DAY_MS = 36 * 3600 * 1000;

const UPDATED =
  /(?<![\p{L}\p{N}])(updated|last modified|aktualisiert|mis à jour|actualizado|atualizado|aggiornato|обновлено|diperbarui)(?![\p{L}\p{N}])|수정|업데이트|更新/iu;
const PUBLISHED =
  /(?<![\p{L}\p{N}])(published|posted|veröffentlicht|publié|publicado|pubblicato|опубликовано|dipublikasikan|diterbitkan)(?![\p{L}\p{N}])|입력|公開|投稿/iu;

/** The calendar day a date string names in its own zone ("2025-12-18T21:40:00-05:00" → 2025-12-18). */
const ownDay = (s: string): string | null => /^\s*(\d{4}-\d\d-\d\d)/.exec(s)?.[1] ?? null;

/** Every date the page's metadata states for the article, as written. */
function metadataDates(doc: Document): string[] {
  const ld = findArticleLd(readJsonLd(doc));
  return [
    ldText(ld?.datePublished),
    ldText(ld?.dateModified),
    metaTag(doc, 'article:published_time'),
    metaTag(doc, 'article:modified_time', 'og:updated_time'),
  ].filter((s): s is string => !!s);
}

/** `published`, or the headline's printed date when that is earlier than every metadata date. */
export function earlierPrintedDate(
  doc: Document,
  published: string | null,
  dateline: () => Dateline | null = () => headlineDateline(doc),
): string | null {
  if (!published) return published;
  const line = dateline();
  if (!line || line.distance > MAX_DISTANCE) return published;
  if (UPDATED.test(line.line) && !PUBLISHED.test(line.line)) return published;
  const printed = Date.parse(line.iso);
  if (!(printed < Date.parse(published))) return published;
  const day = line.iso.slice(0, 10);
  for (const s of [published, ...metadataDates(doc)]) {
    const t = Date.parse(toIsoDate(s) ?? '');
    if (!Number.isFinite(t)) continue;
    if (t <= printed || Math.abs(t - printed) < SAME_DAY_MS || ownDay(s) === day) return published;
  }
  return line.iso;
}
