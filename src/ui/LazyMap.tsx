/** Loads the map module (world topology, projection) only when there are places to pin, after first paint. */
import { useEffect, useState } from 'preact/hooks';
import type { Note } from '../core/types';
import type { LocatorMap } from './LocatorMap';

type MapComponent = typeof LocatorMap;

export function LazyMap(props: { places: Note[]; onOpen: (id: string) => void }) {
  const [Map, setMap] = useState<MapComponent | null>(null);
  useEffect(() => {
    let live = true;
    import('./LocatorMap').then(
      (m) => live && setMap(() => m.LocatorMap),
      () => undefined, // no map is better than a broken panel
    );
    return () => {
      live = false;
    };
  }, []);
  return Map ? <Map {...props} /> : null;
}
