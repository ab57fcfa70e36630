import { given, requireAttributes, type ElementIssue, type ElementNode } from './media-types';

export const MAP_ATTRIBUTES = ['title', 'source', 'caption'] as const;
export const PLACE_ATTRIBUTES = ['name', 'lat', 'lon', 'label'] as const;
export const MAX_PLACES = 20;

/** <Map> and its <Place />s: 1–20 places, nothing else inside, each place with a name and real coordinates. */
export function checkMap(node: ElementNode): ElementIssue[] {
  const issues = requireAttributes(node, { title: 'Where the story happens', source: 'Natural Earth' });
  const places = node.children.filter((c) => c.name === 'Place');
  for (const other of node.children.filter((c) => c.name !== 'Place')) {
    issues.push({ attribute: 'children', message: `<${other.name ?? ''}> cannot go inside <Map>`, fix: 'put only <Place name="…" lat="…" lon="…" /> elements inside <Map>', pos: other.pos });
  }
  if (node.hasText) issues.push({ attribute: 'children', message: '<Map> holds text besides its places', fix: 'put the text in caption="…"; only <Place /> elements go inside <Map>' });
  if (places.length === 0) issues.push({ attribute: 'children', message: '<Map> has no places', fix: 'add 1 to 20 <Place name="…" lat="…" lon="…" /> lines between <Map …> and </Map>' });
  if (places.length > MAX_PLACES) issues.push({ attribute: 'children', message: `<Map> has ${places.length} places; a locator map takes at most ${MAX_PLACES}`, fix: 'keep the places the story is about, or split the map in two' });
  return [...issues, ...places.flatMap((p) => checkPlace(p).map((i) => ({ ...i, element: 'Place', pos: p.pos })))];
}

function checkPlace(node: ElementNode): ElementIssue[] {
  const issues = requireAttributes(node, { name: 'Damascus', lat: '33.51', lon: '36.29' });
  for (const [attr, value] of Object.entries(node.attrs)) {
    if (!(PLACE_ATTRIBUTES as readonly string[]).includes(attr)) issues.push({ attribute: attr, message: `<Place> has no attribute "${attr}"`, fix: `its attributes are ${PLACE_ATTRIBUTES.join(', ')}` });
    else if (value === null) issues.push({ attribute: attr, message: `${attr} must be a quoted string`, fix: `write ${attr}="…"` });
  }
  issues.push(...coordinate(node, 'lat', 90, 'latitude'), ...coordinate(node, 'lon', 180, 'longitude'));
  if (node.hasText || node.children.length > 0) issues.push({ attribute: 'children', message: '<Place> takes nothing between its tags', fix: 'write it as <Place … /> and use label="…" for the text on the map' });
  return issues;
}

function coordinate(node: ElementNode, attr: 'lat' | 'lon', limit: number, what: string): ElementIssue[] {
  const v = given(node, attr);
  if (v === undefined) return [];
  const n = /^[-+]?\d+(\.\d+)?$/.test(v) ? Number(v) : NaN;
  if (Number.isNaN(n)) return [{ attribute: attr, message: `"${v}" is not a number`, fix: `write the ${what} in decimal degrees, e.g. ${attr}="${attr === 'lat' ? '33.51' : '36.29'}"` }];
  if (Math.abs(n) > limit) return [{ attribute: attr, message: `${n} is outside −${limit}…${limit}`, fix: `a ${what} lies between −${limit} and ${limit}; check that lat and lon are not swapped` }];
  return [];
}
