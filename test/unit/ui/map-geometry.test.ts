import { describe, expect, it } from 'vitest';
import { mapShape } from '../../../src/ui/map-geometry';

describe('mapShape', () => {
  it('frames nearby pins inside the box and outlines the first pin’s country', () => {
    const s = mapShape([
      { id: 'rome', name: 'Rome', lat: 41.9, lon: 12.5 },
      { id: 'milan', name: 'Milan', lat: 45.46, lon: 9.19 },
    ]);
    expect(s.focus?.name).toBe('Italy');
    expect(s.pins).toHaveLength(2);
    for (const p of s.pins) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(s.width);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(s.height);
    }
    // Milan is north-west of Rome: up and to the left on the map.
    const [rome, milan] = s.pins;
    expect(milan!.x).toBeLessThan(rome!.x);
    expect(milan!.y).toBeLessThan(rome!.y);
    // Framed on the region, not the world: the pins sit far apart on a 320-pixel map.
    expect(Math.hypot(milan!.x - rome!.x, milan!.y - rome!.y)).toBeGreaterThan(20);
    expect(s.countries.length).toBeGreaterThan(5);
  });

  it('shows the whole world when pins are on both sides of it', () => {
    const s = mapShape([
      { id: 'a', name: 'A', lat: 35.7, lon: 139.7 },
      { id: 'b', name: 'B', lat: 40.7, lon: -74 },
    ]);
    expect(s.countries.length).toBeGreaterThan(150);
    expect(s.focus?.name).toBe('Japan');
  });

  it('has no focus for a pin at sea', () => {
    expect(mapShape([{ id: 's', name: 'Sea', lat: 0, lon: -30 }]).focus).toBeNull();
  });
});
