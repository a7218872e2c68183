/** Turns the many date spellings of news pages into ISO 8601, or null. */
export function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const s = value.trim();
  if (!s) return null;
  // Compact forms like 20240131 or 20240131T101500Z that Date.parse rejects.
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?/.exec(s);
  const candidate =
    compact && !/[-/]/.test(s.slice(0, 8))
      ? `${compact[1]}-${compact[2]}-${compact[3]}T${compact[4] ?? '00'}:${compact[5] ?? '00'}:${compact[6] ?? '00'}Z`
      : s;
  const ms = Date.parse(candidate);
  if (Number.isNaN(ms)) return null;
  const year = new Date(ms).getUTCFullYear();
  if (year < 1990 || year > 2100) return null;
  return new Date(ms).toISOString();
}
