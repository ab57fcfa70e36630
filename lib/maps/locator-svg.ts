import { readFileSync } from 'node:fs';
import path from 'node:path';
import { geoBounds, geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

// A locator map drawn at build time: Natural Earth country boundaries (world-atlas, 1:50m)
// projected with d3-geo's Mercator, framed around the places. No tiles, no network.

export type MapPlace = { name: string; lat: number; lon: number; label?: string };
export type ProjectedPlace = MapPlace & { x: number; y: number };
export type LocatorMap = { width: number; height: number; countries: string[]; places: LabelledPlace[] };

export const MAP_WIDTH = 640;
export const MAP_HEIGHT = 420;
const PADDING = 48;
/** Never zoom in closer than this many degrees across, so a single place still shows its region. */
const MIN_SPAN_DEGREES = 4;

let world: GeoJSON.FeatureCollection | undefined;
function countries(): GeoJSON.FeatureCollection {
  if (!world) {
    // From the project root, as the pages read public/: inside Next's server bundle a module
    // resolution would give a module id, not a file.
    const file = path.join(process.cwd(), 'node_modules', 'world-atlas', 'countries-50m.json');
    const topo = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ countries: GeometryCollection }>;
    world = feature(topo, topo.objects.countries) as GeoJSON.FeatureCollection;
  }
  return world;
}

/** The area to frame: the places' bounding box, widened to at least MIN_SPAN_DEGREES each way. */
export function frame(places: MapPlace[]): GeoJSON.Feature<GeoJSON.MultiPoint> {
  const lons = places.map((p) => p.lon);
  const lats = places.map((p) => p.lat);
  const widen = (lo: number, hi: number, clamp: number): [number, number] => {
    const extra = Math.max(0, MIN_SPAN_DEGREES - (hi - lo)) / 2;
    return [Math.max(-clamp, lo - extra), Math.min(clamp, hi + extra)];
  };
  const [west, east] = widen(Math.min(...lons), Math.max(...lons), 180);
  const [south, north] = widen(Math.min(...lats), Math.max(...lats), 85);
  return {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiPoint', coordinates: [[west, south], [east, north], [west, north], [east, south]] },
  };
}

export function locatorMap(places: MapPlace[]): LocatorMap {
  const projection = geoMercator().fitExtent(
    [[PADDING, PADDING], [MAP_WIDTH - PADDING, MAP_HEIGHT - PADDING]],
    frame(places),
  );
  // Clip to the frame so the page carries only the outlines a reader can see.
  projection.clipExtent([[0, 0], [MAP_WIDTH, MAP_HEIGHT]]);
  const path = geoPath(projection).digits(1);
  const visible = countries().features.filter((f) => overlaps(f, projection.invert!([0, MAP_HEIGHT])!, projection.invert!([MAP_WIDTH, 0])!));
  const shapes = visible.map((f) => path(f as GeoPermissibleObjects)).filter((d): d is string => Boolean(d));
  const projected = places.map((p) => {
    const [x, y] = projection([p.lon, p.lat]) ?? [0, 0];
    return { ...p, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
  });
  return { width: MAP_WIDTH, height: MAP_HEIGHT, countries: shapes, places: placeLabels(projected, MAP_WIDTH, MAP_HEIGHT) };
}

function overlaps(f: GeoJSON.Feature, [west, south]: [number, number], [east, north]: [number, number]): boolean {
  const [[w, s], [e, n]] = geoBounds(f);
  // A feature crossing the antimeridian has w > e: keep it rather than reason about it.
  if (w > e) return true;
  return !(e < west || w > east || n < south || s > north);
}

export type LabelledPlace = ProjectedPlace & { labelX: number; labelY: number; anchor: 'start' | 'end' };

const LABEL_HEIGHT = 16;
/** A rough width for 13px bold text: enough to keep labels apart, no font metrics needed. */
const labelWidth = (text: string) => 8 + text.length * 8;

type Box = { x0: number; x1: number; y0: number; y1: number };
const overlapsBox = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Where each label goes: beside its point (right, then left), or above or below it, taking
 * the first spot that stays on the map and clear of the labels already placed.
 */
export function placeLabels(places: ProjectedPlace[], width: number, height: number): LabelledPlace[] {
  const taken: Box[] = places.map((p) => ({ x0: p.x - 5, x1: p.x + 5, y0: p.y - 5, y1: p.y + 5 }));
  return places.map((p) => {
    const w = labelWidth(p.label ?? p.name);
    const spots: { labelX: number; labelY: number; anchor: 'start' | 'end'; box: Box }[] = [
      { labelX: p.x + 9, labelY: p.y + 4, anchor: 'start', box: { x0: p.x + 7, x1: p.x + 9 + w, y0: p.y - 8, y1: p.y + 8 } },
      { labelX: p.x - 9, labelY: p.y + 4, anchor: 'end', box: { x0: p.x - 9 - w, x1: p.x - 7, y0: p.y - 8, y1: p.y + 8 } },
      { labelX: p.x + 6, labelY: p.y - 9, anchor: 'start', box: { x0: p.x, x1: p.x + 6 + w, y0: p.y - 9 - LABEL_HEIGHT + 4, y1: p.y - 5 } },
      { labelX: p.x + 6, labelY: p.y + 19, anchor: 'start', box: { x0: p.x, x1: p.x + 6 + w, y0: p.y + 5, y1: p.y + 21 } },
    ];
    const inside = (b: Box) => b.x0 >= 0 && b.x1 <= width && b.y0 >= 0 && b.y1 <= height;
    const mine = taken.filter((t) => !(t.x0 === p.x - 5 && t.y0 === p.y - 5));
    const spot = spots.find((s) => inside(s.box) && !mine.some((t) => overlapsBox(s.box, t))) ?? spots.find((s) => inside(s.box)) ?? spots[0]!;
    taken.push(spot.box);
    return { ...p, labelX: spot.labelX, labelY: spot.labelY, anchor: spot.anchor };
  });
}
