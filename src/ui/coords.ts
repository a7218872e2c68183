/** Where a note is on the map: its own coordinates, or its summary's. */
import type { Note } from '../core/types';

/** Coordinates of a note from the note itself or its summary, or null. */
export function coordsOf(n: Note): { lat: number; lon: number } | null {
  return n.coordinates ?? n.summary?.coordinates ?? null;
}
