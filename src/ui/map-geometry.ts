/**
 * The locator map's geometry, computed offline: world-atlas 110m countries projected with d3-geo,
 * framed on the story's pins (never tighter than a region, never wider than the world).
 */
import { geoContains, geoNaturalEarth1, geoPath, type GeoSphere } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';

export interface Pin {
  id: string;
  name: string;
  lat: number;
  lon: number;
}

export interface MapShape {
  width: number;
  height: number;
  /** One path per country. */
  countries: { name: string; d: string }[];
  /** The country holding the most salient pin, outlined. */
  focus: { name: string; d: string } | null;
  pins: (Pin & { x: number; y: number })[];
}

type Country = Feature<Geometry, { name: string }>;
let cached: Country[] | null = null;

function allCountries(): Country[] {
  if (!cached) {
    const topo = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    cached = (feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>)
      .features;
  }
  return cached;
}

/** Degrees of latitude/longitude the frame spans at least, so one pin still shows its surroundings. */
const MIN_SPAN = 24;

/** Projects the countries and `pins` (most salient first) into a `width`×`height` box. */
export function mapShape(pins: Pin[], width = 320, height = 180): MapShape {
  const list = allCountries();
  const lons = pins.map((p) => p.lon);
  const lats = pins.map((p) => p.lat);
  let frame: GeoJSON.MultiPoint | GeoSphere = { type: 'Sphere' };
  if (pins.length) {
    const [minLon, maxLon] = [Math.min(...lons), Math.max(...lons)];
    const [minLat, maxLat] = [Math.min(...lats), Math.max(...lats)];
    const padLon = Math.max(0, (MIN_SPAN * 1.6 - (maxLon - minLon)) / 2) + 4;
    const padLat = Math.max(0, (MIN_SPAN - (maxLat - minLat)) / 2) + 3;
    if (maxLon - minLon < 200) {
      frame = {
        type: 'MultiPoint',
        coordinates: [
          [minLon - padLon, Math.max(-85, minLat - padLat)],
          [maxLon + padLon, Math.min(85, maxLat + padLat)],
          [minLon - padLon, Math.min(85, maxLat + padLat)],
          [maxLon + padLon, Math.max(-85, minLat - padLat)],
        ],
      };
    }
  }
  const projection = geoNaturalEarth1().fitExtent(
    [
      [2, 2],
      [width - 2, height - 2],
    ],
    frame,
  );
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const path = geoPath(projection);
  const countries = list.map((c) => ({ name: c.properties.name, d: path(c) ?? '' })).filter((c) => c.d);
  const first = pins[0];
  const home = first ? list.find((c) => geoContains(c, [first.lon, first.lat])) : undefined;
  return {
    width,
    height,
    countries,
    focus: home ? { name: home.properties.name, d: path(home) ?? '' } : null,
    pins: pins.flatMap((p) => {
      const xy = projection([p.lon, p.lat]);
      return xy ? [{ ...p, x: xy[0], y: xy[1] }] : [];
    }),
  };
}
