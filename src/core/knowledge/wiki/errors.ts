/** Why an online lookup failed. The UI shows the article's own notes whatever the reason. */
export type WikiErrorKind =
  | 'off' // lookups are switched off: no request was made
  | 'timeout'
  | 'aborted' // the caller gave up (popup closed)
  | 'network'
  | 'http' // a status other than 2xx/404 after retries
  | 'rate-limited' // 429 with a Retry-After longer than we are willing to wait, or still 429 after retries
  | 'malformed' // the body was not the JSON shape the API documents
  | 'internal'; // a bug on our side; reported, never thrown into the service worker

/** An online lookup failure with a machine-readable kind. */
export class WikiError extends Error {
  readonly kind: WikiErrorKind;
  readonly status: number | undefined;

  constructor(kind: WikiErrorKind, message: string, status?: number) {
    super(message);
    this.name = 'WikiError';
    this.kind = kind;
    this.status = status;
  }
}

/** True when `e` is a WikiError (of `kind`, when given). */
export function isWikiError(e: unknown, kind?: WikiErrorKind): e is WikiError {
  return e instanceof WikiError && (kind === undefined || e.kind === kind);
}
