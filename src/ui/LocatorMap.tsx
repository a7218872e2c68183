/** A small offline locator map: a pin for every place with coordinates; a pin opens its note. */
import { useMemo } from 'preact/hooks';
import type { Note } from '../core/types';
import { coordsOf } from './coords';
import { mapShape, type Pin } from './map-geometry';

export function LocatorMap({ places, onOpen }: { places: Note[]; onOpen: (id: string) => void }) {
  const shape = useMemo(() => {
    const pins: Pin[] = places.flatMap((n) => {
      const c = coordsOf(n);
      return c ? [{ id: n.id, name: n.name, lat: c.lat, lon: c.lon }] : [];
    });
    return pins.length ? mapShape(pins) : null;
  }, [places]);
  if (!shape) return null;
  const key = (id: string) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onOpen(id);
    }
  };
  return (
    <figure class="lede-map">
      <svg
        viewBox={`0 0 ${shape.width} ${shape.height}`}
        role="group"
        aria-label={`Map of ${shape.pins.length} ${shape.pins.length === 1 ? 'place' : 'places'} in the story`}
      >
        <rect class="lede-map-sea" width={shape.width} height={shape.height} />
        <g class="lede-map-land" aria-hidden="true">
          {shape.countries.map((c) => (
            <path key={c.name} d={c.d} />
          ))}
        </g>
        {shape.focus && <path class="lede-map-focus" d={shape.focus.d} aria-hidden="true" />}
        {/* Most salient last, so it is drawn on top where pins overlap. */}
        {[...shape.pins].reverse().map((p) => (
          <g
            key={p.id}
            class="lede-pin"
            data-note={p.id}
            role="button"
            tabIndex={0}
            aria-label={`${p.name}: open note`}
            transform={`translate(${p.x.toFixed(1)} ${p.y.toFixed(1)})`}
            onClick={() => onOpen(p.id)}
            onKeyDown={key(p.id)}
          >
            <title>{p.name}</title>
            <circle r="7" class="lede-pin-hit" />
            <circle r="4.5" class="lede-pin-dot" />
          </g>
        ))}
      </svg>
      <figcaption>
        {shape.focus ? `Places in the story; ${shape.focus.name} outlined.` : 'Places in the story.'} Map
        data: Natural Earth (public domain).
      </figcaption>
    </figure>
  );
}
