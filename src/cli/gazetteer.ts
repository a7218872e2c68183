/** The bundled gazetteer for the CLI, loaded once on first use. */
import { loadGazetteer } from '../core/knowledge';
import type { Gazetteer } from '../core/knowledge/gazetteer';

/** Returns the bundled gazetteer (memoised by the knowledge module). */
export function loadCliGazetteer(): Gazetteer {
  return loadGazetteer();
}
