import { describe, expect, it } from 'vitest';
import { frame, locatorMap, MAP_HEIGHT, MAP_WIDTH, placeLabels } from './locator-svg';

const levant = [
  { name: 'Beirut', lat: 33.89, lon: 35.5 },
  { name: 'Damascus', lat: 33.51, lon: 36.29 },
];

describe('locatorMap', () => {
  it('frames the map around its places: every point inside, with room for labels', () => {
    const map = locatorMap(levant);
    for (const p of map.places) {
      expect(p.x).toBeGreaterThan(40);
      expect(p.x).toBeLessThan(MAP_WIDTH - 40);
      expect(p.y).toBeGreaterThan(40);
      expect(p.y).toBeLessThan(MAP_HEIGHT - 40);
    }
    // Damascus is east (right) and south (lower) of Beirut.
    expect(map.places[1]!.x).toBeGreaterThan(map.places[0]!.x);
    expect(map.places[1]!.y).toBeGreaterThan(map.places[0]!.y);
  });

  it('draws real boundaries, and only those in view', () => {
    const levantMap = locatorMap(levant);
    // Lebanon, Syria, Israel, Jordan, Cyprus… but not the whole world's 240 countries.
    expect(levantMap.countries.length).toBeGreaterThan(3);
    expect(levantMap.countries.length).toBeLessThan(30);
    expect(levantMap.countries.every((d) => /^M[\d.-]/.test(d))).toBe(true);
    const maghreb = locatorMap([{ name: 'Rabat', lat: 34.02, lon: -6.84 }]);
    expect(maghreb.countries.join('')).not.toBe(levantMap.countries.join(''));
  });

  it('keeps a single place in its region rather than zooming onto a dot', () => {
    const f = frame([{ name: 'Rabat', lat: 34.02, lon: -6.84 }]);
    const lons = f.geometry.coordinates.map((c) => c[0]!);
    expect(Math.max(...lons) - Math.min(...lons)).toBeGreaterThanOrEqual(4);
  });

  it('keeps labels on the map and clear of each other', () => {
    // Two points 10 px apart, as Hermel and Qusayr are on the Levant map, and one at the right edge.
    const placed = placeLabels([
      { name: 'Hermel', lat: 0, lon: 0, x: 300, y: 200 },
      { name: 'Qusayr', lat: 0, lon: 0, x: 305, y: 192 },
      { name: 'Edge town', lat: 0, lon: 0, x: 630, y: 100 },
    ], 640, 420);
    const [a, b, edge] = placed;
    expect(Math.abs(a!.labelY - b!.labelY) >= 16 || a!.anchor !== b!.anchor).toBe(true);
    expect(edge!.anchor).toBe('end');
  });
});
