/**
 * Runs the online lookups of a story's notes in the reader page: the linker and the bundled gazetteer run
 * here, every request goes through `client` (messages to the background). Loaded lazily with the gazetteer.
 */
import type { WikiClient, WikiErrorKind } from '../core/knowledge/wiki-client';
import type { Note } from '../core/types';
import type { LookedUp } from './api';

/** Faults of the service itself: after one, the remaining notes are not asked for (the server is unwell). */
const SERVICE_FAULTS = new Set<WikiErrorKind>(['timeout', 'network', 'http', 'rate-limited', 'malformed']);

/** Looks `notes` up (on copies; the caller's notes are not changed) and reports each as it arrives. */
export async function runLookups(
  notes: Note[],
  client: WikiClient,
  onEach: (found: LookedUp) => void,
  signal: AbortSignal,
): Promise<void> {
  try {
    const [{ lookupNotes }, { loadGazetteer }, { wikipediaUrl }] = await Promise.all([
      import('../core/knowledge/lookup-note'),
      import('../core/knowledge'),
      import('../core/knowledge/attach'),
    ]);
    const base = client.endpoints.wikipediaBase;
    const stop = new AbortController();
    if (signal.aborted) return;
    const forward = (): void => stop.abort();
    signal.addEventListener('abort', forward, { once: true });
    const copies = structuredClone(notes).sort((a, b) => b.salience - a.salience);
    await lookupNotes(copies, {
      client,
      gazetteer: loadGazetteer(),
      signal: stop.signal,
      onBackground: (note, background) => {
        if (background.error && SERVICE_FAULTS.has(background.error)) stop.abort();
        if (signal.aborted) return;
        const alternatives = background.alternatives.slice(0, 4).map((a) => ({
          label: a.label,
          ...(a.description ? { description: a.description } : {}),
          url: a.wikipedia ? wikipediaUrl(a.wikipedia, base) : null,
        }));
        onEach({ note, verdict: { confidence: background.confidence, low: background.low, alternatives } });
      },
    }).finally(() => signal.removeEventListener('abort', forward));
  } catch {
    // A failure here (a chunk that did not load) leaves the notes as the story and bundled data made them.
  }
}
