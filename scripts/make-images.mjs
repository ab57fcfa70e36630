#!/usr/bin/env node
// Generates the illustrative images used by the sample content in content/.
//
// Every image is an SVG scene composed in code (skylines, sea and ships, desert
// and pipelines, charts, map-like shapes, silhouetted crowds...) and rendered to
// JPEG with sharp. Composition is deterministic: each file's PRNG is seeded from
// its path, so re-running the script produces the same pictures.
//
// Usage:
//   node scripts/make-images.mjs            # make missing images
//   node scripts/make-images.mjs --force    # re-make all of them
//   node scripts/make-images.mjs --force hero   # only paths containing "hero"
//
// The real photographs under public/images/reference/ are NOT generated here.

import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PUBLIC_DIR = path.join(ROOT, 'public');

const SIZES = {
  hero: [1600, 900],
  figure: [1200, 800],
  avatar: [400, 400],
};

const JPEG = { quality: 70, mozjpeg: true, chromaSubsampling: '4:2:0' };

// ---------------------------------------------------------------------------
// Palettes. Every palette defines the same keys so any motif can use any palette.
// sky: top → horizon; far/mid/near: depth layers; light: highlights/windows.
// ---------------------------------------------------------------------------
const PALETTES = {
  dusk: {
    sky: ['#1f2a4d', '#6d4a72', '#e39a78'], sun: '#ffd7a1', far: '#6b5570', mid: '#43344f', near: '#221a2e',
    ground: '#2d2336', water: '#3d4f78', light: '#ffcf8a', accent: '#e0765a', accent2: '#7fa3c7', paper: '#efe9df',
  },
  desert: {
    sky: ['#8fb6cc', '#d9d6c6', '#f3e3c4'], sun: '#fff3d4', far: '#d4b58a', mid: '#b38d5e', near: '#6f5237',
    ground: '#e0c394', water: '#5e8ea6', light: '#fff6e2', accent: '#b5552f', accent2: '#51707f', paper: '#f4eee2',
  },
  haze: {
    sky: ['#a9c2cc', '#d8e0dc', '#eee9dc'], sun: '#fbf4e4', far: '#9fb0b3', mid: '#6e8489', near: '#2f3e45',
    ground: '#b9ad93', water: '#3c6d86', light: '#f7f3ea', accent: '#c8643d', accent2: '#e0b04f', paper: '#f1eee6',
  },
  dawn: {
    sky: ['#3e5a80', '#c98c8c', '#f5c9a0'], sun: '#fff0cf', far: '#8c7a88', mid: '#5b4a5c', near: '#2c2430',
    ground: '#4a3c40', water: '#56708f', light: '#ffe2b5', accent: '#d97b4f', accent2: '#6f93a8', paper: '#f3ece4',
  },
  ember: {
    sky: ['#243b5e', '#b0674a', '#f0a65c'], sun: '#ffe0a0', far: '#c77d4d', mid: '#9b4f2f', near: '#4a2418',
    ground: '#d18a55', water: '#35506b', light: '#ffd9a0', accent: '#e2a04a', accent2: '#2e4a66', paper: '#f3e9dc',
  },
  lagoon: {
    sky: ['#6fa9c6', '#bfdce3', '#eef3ec'], sun: '#ffffff', far: '#3f9aa3', mid: '#2a7f8c', near: '#1c4f5c',
    ground: '#e9dfc8', water: '#37b3b8', light: '#fbfaf5', accent: '#d98a5b', accent2: '#1f6f7f', paper: '#f2f1ec',
  },
  olive: {
    sky: ['#9bb3b8', '#d6d8c8', '#ece6d2'], sun: '#fbf6e6', far: '#a6a88a', mid: '#7b7f5a', near: '#4a4b33',
    ground: '#b8a77a', water: '#5a8596', light: '#f6f1df', accent: '#a5633c', accent2: '#3f6a5d', paper: '#f2efe4',
  },
  stone: {
    sky: ['#b9c9d6', '#e1e4e3', '#f4f1ea'], sun: '#ffffff', far: '#c9c2b6', mid: '#9c958a', near: '#3b3a3c',
    ground: '#d8d0c2', water: '#4f86a3', light: '#fbf9f4', accent: '#b9553b', accent2: '#2f5d7c', paper: '#f5f2ec',
  },
  lamp: {
    sky: ['#1e1612', '#3a2a20', '#5a4030'], sun: '#ffd58a', far: '#6e5440', mid: '#4a3628', near: '#24190f',
    ground: '#3b2b1f', water: '#334a5c', light: '#ffe2a8', accent: '#a8432f', accent2: '#3e5f6e', paper: '#efe5d3',
  },
  night: {
    sky: ['#0c1626', '#1d3250', '#3e5a7a'], sun: '#e8eef5', far: '#2d4563', mid: '#1c2f47', near: '#0b1320',
    ground: '#13202f', water: '#123049', light: '#cfe3f2', accent: '#d9894a', accent2: '#6fa0c0', paper: '#e9edf1',
  },
  paper: {
    sky: ['#f4efe6', '#f4efe6', '#f4efe6'], sun: '#ffffff', far: '#d9d2c5', mid: '#a59d90', near: '#3b3835',
    ground: '#e8e1d4', water: '#3f6f8f', light: '#ffffff', accent: '#b4463c', accent2: '#3f6f8f', paper: '#f4efe6',
  },
  rose: {
    sky: ['#e8c7b8', '#d99c8c', '#b76e6a'], sun: '#fbe6d8', far: '#c98a7d', mid: '#8e4f4f', near: '#3e2430',
    ground: '#5a3440', water: '#5b6d8c', light: '#fff1e6', accent: '#f2c46d', accent2: '#39516e', paper: '#f6ebe4',
  },
  sage: {
    sky: ['#9fb8a6', '#c9d6c4', '#e8ead9'], sun: '#fbf7ea', far: '#88a292', mid: '#577565', near: '#263a32',
    ground: '#7e957f', water: '#3e6b74', light: '#f7f4e6', accent: '#c7834f', accent2: '#2d4a5c', paper: '#eff0e6',
  },
};

// ---------------------------------------------------------------------------
// The table: every generated image, its kind (size), palette and motif.
// Paths are relative to public/.
// ---------------------------------------------------------------------------
const IMAGES = {
  // Gulf sovereign funds
  // A draft and a scheduled article: they must never reach the built site (tests check it).
  'images/gcc-bond-issuance-draft/hero.jpg': { kind: 'hero', palette: 'haze', motif: 'chartBars' },
  'images/gcc-bond-issuance-draft/desk.jpg': { kind: 'figure', palette: 'paper', motif: 'chartStacked' },
  'images/red-sea-ports-scheduled/hero.jpg': { kind: 'hero', palette: 'lagoon', motif: 'containerShip' },
  'images/red-sea-ports-scheduled/cranes.jpg': { kind: 'figure', palette: 'dawn', motif: 'construction' },
  'images/gulf-sovereign-funds-turn-inward/hero.jpg': { kind: 'hero', palette: 'dusk', motif: 'skyline', opts: { glass: true } },
  'images/gulf-sovereign-funds-turn-inward/construction.jpg': { kind: 'figure', palette: 'desert', motif: 'construction' },
  'images/gulf-sovereign-funds-turn-inward/allocation-chart.jpg': { kind: 'figure', palette: 'paper', motif: 'chartStacked' },
  // Red Sea shipping
  'images/red-sea-shipping-detour-costs/hero.jpg': { kind: 'hero', palette: 'haze', motif: 'containerShip' },
  'images/red-sea-shipping-detour-costs/route-map.jpg': { kind: 'figure', palette: 'haze', motif: 'routeMap' },
  // Egypt debt
  'images/egypt-debt-reckoning/hero.jpg': { kind: 'hero', palette: 'ember', motif: 'skyline', opts: { water: true, boats: true } },
  'images/egypt-debt-reckoning/chart.jpg': { kind: 'figure', palette: 'paper', motif: 'chartBars' },
  // Lebanon banks
  'images/lebanon-banks-deposit-question/hero.jpg': { kind: 'hero', palette: 'stone', motif: 'street' },
  'images/lebanon-banks-deposit-question/queue.jpg': { kind: 'figure', palette: 'olive', motif: 'queue' },
  // Morocco water
  'images/morocco-water-desalination/hero.jpg': { kind: 'hero', palette: 'desert', motif: 'reservoir' },
  'images/morocco-water-desalination/plant.jpg': { kind: 'figure', palette: 'lagoon', motif: 'desalPlant' },
  'images/morocco-water-desalination/canal.jpg': { kind: 'figure', palette: 'sage', motif: 'canal' },
  // Iraq pipeline
  'images/iraq-oil-exports-northern-pipeline/hero.jpg': { kind: 'hero', palette: 'desert', motif: 'pipeline' },
  'images/iraq-oil-exports-northern-pipeline/terminal.jpg': { kind: 'figure', palette: 'dawn', motif: 'terminal' },
  // Saudi tourism
  'images/saudi-tourism-visitor-targets/hero.jpg': { kind: 'hero', palette: 'ember', motif: 'rocks' },
  'images/saudi-tourism-visitor-targets/resort.jpg': { kind: 'figure', palette: 'lagoon', motif: 'resort' },
  // Arabic publishing
  'images/arabic-publishing-independent-press-interview/hero.jpg': { kind: 'hero', palette: 'lamp', motif: 'bookshelves' },
  'images/arabic-publishing-independent-press-interview/book-fair.jpg': { kind: 'figure', palette: 'night', motif: 'bookFair' },
  // Sudan gold
  'images/sudan-war-economy-gold/hero.jpg': { kind: 'hero', palette: 'desert', motif: 'goldDiggings' },
  'images/sudan-war-economy-gold/trade-routes.jpg': { kind: 'figure', palette: 'paper', motif: 'tradeRoutes' },
  // Jordan water
  'images/jordan-water-for-energy-deal/hero.jpg': { kind: 'hero', palette: 'haze', motif: 'solarFarm' },
  'images/jordan-water-for-energy-deal/aqaba.jpg': { kind: 'figure', palette: 'rose', motif: 'gulfBetweenMountains' },
  // Syria reconstruction
  'images/syria-reconstruction-engineer-interview/hero.jpg': { kind: 'hero', palette: 'stone', motif: 'damagedBlocks' },
  'images/syria-reconstruction-engineer-interview/workers.jpg': { kind: 'figure', palette: 'dawn', motif: 'scaffoldWorkers' },
  // Gulf museums
  'images/gulf-museum-boom-opinion/hero.jpg': { kind: 'hero', palette: 'stone', motif: 'domeMuseum' },
  'images/gulf-museum-boom-opinion/gallery.jpg': { kind: 'figure', palette: 'stone', motif: 'gallery' },
  // Marine insurance
  'images/marine-insurance-red-sea-interview/hero.jpg': { kind: 'hero', palette: 'night', motif: 'tankerAerial' },
  'images/marine-insurance-red-sea-interview/strait.jpg': { kind: 'figure', palette: 'dusk', motif: 'strait' },
  'images/marine-insurance-red-sea-interview/rates-chart.jpg': { kind: 'figure', palette: 'paper', motif: 'chartLine' },
  // Gulf crude to Asia
  'images/gulf-crude-asia-buyers/hero.jpg': { kind: 'hero', palette: 'dusk', motif: 'terminal' },
  'images/gulf-crude-asia-buyers/exports-chart.jpg': { kind: 'figure', palette: 'paper', motif: 'chartStacked' },
  // Iraq electricity imports
  'images/iraq-electricity-imports-summer/hero.jpg': { kind: 'hero', palette: 'night', motif: 'skyline' },
  'images/iraq-electricity-imports-summer/solar.jpg': { kind: 'figure', palette: 'ember', motif: 'solarFarm' },
  // Suez Canal revenues
  'images/suez-canal-revenue-recovery/hero.jpg': { kind: 'hero', palette: 'ember', motif: 'containerShip' },
  'images/suez-canal-revenue-recovery/revenue-chart.jpg': { kind: 'figure', palette: 'paper', motif: 'chartBars' },
  'images/suez-canal-revenue-recovery/port.jpg': { kind: 'figure', palette: 'lagoon', motif: 'terminal' },
  // Syrian refugee returns
  'images/syrian-refugee-returns-explainer/hero.jpg': { kind: 'hero', palette: 'dawn', motif: 'damagedBlocks' },
  'images/syrian-refugee-returns-explainer/crossing.jpg': { kind: 'figure', palette: 'haze', motif: 'queue' },
  // Remittances to Egypt and Jordan
  'images/remittances-egypt-jordan/hero.jpg': { kind: 'hero', palette: 'ember', motif: 'street' },
  'images/remittances-egypt-jordan/remittances-chart.jpg': { kind: 'figure', palette: 'paper', motif: 'chartLine' },
  // Lebanon-Syria border talks
  'images/lebanon-syria-border-talks/hero.jpg': { kind: 'hero', palette: 'stone', motif: 'queue' },
  'images/lebanon-syria-border-talks/mountains.jpg': { kind: 'figure', palette: 'sage', motif: 'rocks' },
  // Kurdistan Region politics
  'images/kurdistan-region-politics-interview/hero.jpg': { kind: 'hero', palette: 'haze', motif: 'skyline' },
  'images/kurdistan-region-politics-interview/pipeline.jpg': { kind: 'figure', palette: 'ember', motif: 'pipeline' },
  // Iraq Development Road
  'images/iraq-development-road-opinion/hero.jpg': { kind: 'hero', palette: 'dawn', motif: 'pipeline' },
  'images/iraq-development-road-opinion/faw-port.jpg': { kind: 'figure', palette: 'haze', motif: 'construction' },
  // Israel-Türkiye friction in Syria
  'images/israel-turkiye-friction-syria/hero.jpg': { kind: 'hero', palette: 'dusk', motif: 'rocks' },
  'images/israel-turkiye-friction-syria/map.jpg': { kind: 'figure', palette: 'olive', motif: 'tradeRoutes' },
  // Gulf mediation diplomacy
  'images/gulf-mediation-diplomacy-opinion/hero.jpg': { kind: 'hero', palette: 'lagoon', motif: 'skyline', opts: { glass: true, water: true, boats: true } },
  'images/gulf-mediation-diplomacy-opinion/evening.jpg': { kind: 'figure', palette: 'lamp', motif: 'street' },
  // Arabic edition
  'images/ar-suez-canal-revenue/hero.jpg': { kind: 'hero', palette: 'dawn', motif: 'containerShip' },
  'images/ar-jordan-water-security/hero.jpg': { kind: 'hero', palette: 'desert', motif: 'solarFarm' },
  'images/ar-gulf-food-security/hero.jpg': { kind: 'hero', palette: 'haze', motif: 'terminal' },
  'images/ar-maghreb-solar-ambitions/hero.jpg': { kind: 'hero', palette: 'ember', motif: 'solarFarm' },
  'images/ar-maghreb-solar-ambitions/grid.jpg': { kind: 'figure', palette: 'dusk', motif: 'pipeline' },
  // Author avatars
  'images/authors/omar-sayegh.jpg': { kind: 'avatar', palette: 'sage', motif: 'avatar', opts: { hair: 'short' } },
  'images/authors/nadia-belkacem.jpg': { kind: 'avatar', palette: 'rose', motif: 'avatar', opts: { hair: 'long' } },
};

// ---------------------------------------------------------------------------
// PRNG and small helpers
// ---------------------------------------------------------------------------
function hashString(s) {
  let h = 2166136261;
  for (const ch of s) {
    h ^= ch.codePointAt(0);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

function makeRandom(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    range: (lo, hi) => lo + (hi - lo) * next(),
    int: (lo, hi) => Math.floor(lo + (hi - lo + 1) * next()),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
  };
}

const n = (x) => Math.round(x * 10) / 10;
const lerp = (a, b, t) => a + (b - a) * t;

function hexToRgb(hex) {
  const v = parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}
function rgbToHex([r, g, b]) {
  return '#' + [r, g, b].map((c) => Math.max(0, Math.min(255, Math.round(c))).toString(16).padStart(2, '0')).join('');
}
function mix(c1, c2, t) {
  const a = hexToRgb(c1);
  const b = hexToRgb(c2);
  return rgbToHex(a.map((v, i) => lerp(v, b[i], t)));
}
const darken = (c, t) => mix(c, '#000000', t);
const lighten = (c, t) => mix(c, '#ffffff', t);

const rect = (x, y, w, h, fill, extra = '') =>
  `<rect x="${n(x)}" y="${n(y)}" width="${n(Math.max(0, w))}" height="${n(Math.max(0, h))}" fill="${fill}" ${extra}/>`;
const circle = (cx, cy, r, fill, extra = '') => `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${fill}" ${extra}/>`;
const poly = (pts, fill, extra = '') => `<polygon points="${pts.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}" fill="${fill}" ${extra}/>`;
const line = (x1, y1, x2, y2, stroke, width, extra = '') =>
  `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${stroke}" stroke-width="${n(width)}" ${extra}/>`;

// Smooth closed/open path through points (Catmull-Rom → cubic Bézier).
function smoothPath(pts, closed = true) {
  const p = closed ? [pts[pts.length - 1], ...pts, pts[0], pts[1]] : [pts[0], ...pts, pts[pts.length - 1]];
  let d = `M${n(p[1][0])},${n(p[1][1])}`;
  for (let i = 1; i < p.length - 2; i++) {
    const [x0, y0] = p[i - 1];
    const [x1, y1] = p[i];
    const [x2, y2] = p[i + 1];
    const [x3, y3] = p[i + 2];
    d += ` C${n(x1 + (x2 - x0) / 6)},${n(y1 + (y2 - y0) / 6)} ${n(x2 - (x3 - x1) / 6)},${n(y2 - (y3 - y1) / 6)} ${n(x2)},${n(y2)}`;
  }
  return closed ? d + 'Z' : d;
}

// A 1-D "noise" made of a few sines with random phases.
function waveFn(R, octaves = 3) {
  const parts = Array.from({ length: octaves }, (_, i) => ({
    f: (i + 1) * R.range(0.7, 1.6) * Math.PI * 2,
    ph: R.range(0, Math.PI * 2),
    a: 1 / (i + 1),
  }));
  const norm = parts.reduce((s, q) => s + q.a, 0);
  return (t) => parts.reduce((s, q) => s + q.a * Math.sin(q.f * t + q.ph), 0) / norm;
}

// Ridge line filled down to the bottom of the frame.
function ridge(ctx, { base, amp, color, octaves = 3, steps = 48, opacity = 1, scale = 1 }) {
  const { w, h, R } = ctx;
  const f = waveFn(R, octaves);
  const pts = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    pts.push([t * w, base + amp * f(t * scale)]);
  }
  const d = smoothPath(pts, false) + ` L${w},${h} L0,${h} Z`;
  return `<path d="${d}" fill="${color}" opacity="${opacity}"/>`;
}

// Noisy blob around a centre.
function blob(R, cx, cy, rx, ry, { points = 14, jitter = 0.25 } = {}) {
  const pts = [];
  for (let i = 0; i < points; i++) {
    const a = (i / points) * Math.PI * 2;
    const k = 1 + R.range(-jitter, jitter);
    pts.push([cx + Math.cos(a) * rx * k, cy + Math.sin(a) * ry * k]);
  }
  return smoothPath(pts, true);
}

// A standing human silhouette; (x, y) are the feet, s the height.
function person(R, x, y, s, color, { robe = R.chance(0.3), lean = R.range(-0.03, 0.03) } = {}) {
  const hr = s * 0.075;
  const headY = y - s + hr;
  const shY = headY + hr * 1.75;
  const shW = s * 0.12 * R.range(0.9, 1.15);
  const hipY = y - s * 0.47;
  const hipW = s * 0.085;
  const dx = lean * s;
  let body;
  if (robe) {
    body = `M${n(x - shW + dx)},${n(shY + hr * 0.5)} Q${n(x - shW + dx)},${n(shY)} ${n(x - shW * 0.5 + dx)},${n(shY)} L${n(x + shW * 0.5 + dx)},${n(shY)} Q${n(x + shW + dx)},${n(shY)} ${n(x + shW + dx)},${n(shY + hr * 0.5)} L${n(x + shW * 1.05)},${n(y)} L${n(x - shW * 1.05)},${n(y)} Z`;
  } else {
    body = `M${n(x - shW + dx)},${n(shY + hr * 0.5)} Q${n(x - shW + dx)},${n(shY)} ${n(x - shW * 0.5 + dx)},${n(shY)} L${n(x + shW * 0.5 + dx)},${n(shY)} Q${n(x + shW + dx)},${n(shY)} ${n(x + shW + dx)},${n(shY + hr * 0.5)} L${n(x + hipW * 1.1)},${n(hipY)} L${n(x + hipW * 0.95)},${n(y)} L${n(x + hipW * 0.2)},${n(y)} L${n(x)},${n(hipY + s * 0.07)} L${n(x - hipW * 0.2)},${n(y)} L${n(x - hipW * 0.95)},${n(y)} L${n(x - hipW * 1.1)},${n(hipY)} Z`;
  }
  return `<path d="${body}" fill="${color}"/>` + circle(x + dx * 1.2, headY, hr, color);
}

function skyGradient(ctx, id = 'sky') {
  const { p } = ctx;
  return `<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.sky[0]}"/><stop offset="0.6" stop-color="${p.sky[1]}"/><stop offset="1" stop-color="${p.sky[2]}"/></linearGradient>`;
}

function sunGlow(cx, cy, r, color) {
  return {
    defs: `<radialGradient id="glow" cx="0.5" cy="0.5" r="0.5"><stop offset="0" stop-color="${color}" stop-opacity="0.75"/><stop offset="0.35" stop-color="${color}" stop-opacity="0.25"/><stop offset="1" stop-color="${color}" stop-opacity="0"/></radialGradient>`,
    body: circle(cx, cy, r * 5, 'url(#glow)') + circle(cx, cy, r, color),
  };
}

function vignette(ctx, strength = 0.35) {
  const { w, h } = ctx;
  return {
    defs: `<radialGradient id="vig" cx="0.5" cy="0.5" r="0.75"><stop offset="0.55" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="${strength}"/></radialGradient>`,
    body: rect(0, 0, w, h, 'url(#vig)'),
  };
}

function hazeBand(ctx, y, height, color, opacity = 0.5, id = 'haze') {
  const { w } = ctx;
  return {
    defs: `<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${color}" stop-opacity="0"/><stop offset="0.5" stop-color="${color}" stop-opacity="${opacity}"/><stop offset="1" stop-color="${color}" stop-opacity="0"/></linearGradient>`,
    body: rect(0, y - height / 2, w, height, `url(#${id})`),
  };
}

// Scene builder: motifs push to defs/body.
function scene(ctx) {
  const defs = [];
  const body = [];
  return {
    defs,
    body,
    add: (s) => body.push(s),
    def: (s) => defs.push(s),
    addFx: (fx) => {
      defs.push(fx.defs);
      body.push(fx.body);
    },
    sky: (id = 'sky') => {
      defs.push(skyGradient(ctx, id));
      body.push(rect(0, 0, ctx.w, ctx.h, `url(#${id})`));
    },
    sun: (cx, cy, r, color = ctx.p.sun) => {
      const fx = sunGlow(cx, cy, r, color);
      defs.push(fx.defs);
      body.push(fx.body);
    },
    svg: () =>
      `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${ctx.w}" height="${ctx.h}" viewBox="0 0 ${ctx.w} ${ctx.h}"><defs>${defs.join('')}</defs>${body.join('')}</svg>`,
  };
}

const CONTAINER_COLOURS = ['#a4503a', '#3d6485', '#6f8f8a', '#c49a4a', '#7c7f86', '#8c3f3f', '#4f7a5a', '#d1c7b4'];
const BOOK_COLOURS = ['#8a3b2e', '#b5782f', '#4e6a4a', '#2f4a66', '#d8c7a3', '#6b3f5a', '#a9603f', '#3e3a36', '#c2a15e'];

// ---------------------------------------------------------------------------
// Motifs
// ---------------------------------------------------------------------------
const MOTIFS = {
  skyline(ctx, S) {
    const { w, h, R, p, opts } = ctx;
    const horizon = h * R.range(0.64, 0.72);
    S.sky();
    S.sun(w * R.range(0.15, 0.85), horizon - h * R.range(0.12, 0.3), h * 0.05);
    // far layer
    let far = '';
    for (let x = -20; x < w; ) {
      const tw = R.range(0.025, 0.06) * w;
      const th = R.range(0.08, 0.3) * h;
      far += rect(x, horizon - th, tw, th + 2, mix(p.far, p.sky[2], 0.35));
      x += tw + R.range(0, 0.012) * w;
    }
    S.add(far);
    const hz = hazeBand(ctx, horizon - h * 0.05, h * 0.2, p.sky[2], 0.45);
    S.addFx(hz);
    // near layer
    if (opts.glass) {
      S.def(`<linearGradient id="glass" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="${lighten(p.near, 0.12)}"/><stop offset="0.55" stop-color="${p.near}"/><stop offset="1" stop-color="${darken(p.near, 0.3)}"/></linearGradient>`);
    }
    let near = '';
    for (let x = -10; x < w; ) {
      const tw = R.range(0.035, 0.075) * w;
      let th = R.range(0.12, 0.42) * h;
      if (R.chance(0.12)) th *= 1.45;
      const top = horizon - th;
      const fill = opts.glass ? 'url(#glass)' : p.near;
      near += rect(x, top, tw, th + 2, fill);
      const style = R.int(0, 3);
      if (style === 1) near += poly([[x, top], [x + tw / 2, top - th * 0.18], [x + tw, top]], fill);
      if (style === 2) near += rect(x + tw * 0.25, top - th * 0.08, tw * 0.5, th * 0.08 + 1, fill);
      if (style === 3) near += line(x + tw / 2, top, x + tw / 2, top - th * 0.22, p.near, 2);
      // windows
      const cols = Math.max(2, Math.floor(tw / 11));
      const cw = tw / cols;
      for (let yy = top + 10; yy < horizon - 8; yy += 14) {
        for (let c = 0; c < cols; c++) {
          if (R.chance(0.2)) near += rect(x + c * cw + cw * 0.3, yy, cw * 0.4, 6, p.light, `opacity="${n(R.range(0.35, 0.85))}"`);
        }
      }
      x += tw + R.range(0.004, 0.03) * w;
    }
    S.def(`<g id="near">${near}</g>`);
    S.add(`<use xlink:href="#near" href="#near"/>`);
    if (opts.water) {
      S.def(`<linearGradient id="water" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${mix(p.water, p.sky[2], 0.3)}"/><stop offset="1" stop-color="${darken(p.water, 0.45)}"/></linearGradient>`);
      S.add(rect(0, horizon, w, h - horizon, 'url(#water)'));
      S.add(`<use xlink:href="#near" href="#near" transform="translate(0 ${n(horizon * 2)}) scale(1 -1)" opacity="0.22"/>`);
      let sh = '';
      for (let i = 0; i < 90; i++) {
        const y = R.range(horizon + 4, h);
        const lw = R.range(20, 140) * ((y - horizon) / (h - horizon) + 0.3);
        const x = R.range(0, w);
        sh += line(x, y, x + lw, y, p.light, R.range(1, 2.5), `opacity="${n(R.range(0.08, 0.3))}"`);
      }
      S.add(sh);
      if (opts.boats) {
        for (let i = 0; i < R.int(2, 4); i++) {
          const bx = R.range(0.1, 0.9) * w;
          const by = R.range(horizon + h * 0.08, h * 0.95);
          const s = (by - horizon) / (h - horizon) * h * 0.22 + h * 0.04;
          S.add(poly([[bx - s * 0.35, by], [bx + s * 0.35, by], [bx + s * 0.25, by + s * 0.08], [bx - s * 0.25, by + s * 0.08]], darken(p.near, 0.2)));
          S.add(poly([[bx - s * 0.02, by - 2], [bx + s * 0.03, by - s * 1.1], [bx + s * 0.38, by - s * 0.25]], lighten(p.sun, 0.2), 'opacity="0.9"'));
        }
      }
    } else {
      S.def(`<linearGradient id="plain" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${mix(p.ground, p.sky[2], 0.25)}"/><stop offset="1" stop-color="${darken(p.ground, 0.35)}"/></linearGradient>`);
      S.add(rect(0, horizon, w, h - horizon, 'url(#plain)'));
      const ry = horizon + (h - horizon) * R.range(0.35, 0.5);
      S.add(poly([[0, ry - 10], [w, ry - 28], [w, ry + 18], [0, ry + 34]], darken(p.ground, 0.3)));
      let trails = '';
      for (let i = 0; i < 18; i++) {
        const x = R.range(-0.1, 1) * w;
        const len = R.range(0.05, 0.25) * w;
        const lane = R.range(-4, 26);
        const slope = -18 / w;
        trails += line(x, ry + lane + slope * x, x + len, ry + lane + slope * (x + len), i % 2 ? p.light : p.accent, R.range(1.5, 3), `opacity="${n(R.range(0.4, 0.85))}"`);
      }
      S.add(trails);
    }
    S.addFx(vignette(ctx, 0.3));
  },

  construction(ctx, S) {
    const { w, h, R, p } = ctx;
    const horizon = h * 0.72;
    S.sky();
    S.sun(w * R.range(0.6, 0.85), h * R.range(0.18, 0.3), h * 0.05);
    S.add(ridge(ctx, { base: horizon - h * 0.03, amp: h * 0.02, color: mix(p.far, p.sky[2], 0.4) }));
    const ink = darken(p.near, 0.15);
    // building skeletons
    let x = w * R.range(0.02, 0.1);
    while (x < w * 0.95) {
      const bw = R.range(0.1, 0.18) * w;
      const bh = R.range(0.2, 0.45) * h;
      const top = horizon - bh;
      const floors = Math.floor(bh / 22);
      const clad = R.range(0.2, 0.7);
      S.add(rect(x, top + bh * (1 - clad), bw, bh * clad, mix(p.mid, p.sky[2], 0.25)));
      let g = '';
      for (let f = 0; f <= floors; f++) g += line(x, top + f * (bh / floors), x + bw, top + f * (bh / floors), ink, 2.2);
      for (let c = 0; c <= 5; c++) g += line(x + (c * bw) / 5, top, x + (c * bw) / 5, horizon, ink, 3);
      S.add(g);
      x += bw + R.range(0.04, 0.12) * w;
    }
    // cranes
    for (let i = 0; i < R.int(2, 3); i++) {
      const cx = R.range(0.12, 0.88) * w;
      const ch = R.range(0.45, 0.62) * h;
      const top = horizon - ch;
      const jib = R.range(0.16, 0.26) * w;
      const dir = R.chance(0.5) ? 1 : -1;
      const col = mix(p.accent2, p.near, 0.35);
      let g = rect(cx - 7, top, 14, ch, 'none', `stroke="${col}" stroke-width="2.5"`);
      for (let yy = top; yy < horizon; yy += 18) g += line(cx - 7, yy, cx + 7, yy + 18, col, 1.6);
      g += poly([[cx - 7, top], [cx + 7, top], [cx, top - 40]], col);
      g += line(cx - dir * jib * 0.3, top + 4, cx + dir * jib, top + 4, col, 6);
      g += line(cx, top - 40, cx + dir * jib * 0.85, top + 2, col, 1.5);
      g += line(cx, top - 40, cx - dir * jib * 0.28, top + 2, col, 1.5);
      g += rect(cx - dir * jib * 0.3 - (dir > 0 ? 0 : 30), top + 6, 30, 22, col);
      const hook = cx + dir * jib * R.range(0.4, 0.9);
      g += line(hook, top + 6, hook, top + R.range(0.15, 0.35) * ch, col, 1.2);
      g += rect(hook - 5, top + R.range(0.15, 0.35) * ch, 10, 8, col);
      S.add(g);
    }
    S.add(rect(0, horizon, w, h - horizon, p.ground));
    S.add(ridge(ctx, { base: horizon + h * 0.12, amp: h * 0.02, color: darken(p.ground, 0.08), octaves: 2 }));
    S.addFx(vignette(ctx, 0.25));
  },

  containerShip(ctx, S) {
    const { w, h, R, p } = ctx;
    const horizon = h * R.range(0.52, 0.58);
    S.sky();
    S.sun(w * R.range(0.65, 0.9), h * 0.2, h * 0.045);
    S.def(`<linearGradient id="sea" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${mix(p.water, p.sky[2], 0.35)}"/><stop offset="1" stop-color="${darken(p.water, 0.35)}"/></linearGradient>`);
    S.add(rect(0, horizon, w, h - horizon, 'url(#sea)'));
    S.add(ridge(ctx, { base: horizon - 6, amp: 6, color: mix(p.far, p.sky[2], 0.3), octaves: 2, steps: 24 }).replace(`L${w},${h} L0,${h}`, `L${w},${horizon + 1} L0,${horizon + 1}`));
    // ship
    const x0 = w * R.range(0.12, 0.2);
    const x1 = w * R.range(0.78, 0.88);
    const wl = horizon + h * R.range(0.12, 0.16);
    const deck = wl - h * 0.07;
    const hull = darken(R.pick(['#3b3f45', '#5a2b28', '#2c3e50']), 0.1);
    S.add(poly([[x0, deck], [x1 + w * 0.05, deck - h * 0.015], [x1 - w * 0.01, wl], [x0 + w * 0.02, wl]], hull));
    S.add(rect(x0 + w * 0.02, wl - h * 0.012, x1 - x0 - w * 0.03, h * 0.012, '#7a2e28'));
    // containers
    const cw = w * 0.024;
    const chh = h * 0.026;
    const bridgeX = x0 + w * 0.05;
    let g = '';
    for (let cx = bridgeX + w * 0.06; cx < x1 - w * 0.01; cx += cw + 2) {
      const stack = R.int(3, 7);
      for (let k = 0; k < stack; k++) g += rect(cx, deck - (k + 1) * (chh + 1.5), cw, chh, R.pick(CONTAINER_COLOURS));
    }
    S.add(g);
    // bridge
    const bh = h * 0.26;
    S.add(rect(bridgeX, deck - bh, w * 0.05, bh, lighten(p.far, 0.55)));
    for (let k = 0; k < 6; k++) S.add(rect(bridgeX, deck - bh + 8 + k * (bh / 7), w * 0.05, 4, darken(p.far, 0.2), 'opacity="0.6"'));
    S.add(rect(bridgeX - w * 0.012, deck - bh, w * 0.075, h * 0.02, darken(p.far, 0.25)));
    S.add(rect(bridgeX + w * 0.015, deck - bh - h * 0.05, w * 0.018, h * 0.05, p.accent));
    // wake and waves
    let waves = '';
    for (let i = 0; i < 160; i++) {
      const y = R.range(horizon + 3, h);
      const k = (y - horizon) / (h - horizon);
      const x = R.range(0, w);
      waves += line(x, y, x + R.range(10, 60) * (0.3 + k * 2), y, p.light, 1 + k * 2, `opacity="${n(R.range(0.1, 0.3))}"`);
    }
    S.add(waves);
    S.add(`<ellipse cx="${n((x0 + x1) / 2)}" cy="${n(wl + 4)}" rx="${n((x1 - x0) * 0.55)}" ry="6" fill="${p.light}" opacity="0.45"/>`);
    S.addFx(vignette(ctx, 0.22));
  },

  routeMap(ctx, S) {
    const { w, h, R, p } = ctx;
    S.def(`<linearGradient id="ocean" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${lighten(p.water, 0.55)}"/><stop offset="1" stop-color="${lighten(p.water, 0.3)}"/></linearGradient>`);
    S.add(rect(0, 0, w, h, 'url(#ocean)'));
    let grat = '';
    for (let x = 0; x < w; x += w / 12) grat += line(x, 0, x, h, '#ffffff', 1, 'opacity="0.35"');
    for (let y = 0; y < h; y += h / 8) grat += line(0, y, w, y, '#ffffff', 1, 'opacity="0.35"');
    S.add(grat);
    const land = p.ground;
    const shape = (pts, ox, oy, sx, sy) => smoothPath(pts.map(([x, y]) => [ox + (x + R.range(-0.015, 0.015)) * sx, oy + (y + R.range(-0.015, 0.015)) * sy]));
    const africa = [[0.15, 0.05], [0.45, 0.0], [0.62, 0.06], [0.7, 0.2], [0.85, 0.34], [1.0, 0.37], [0.9, 0.55], [0.76, 0.74], [0.63, 0.95], [0.52, 1.0], [0.45, 0.86], [0.41, 0.64], [0.34, 0.48], [0.14, 0.43], [0.0, 0.3], [0.03, 0.14]];
    const arabia = [[0.0, 0.05], [0.5, 0.0], [0.85, 0.3], [1.0, 0.55], [0.6, 0.8], [0.3, 0.7], [0.1, 0.4]];
    const europe = [[0.0, 0.3], [0.3, 0.0], [0.7, 0.05], [1.0, 0.2], [0.95, 0.7], [0.6, 0.9], [0.4, 0.6], [0.15, 0.9]];
    const asia = [[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.6, 0.9], [0.3, 0.5], [0.1, 0.3]];
    const ax = w * 0.24, ay = h * 0.24, asx = w * 0.33, asy = h * 0.66;
    S.add(`<path d="${shape(europe, w * 0.12, -h * 0.05, w * 0.45, h * 0.3)}" fill="${land}" stroke="${darken(land, 0.2)}" stroke-width="1.5"/>`);
    S.add(`<path d="${shape(africa, ax, ay, asx, asy)}" fill="${land}" stroke="${darken(land, 0.2)}" stroke-width="1.5"/>`);
    S.add(`<path d="${shape(arabia, w * 0.5, h * 0.3, w * 0.16, h * 0.3)}" fill="${land}" stroke="${darken(land, 0.2)}" stroke-width="1.5"/>`);
    S.add(`<path d="${shape(asia, w * 0.64, -h * 0.05, w * 0.4, h * 0.5)}" fill="${land}" stroke="${darken(land, 0.2)}" stroke-width="1.5"/>`);
    // routes
    const start = [w * 0.95, h * 0.62];
    const end = [w * 0.2, h * 0.12];
    const suez = smoothPath([start, [w * 0.72, h * 0.6], [w * 0.56, h * 0.52], [w * 0.5, h * 0.36], [w * 0.45, h * 0.24], [w * 0.33, h * 0.18], end], false);
    const cape = smoothPath([start, [w * 0.72, h * 0.8], [w * 0.45, h * 0.96], [w * 0.22, h * 0.86], [w * 0.12, h * 0.55], [w * 0.1, h * 0.3], end], false);
    S.add(`<path d="${cape}" fill="none" stroke="${p.accent}" stroke-width="5" stroke-dasharray="14 10" stroke-linecap="round"/>`);
    S.add(`<path d="${suez}" fill="none" stroke="${p.near}" stroke-width="3" stroke-dasharray="4 8" stroke-linecap="round" opacity="0.7"/>`);
    for (const [x, y] of [start, end]) S.add(circle(x, y, 9, p.near) + circle(x, y, 4, '#ffffff'));
    // legend swatches (no text)
    S.add(rect(w * 0.76, h * 0.86, w * 0.2, h * 0.1, '#ffffff', 'opacity="0.8" rx="6"'));
    S.add(line(w * 0.775, h * 0.895, w * 0.82, h * 0.895, p.accent, 5, 'stroke-dasharray="14 10"'));
    S.add(line(w * 0.775, h * 0.935, w * 0.82, h * 0.935, p.near, 3, 'stroke-dasharray="4 8"'));
    S.add(rect(w * 0.835, h * 0.888, w * 0.1, 6, p.far) + rect(w * 0.835, h * 0.928, w * 0.07, 6, p.far));
  },

  chartBars(ctx, S) {
    chart(ctx, S, 'bars');
  },
  chartStacked(ctx, S) {
    chart(ctx, S, 'stacked');
  },
  chartLine(ctx, S) {
    chart(ctx, S, 'line');
  },

  street(ctx, S) {
    const { w, h, R, p } = ctx;
    const vx = w * R.range(0.45, 0.55);
    const vy = h * 0.4;
    S.sky();
    S.sun(vx + w * 0.05, h * 0.1, h * 0.04);
    const shutterCols = ['#5f7f6f', '#3f5f7a', '#8a6a4a', '#6b6f72', '#7a4a3a', '#a58f6a'];
    const face = (side) => {
      const xn = side < 0 ? 0 : w;
      const xf = vx + side * w * 0.08;
      const ytn = h * R.range(-0.05, 0.05);
      const ybn = h * 1.0;
      const ytf = vy - h * 0.2;
      const ybf = vy + h * 0.1;
      const P = (u, v) => {
        const su = (u * 3) / (1 + u * 2);
        const x = lerp(xn, xf, su);
        return [x, lerp(lerp(ytn, ytf, su), lerp(ybn, ybf, su), v)];
      };
      let g = '';
      const wallA = side < 0 ? mix(p.far, p.light, 0.25) : darken(p.far, 0.08);
      g += poly([P(0, 0), P(1, 0), P(1, 1), P(0, 1)], wallA);
      // building divisions
      const cuts = [0, 0.28, 0.5, 0.68, 0.82, 1];
      for (let b = 0; b < cuts.length - 1; b++) {
        const u0 = cuts[b], u1 = cuts[b + 1];
        const tone = mix(wallA, R.pick(['#d8cbb5', '#b9b2a6', '#cdbb9e', '#a7a29a']), 0.45);
        g += poly([P(u0, 0.02 * b), P(u1, 0.02 * b), P(u1, 1), P(u0, 1)], tone);
        const cols = 3, rows = 6;
        for (let c = 0; c < cols; c++) {
          for (let r = 0; r < rows; r++) {
            const a0 = lerp(u0, u1, (c + 0.25) / cols);
            const a1 = lerp(u0, u1, (c + 0.75) / cols);
            const b0 = 0.08 + r * 0.12;
            const b1 = b0 + 0.08;
            const col = R.pick(shutterCols);
            g += poly([P(a0, b0), P(a1, b0), P(a1, b1), P(a0, b1)], R.chance(0.3) ? darken(col, 0.5) : col);
          }
        }
        // ground floor: shuttered shopfront / bank front
        g += poly([P(u0 + 0.01, 0.82), P(u1 - 0.01, 0.82), P(u1 - 0.01, 0.99), P(u0 + 0.01, 0.99)], darken(tone, 0.35));
        for (let k = 1; k < 8; k++) {
          const bb = lerp(0.82, 0.99, k / 8);
          g += `<polyline points="${P(u0 + 0.01, bb).map(n).join(',')} ${P(u1 - 0.01, bb).map(n).join(',')}" stroke="${darken(tone, 0.5)}" stroke-width="1.5" fill="none"/>`;
        }
        g += poly([P(u0 + 0.02, 0.76), P(u1 - 0.02, 0.76), P(u1 - 0.02, 0.8), P(u0 + 0.02, 0.8)], b % 2 ? p.accent2 : p.accent, 'opacity="0.85"');
      }
      return g;
    };
    // street
    S.add(poly([[0, h], [vx - w * 0.08, vy + h * 0.1], [vx + w * 0.08, vy + h * 0.1], [w, h]], mix(p.ground, p.mid, 0.3)));
    let steps = '';
    for (let k = 1; k < 22; k++) {
      const t = Math.pow(k / 22, 1.6);
      const y = lerp(vy + h * 0.1, h, t);
      steps += line(lerp(vx - w * 0.08, 0, t), y, lerp(vx + w * 0.08, w, t), y, darken(p.ground, 0.25), 1 + t * 3, 'opacity="0.6"');
    }
    S.add(steps);
    S.add(face(-1));
    S.add(face(1));
    // wires
    for (let k = 0; k < 4; k++) {
      const y1 = h * R.range(0.15, 0.35);
      const y2 = h * R.range(0.15, 0.35);
      S.add(`<path d="M0,${n(y1)} Q${n(w / 2)},${n(Math.max(y1, y2) + h * 0.08)} ${w},${n(y2)}" stroke="${p.near}" stroke-width="1.5" fill="none" opacity="0.7"/>`);
    }
    S.addFx(vignette(ctx, 0.35));
  },

  queue(ctx, S) {
    const { w, h, R, p } = ctx;
    const ground = h * 0.84;
    S.def(`<linearGradient id="wall" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="${lighten(p.ground, 0.35)}"/><stop offset="1" stop-color="${darken(p.ground, 0.05)}"/></linearGradient>`);
    S.add(rect(0, 0, w, ground, 'url(#wall)'));
    for (let y = 30; y < ground; y += 42) S.add(line(0, y, w, y, darken(p.ground, 0.12), 1, 'opacity="0.4"'));
    // bank front
    const bx = w * R.range(0.58, 0.68);
    S.add(rect(bx, h * 0.08, w * 0.3, h * 0.12, p.near));
    S.add(rect(bx + w * 0.02, h * 0.12, w * 0.16, h * 0.02, p.light, 'opacity="0.8"'));
    S.add(circle(bx + w * 0.25, h * 0.14, h * 0.035, p.accent));
    S.add(rect(bx + w * 0.03, h * 0.26, w * 0.24, ground - h * 0.26, darken(p.mid, 0.25)));
    for (let y = h * 0.28; y < ground; y += 12) S.add(line(bx + w * 0.03, y, bx + w * 0.27, y, darken(p.mid, 0.45), 2));
    S.add(rect(0, ground, w, h - ground, darken(p.ground, 0.25)));
    // queue
    let x = bx - w * 0.02;
    const ink = darken(p.near, 0.2);
    while (x > -40) {
      const s = h * R.range(0.36, 0.46);
      S.add(`<ellipse cx="${n(x + 30)}" cy="${n(ground + 4)}" rx="${n(s * 0.22)}" ry="6" fill="#000" opacity="0.2"/>`);
      S.add(person(R, x, ground, s, ink));
      x -= R.range(0.075, 0.11) * w;
    }
    S.addFx(vignette(ctx, 0.3));
  },

  reservoir(ctx, S) {
    const { w, h, R, p } = ctx;
    S.sky();
    S.sun(w * R.range(0.2, 0.8), h * 0.16, h * 0.045);
    S.add(ridge(ctx, { base: h * 0.38, amp: h * 0.08, color: mix(p.far, p.sky[2], 0.35) }));
    S.add(ridge(ctx, { base: h * 0.48, amp: h * 0.07, color: p.far }));
    S.add(ridge(ctx, { base: h * 0.56, amp: h * 0.05, color: p.mid }));
    // exposed bed and remaining water
    const cy = h * 0.74;
    S.add(`<path d="${blob(R, w * 0.5, cy, w * 0.48, h * 0.17, { points: 16, jitter: 0.08 })}" fill="${lighten(p.ground, 0.15)}"/>`);
    let cracks = '';
    for (let i = 0; i < 70; i++) {
      let x = R.range(0.08, 0.92) * w;
      let y = R.range(cy - h * 0.13, cy + h * 0.15);
      let d = `M${n(x)},${n(y)}`;
      for (let k = 0; k < 4; k++) {
        x += R.range(-30, 30);
        y += R.range(-10, 10);
        d += ` L${n(x)},${n(y)}`;
      }
      cracks += `<path d="${d}" stroke="${darken(p.ground, 0.3)}" stroke-width="1.4" fill="none" opacity="0.6"/>`;
    }
    S.add(cracks);
    S.def(`<linearGradient id="resv" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${lighten(p.water, 0.2)}"/><stop offset="1" stop-color="${darken(p.water, 0.2)}"/></linearGradient>`);
    S.add(`<path d="${blob(R, w * R.range(0.42, 0.58), cy + h * 0.02, w * 0.18, h * 0.05, { points: 12, jitter: 0.18 })}" fill="url(#resv)"/>`);
    S.add(ridge(ctx, { base: h * 0.93, amp: h * 0.03, color: p.near, octaves: 2 }));
    S.addFx(vignette(ctx, 0.3));
  },

  desalPlant(ctx, S) {
    const { w, h, R, p } = ctx;
    const horizon = h * 0.45;
    S.sky();
    S.sun(w * 0.8, h * 0.14, h * 0.04);
    S.def(`<linearGradient id="sea" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${mix(p.water, p.sky[2], 0.3)}"/><stop offset="1" stop-color="${darken(p.water, 0.25)}"/></linearGradient>`);
    S.add(rect(0, horizon, w, h - horizon, 'url(#sea)'));
    S.add(ridge(ctx, { base: horizon - h * 0.02, amp: h * 0.02, color: mix(p.far, p.sky[2], 0.55), octaves: 2 }).replace(`L${w},${h} L0,${h}`, `L${w},${horizon + 1} L0,${horizon + 1}`));
    // land wedge on the right
    const shore = [[w * 0.25, h], [w * 0.38, horizon + h * 0.12], [w * 0.6, horizon + h * 0.03], [w, horizon + h * 0.02], [w, h]];
    S.add(poly(shore, p.ground));
    // sheds
    let x = w * 0.42;
    let y = horizon + h * 0.14;
    for (let i = 0; i < 4; i++) {
      const sw = R.range(0.13, 0.2) * w;
      const sh = R.range(0.06, 0.1) * h;
      S.add(rect(x, y - sh, sw, sh, lighten(p.far, 0.75)));
      S.add(rect(x, y - sh, sw, sh * 0.18, darken(p.light, 0.15)));
      S.add(rect(x + sw, y - sh, sw * 0.08, sh, darken(p.light, 0.2)));
      for (let k = 1; k < 8; k++) S.add(line(x + (k * sw) / 8, y - sh * 0.8, x + (k * sw) / 8, y, darken(p.light, 0.12), 1));
      x += sw + R.range(0.01, 0.03) * w;
      y += R.range(-0.01, 0.04) * h;
    }
    // tanks
    for (let i = 0; i < 3; i++) {
      const tx = w * (0.5 + i * 0.11);
      const ty = horizon + h * 0.3;
      const tr = w * 0.04;
      S.add(rect(tx - tr, ty - h * 0.08, tr * 2, h * 0.08, lighten(p.mid, 0.5)));
      S.add(`<ellipse cx="${n(tx)}" cy="${n(ty - h * 0.08)}" rx="${n(tr)}" ry="${n(tr * 0.25)}" fill="${lighten(p.mid, 0.7)}"/>`);
    }
    // pipes
    for (let k = 0; k < 3; k++) {
      const py = horizon + h * (0.36 + k * 0.025);
      S.add(line(w * 0.3, py + k * 8, w, py, mix(p.accent2, '#888888', 0.4), 6));
    }
    S.add(line(w * 0.32, horizon + h * 0.36, w * 0.05, horizon + h * 0.25, mix(p.accent2, '#888888', 0.4), 6, 'opacity="0.8"'));
    let waves = '';
    for (let i = 0; i < 80; i++) {
      const yy = R.range(horizon + 3, h);
      const xx = R.range(0, w * 0.45);
      waves += line(xx, yy, xx + R.range(10, 50), yy, p.light, 1.5, `opacity="${n(R.range(0.1, 0.35))}"`);
    }
    S.add(waves);
    S.addFx(vignette(ctx, 0.2));
  },

  canal(ctx, S) {
    const { w, h, R, p } = ctx;
    const vy = h * 0.38;
    const vx = w * R.range(0.44, 0.56);
    S.sky();
    S.add(ridge(ctx, { base: vy - h * 0.03, amp: h * 0.025, color: mix(p.far, p.sky[2], 0.35), octaves: 2 }));
    S.add(rect(0, vy, w, h - vy, p.ground));
    const fields = ['#8fa36b', '#b49a63', '#6f8a58', '#c2a878', '#9c8f5a', '#7d9a6a'];
    let xs = [-2.5 * w];
    while (xs[xs.length - 1] < 3.5 * w) xs.push(xs[xs.length - 1] + R.range(0.15, 0.45) * w);
    for (let i = 0; i < xs.length - 1; i++) S.add(poly([[vx, vy], [xs[i], h], [xs[i + 1], h]], R.pick(fields)));
    // banks and water
    S.add(poly([[vx - 3, vy], [vx + 3, vy], [w * 0.7, h], [w * 0.3, h]], '#cfc8b8'));
    S.def(`<linearGradient id="canalw" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${lighten(p.water, 0.45)}"/><stop offset="1" stop-color="${p.water}"/></linearGradient>`);
    S.add(poly([[vx - 1.5, vy], [vx + 1.5, vy], [w * 0.64, h], [w * 0.36, h]], 'url(#canalw)'));
    let refl = '';
    for (let i = 0; i < 30; i++) {
      const t = R.range(0.1, 1);
      const y = lerp(vy, h, t);
      const half = lerp(1.5, w * 0.14, t);
      refl += line(vx - half * R.range(0.2, 0.9), y, vx + half * R.range(0.2, 0.9), y, '#ffffff', 1 + t * 2, `opacity="${n(R.range(0.1, 0.3))}"`);
    }
    S.add(refl);
    const hz = hazeBand(ctx, vy, h * 0.12, p.sky[2], 0.7);
    S.addFx(hz);
    S.addFx(vignette(ctx, 0.25));
  },

  pipeline(ctx, S) {
    const { w, h, R, p } = ctx;
    const horizon = h * 0.52;
    S.sky();
    S.sun(w * R.range(0.55, 0.85), h * 0.15, h * 0.04);
    S.add(ridge(ctx, { base: horizon - h * 0.04, amp: h * 0.04, color: mix(p.far, p.sky[2], 0.45) }));
    S.add(ridge(ctx, { base: horizon, amp: h * 0.02, color: mix(p.far, p.ground, 0.5), octaves: 2 }));
    S.def(`<linearGradient id="plain" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.ground}"/><stop offset="1" stop-color="${darken(p.ground, 0.18)}"/></linearGradient>`);
    S.add(rect(0, horizon + h * 0.02, w, h, 'url(#plain)'));
    // scrub
    let scrub = '';
    for (let i = 0; i < 140; i++) {
      const y = R.range(horizon + h * 0.03, h);
      const k = (y - horizon) / (h - horizon);
      scrub += `<ellipse cx="${n(R.range(0, w))}" cy="${n(y)}" rx="${n(2 + k * 14)}" ry="${n(1 + k * 5)}" fill="${darken(p.ground, 0.3)}" opacity="0.5"/>`;
    }
    S.add(scrub);
    // pipe in perspective: from bottom-left to vanishing point on horizon
    const vp = [w * R.range(0.62, 0.75), horizon + h * 0.02];
    const st = [-w * 0.05, h * 0.92];
    const pipeCol = mix('#8a8f94', p.accent, 0.15);
    const N = 34;
    let supports = '';
    for (let i = 0; i <= N; i++) {
      const t = 1 - Math.pow(i / N, 0.55);
      const x = lerp(vp[0], st[0], t);
      const y = lerp(vp[1], st[1], t);
      const s = t * 0.09 * h + 1;
      supports += rect(x - s * 0.15, y - s * 0.2, s * 0.3, s * 0.7, darken(pipeCol, 0.4));
    }
    S.add(supports);
    const thickN = h * 0.05;
    S.def(`<linearGradient id="pipe" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${lighten(pipeCol, 0.45)}"/><stop offset="0.5" stop-color="${pipeCol}"/><stop offset="1" stop-color="${darken(pipeCol, 0.45)}"/></linearGradient>`);
    S.add(poly([[st[0], st[1] - thickN * 1.4], [vp[0], vp[1] - 2.2], [vp[0], vp[1]], [st[0], st[1] - thickN * 0.1]], 'url(#pipe)'));
    S.addFx(hazeBand(ctx, horizon, h * 0.12, p.sky[2], 0.5));
    S.addFx(vignette(ctx, 0.25));
  },

  terminal(ctx, S) {
    const { w, h, R, p } = ctx;
    const horizon = h * 0.52;
    S.sky();
    S.sun(w * R.range(0.6, 0.8), horizon - h * 0.08, h * 0.05);
    S.def(`<linearGradient id="sea" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${mix(p.water, p.sky[2], 0.45)}"/><stop offset="1" stop-color="${darken(p.water, 0.3)}"/></linearGradient>`);
    S.add(rect(0, horizon, w, h - horizon, 'url(#sea)'));
    S.add(poly([[0, horizon - h * 0.03], [w * 0.5, horizon - h * 0.01], [w * 0.56, horizon + h * 0.06], [w * 0.5, h * 0.74], [0, h * 0.8]], darken(p.ground, 0.05)));
    // tanks
    const ink = p.near;
    for (let r = 0; r < 2; r++) {
      for (let i = 0; i < 4; i++) {
        const tx = w * (0.06 + i * 0.1 + r * 0.04);
        const ty = horizon + h * (0.06 + r * 0.1);
        const tr = w * (0.04 + r * 0.008);
        const th = h * (0.07 + r * 0.02);
        S.add(rect(tx - tr, ty - th, tr * 2, th, mix(ink, p.far, 0.3 - r * 0.2)));
        S.add(`<ellipse cx="${n(tx)}" cy="${n(ty - th)}" rx="${n(tr)}" ry="${n(tr * 0.2)}" fill="${mix(ink, p.far, 0.55)}"/>`);
      }
    }
    // flare stack
    const fx = w * 0.47;
    S.add(rect(fx - 3, horizon - h * 0.22, 6, h * 0.24, ink));
    S.add(`<ellipse cx="${fx}" cy="${n(horizon - h * 0.235)}" rx="6" ry="14" fill="${p.accent}"/>`);
    // jetty
    S.add(rect(w * 0.52, horizon + h * 0.1, w * 0.34, 6, ink));
    for (let k = 0; k < 10; k++) S.add(rect(w * (0.53 + k * 0.034), horizon + h * 0.1, 3, h * 0.05, ink));
    // tanker at the jetty
    const tx0 = w * 0.6, tx1 = w * 0.94, ty = horizon + h * 0.09;
    S.add(poly([[tx0, ty - h * 0.04], [tx1, ty - h * 0.045], [tx1 - w * 0.02, ty], [tx0 + w * 0.01, ty]], darken(ink, 0.1)));
    S.add(rect(tx0 + w * 0.015, ty - h * 0.11, w * 0.04, h * 0.07, ink));
    let sh = '';
    for (let i = 0; i < 80; i++) {
      const y = R.range(horizon + 3, h);
      const x = R.range(0, w);
      sh += line(x, y, x + R.range(10, 80), y, p.sun, 1.5, `opacity="${n(R.range(0.1, 0.35))}"`);
    }
    S.add(sh);
    S.addFx(vignette(ctx, 0.25));
  },

  rocks(ctx, S) {
    const { w, h, R, p } = ctx;
    const horizon = h * 0.68;
    S.sky();
    S.add(ridge(ctx, { base: horizon - h * 0.02, amp: h * 0.015, color: mix(p.far, p.sky[2], 0.4), octaves: 2 }));
    S.def(`<linearGradient id="sand" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.ground}"/><stop offset="1" stop-color="${darken(p.ground, 0.3)}"/></linearGradient>`);
    S.add(rect(0, horizon, w, h - horizon, 'url(#sand)'));
    S.def(`<linearGradient id="rock" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="${lighten(p.accent, 0.15)}"/><stop offset="0.55" stop-color="${p.far}"/><stop offset="1" stop-color="${p.near}"/></linearGradient>`);
    const rocks = R.int(3, 4);
    for (let i = 0; i < rocks; i++) {
      const cx = w * (0.12 + (i + R.range(0, 0.6)) * (0.8 / rocks));
      const base = horizon + h * R.range(0.02, 0.2);
      const rw = w * R.range(0.1, 0.2);
      const rh = h * R.range(0.25, 0.48) * (base / h);
      // shadow
      S.add(`<ellipse cx="${n(cx + rw * 0.9)}" cy="${n(base)}" rx="${n(rw * 1.1)}" ry="${n(h * 0.02)}" fill="${p.near}" opacity="0.45"/>`);
      const lobes = R.int(3, 5);
      const pts = [[cx - rw * 0.62, base], [cx - rw * 0.5, base - rh * R.range(0.35, 0.6)]];
      for (let k = 0; k <= lobes; k++) {
        const t = k / lobes;
        const taper = 0.38 + 0.12 * Math.sin(t * Math.PI);
        pts.push([cx + (t - 0.5) * 2 * rw * taper, base - rh * R.range(0.65, 1.05) - (k % 2 ? rh * 0.12 : 0)]);
      }
      pts.push([cx + rw * 0.5, base - rh * R.range(0.3, 0.55)], [cx + rw * 0.62, base]);
      const d = smoothPath(pts, false) + ' Z';
      S.add(`<path d="${d}" fill="url(#rock)"/>`);
      let strata = '';
      for (let k = 1; k < 6; k++) strata += line(cx - rw * 0.45, base - (rh * k) / 6, cx + rw * 0.45, base - (rh * k) / 6 + R.range(-4, 4), p.near, 1.2, 'opacity="0.25"');
      S.add(strata);
    }
    let shrubs = '';
    for (let i = 0; i < 60; i++) {
      const y = R.range(horizon + 5, h);
      const k = (y - horizon) / (h - horizon);
      shrubs += `<ellipse cx="${n(R.range(0, w))}" cy="${n(y)}" rx="${n(2 + k * 10)}" ry="${n(1 + k * 4)}" fill="${p.near}" opacity="0.5"/>`;
    }
    S.add(shrubs);
    S.addFx(vignette(ctx, 0.3));
  },

  resort(ctx, S) {
    const { w, h, R, p } = ctx;
    const horizon = h * 0.4;
    S.sky();
    S.def(`<linearGradient id="lag" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.mid}"/><stop offset="0.4" stop-color="${p.water}"/><stop offset="1" stop-color="${lighten(p.water, 0.45)}"/></linearGradient>`);
    S.add(rect(0, horizon, w, h - horizon, 'url(#lag)'));
    // reef patches
    for (let i = 0; i < 7; i++) {
      S.add(`<path d="${blob(R, R.range(0, w), horizon + h * R.range(0.04, 0.12), w * R.range(0.06, 0.14), h * 0.015, { points: 10 })}" fill="${p.near}" opacity="0.35"/>`);
    }
    // boardwalk
    const by = horizon + h * 0.28;
    const villas = R.int(5, 6);
    const xs = Array.from({ length: villas }, (_, i) => w * (0.08 + (i * 0.84) / (villas - 1)));
    S.add(`<path d="M${xs.map((x, i) => `${n(x)},${n(by + Math.sin(i) * 8 + h * 0.05)}`).join(' L')}" stroke="#c8b69a" stroke-width="6" fill="none"/>`);
    xs.forEach((x, i) => {
      const y = by + Math.sin(i) * 8;
      const vw = w * 0.07;
      const vh = h * 0.07;
      let g = '';
      for (let k = 0; k < 4; k++) g += line(x - vw / 2 + (k * vw) / 3, y, x - vw / 2 + (k * vw) / 3, y + h * 0.08, '#7a6a55', 3);
      g += rect(x - vw / 2, y - vh, vw, vh, p.light);
      g += rect(x - vw / 2 + vw * 0.55, y - vh * 0.75, vw * 0.32, vh * 0.6, lighten(p.accent2, 0.3), 'opacity="0.8"');
      g += poly([[x - vw * 0.62, y - vh], [x, y - vh * 1.7], [x + vw * 0.62, y - vh]], mix(p.accent, '#9b7b55', 0.5));
      g += `<ellipse cx="${n(x)}" cy="${n(y + h * 0.09)}" rx="${n(vw * 0.7)}" ry="${n(h * 0.012)}" fill="${p.near}" opacity="0.25"/>`;
      S.add(g);
    });
    let gl = '';
    for (let i = 0; i < 120; i++) {
      const y = R.range(horizon + 4, h);
      const x = R.range(0, w);
      gl += line(x, y, x + R.range(8, 50), y, '#ffffff', 1.5, `opacity="${n(R.range(0.1, 0.35))}"`);
    }
    S.add(gl);
    S.addFx(vignette(ctx, 0.18));
  },

  bookshelves(ctx, S) {
    const { w, h, R, p } = ctx;
    S.add(rect(0, 0, w, h, p.sky[1]));
    const shelves = 4;
    const sh = h / shelves;
    let g = '';
    for (let s = 0; s < shelves; s++) {
      const base = (s + 1) * sh - 14;
      let x = 20 + R.range(0, 40);
      while (x < w - 20) {
        const bw = R.range(16, 42);
        const bh = sh * R.range(0.58, 0.85);
        const col = R.pick(BOOK_COLOURS);
        if (R.chance(0.05)) {
          g += `<g transform="rotate(${n(R.range(-14, -8))} ${n(x)} ${n(base)})">${rect(x, base - bh, bw, bh, col)}</g>`;
          x += bw + 16;
          continue;
        }
        g += rect(x, base - bh, bw, bh, col);
        g += rect(x, base - bh * 0.85, bw, 4, lighten(col, 0.35), 'opacity="0.7"');
        g += rect(x, base - bh * 0.2, bw, 3, darken(col, 0.35), 'opacity="0.7"');
        x += bw + R.range(0.5, 2.5);
        if (R.chance(0.04)) x += R.range(40, 120);
      }
      g += rect(0, base, w, 16, p.far);
      g += rect(0, base + 16, w, 6, darken(p.far, 0.5));
    }
    S.add(g);
    S.def(`<radialGradient id="lamp" cx="${n(R.range(0.3, 0.7))}" cy="0.2" r="0.7"><stop offset="0" stop-color="${p.sun}" stop-opacity="0.45"/><stop offset="1" stop-color="${p.sun}" stop-opacity="0"/></radialGradient>`);
    S.add(rect(0, 0, w, h, 'url(#lamp)'));
    S.addFx(vignette(ctx, 0.55));
  },

  bookFair(ctx, S) {
    const { w, h, R, p } = ctx;
    S.def(`<linearGradient id="hall" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.sky[0]}"/><stop offset="1" stop-color="${p.sky[2]}"/></linearGradient>`);
    S.add(rect(0, 0, w, h, 'url(#hall)'));
    // ceiling lights
    for (let r = 0; r < 3; r++) {
      for (let i = 0; i < 12; i++) {
        const x = (i + 0.5 + (r % 2) * 0.5) * (w / 12);
        const y = h * (0.05 + r * 0.07);
        S.add(circle(x, y, 14 - r * 3, p.light, 'opacity="0.25"') + circle(x, y, 5 - r, p.light));
      }
    }
    // stalls
    let x = -20;
    const banners = [p.accent, '#c9a24a', '#4f8a7a', '#9a4e6a', p.accent2];
    while (x < w) {
      const sw = R.range(0.12, 0.2) * w;
      const top = h * 0.34;
      S.add(rect(x, top, sw - 8, h * 0.36, lighten(p.mid, 0.3)));
      S.add(rect(x, top - h * 0.06, sw - 8, h * 0.06, R.pick(banners)));
      for (let k = 1; k < 4; k++) {
        const y = top + k * h * 0.08;
        S.add(rect(x + 6, y, sw - 20, 5, lighten(p.mid, 0.1)));
        let bx = x + 10;
        while (bx < x + sw - 24) {
          const bw = R.range(5, 10);
          S.add(rect(bx, y - R.range(18, 28), bw, 28, R.pick(BOOK_COLOURS), 'opacity="0.9"'));
          bx += bw + 1;
        }
      }
      x += sw;
    }
    S.add(rect(0, h * 0.7, w, h * 0.3, darken(p.ground, 0.1)));
    // crowd in three layers
    const layers = [
      { y: h * 0.76, s: h * 0.24, col: mix(p.near, p.mid, 0.65), count: 16 },
      { y: h * 0.88, s: h * 0.34, col: mix(p.near, p.mid, 0.35), count: 9 },
      { y: h * 1.0, s: h * 0.46, col: p.near, count: 4 },
    ];
    for (const L of layers) {
      for (let i = 0; i < L.count; i++) S.add(person(R, ((i + R.range(0.1, 0.9)) / L.count) * w, L.y + R.range(-8, 8), L.s * R.range(0.9, 1.08), L.col));
    }
    S.addFx(vignette(ctx, 0.4));
  },

  goldDiggings(ctx, S) {
    const { w, h, R, p } = ctx;
    const horizon = h * 0.42;
    S.sky();
    S.sun(w * R.range(0.2, 0.8), h * 0.12, h * 0.05);
    S.add(ridge(ctx, { base: horizon, amp: h * 0.02, color: mix(p.far, p.sky[2], 0.5), octaves: 2 }));
    S.def(`<linearGradient id="ground" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${lighten(p.ground, 0.1)}"/><stop offset="1" stop-color="${darken(p.ground, 0.12)}"/></linearGradient>`);
    S.add(rect(0, horizon + h * 0.01, w, h, 'url(#ground)'));
    // mounds back to front
    const items = [];
    for (let i = 0; i < 38; i++) items.push(R.range(horizon + h * 0.04, h * 0.98));
    items.sort((a, b) => a - b);
    for (const y of items) {
      const k = (y - horizon) / (h - horizon);
      const x = R.range(-0.05, 1.05) * w;
      const mw = (20 + k * 220) * R.range(0.7, 1.3);
      const mh = mw * R.range(0.22, 0.35);
      S.def(`<linearGradient id="m${items.indexOf(y)}" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="${lighten(p.ground, 0.25)}"/><stop offset="1" stop-color="${darken(p.ground, 0.25)}"/></linearGradient>`);
      if (R.chance(0.4)) S.add(`<ellipse cx="${n(x - mw * 0.8)}" cy="${n(y)}" rx="${n(mw * 0.35)}" ry="${n(mh * 0.25)}" fill="${darken(p.mid, 0.4)}" opacity="0.8"/>`);
      S.add(`<path d="M${n(x - mw / 2)},${n(y)} Q${n(x - mw * 0.1)},${n(y - mh * 1.6)} ${n(x + mw / 2)},${n(y)} Z" fill="url(#m${items.indexOf(y)})"/>`);
      if (R.chance(0.45)) {
        const px = x + mw * R.range(0.55, 0.9);
        const s = 14 + k * 120;
        S.add(person(R, px, y + 2, s, darken(p.near, 0.3)));
        if (R.chance(0.6)) S.add(line(px + s * 0.1, y - s * 0.6, px + s * 0.35, y - s * 0.05, darken(p.near, 0.3), Math.max(1, s * 0.025)));
      }
    }
    S.addFx(hazeBand(ctx, horizon + h * 0.05, h * 0.2, p.sky[2], 0.55));
    S.addFx(vignette(ctx, 0.3));
  },

  tradeRoutes(ctx, S) {
    const { w, h, R, p } = ctx;
    S.add(rect(0, 0, w, h, p.paper));
    // neighbours
    const neighbours = [
      [w * 0.1, h * 0.15], [w * 0.5, -h * 0.05], [w * 0.9, h * 0.12], [w * 1.0, h * 0.6],
      [w * 0.8, h * 1.0], [w * 0.35, h * 1.05], [-w * 0.02, h * 0.65],
    ];
    neighbours.forEach(([x, y], i) => {
      S.add(`<path d="${blob(R, x, y, w * 0.22, h * 0.26, { points: 12, jitter: 0.2 })}" fill="${mix(p.far, p.paper, 0.35 + (i % 3) * 0.15)}" stroke="${p.paper}" stroke-width="5"/>`);
    });
    // the country in the middle
    const cx = w * 0.48, cy = h * 0.5;
    S.add(`<path d="${blob(R, cx, cy, w * 0.2, h * 0.3, { points: 16, jitter: 0.12 })}" fill="#d9b77a" stroke="${p.near}" stroke-width="2.5"/>`);
    // river
    const river = smoothPath([[cx + w * 0.02, h * 1.0], [cx - w * 0.02, h * 0.7], [cx + w * 0.03, h * 0.5], [cx - w * 0.01, h * 0.3], [cx + w * 0.02, -h * 0.02]], false);
    S.add(`<path d="${river}" stroke="${p.water}" stroke-width="5" fill="none" opacity="0.8"/>`);
    // mining zones
    for (let i = 0; i < 6; i++) {
      const zx = cx + R.range(-0.14, 0.14) * w, zy = cy + R.range(-0.22, 0.2) * h;
      S.add(circle(zx, zy, R.range(14, 28), '#c99a2e', 'opacity="0.55"'));
    }
    // routes out, with arrowheads
    S.def(`<marker id="arr" viewBox="0 0 10 10" refX="6" refY="5" markerWidth="6" markerHeight="6" orient="auto"><path d="M0,0 L10,5 L0,10 Z" fill="${p.accent}"/></marker>`);
    const targets = [[w * 0.97, h * 0.3], [w * 0.95, h * 0.78], [w * 0.04, h * 0.35], [w * 0.06, h * 0.88], [w * 0.55, h * 0.03], [w * 0.75, h * 0.05]];
    for (const [tx, ty] of targets) {
      const sx = cx + R.range(-0.08, 0.08) * w, sy = cy + R.range(-0.1, 0.1) * h;
      const mx = (sx + tx) / 2 + R.range(-0.08, 0.08) * w, my = (sy + ty) / 2 + R.range(-0.08, 0.08) * h;
      S.add(`<path d="M${n(sx)},${n(sy)} Q${n(mx)},${n(my)} ${n(tx)},${n(ty)}" stroke="${p.accent}" stroke-width="3.5" fill="none" stroke-dasharray="12 7" marker-end="url(#arr)"/>`);
      S.add(circle(sx, sy, 6, p.near));
    }
  },

  solarFarm(ctx, S) {
    const { w, h, R, p } = ctx;
    const horizon = h * 0.46;
    S.sky();
    S.sun(w * R.range(0.15, 0.4), h * 0.14, h * 0.045);
    S.add(ridge(ctx, { base: horizon - h * 0.05, amp: h * 0.05, color: mix(p.far, p.sky[2], 0.35) }));
    S.add(rect(0, horizon - h * 0.01, w, h, mix(p.ground, '#c9a97a', 0.5)));
    S.def(`<linearGradient id="panel" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#5f7fa6"/><stop offset="0.4" stop-color="#2c4468"/><stop offset="1" stop-color="#1b2c45"/></linearGradient>`);
    const rows = 16;
    for (let i = 0; i < rows; i++) {
      const t = Math.pow((i + 1) / rows, 1.8);
      const y = lerp(horizon + 4, h * 1.02, t);
      const next = lerp(horizon + 4, h * 1.02, Math.pow((i + 2) / rows, 1.8));
      const rh = Math.max(2, (next - y) * 0.55);
      const tilt = t * h * 0.02;
      const seg = Math.max(60, t * w * 0.45);
      const gap = Math.max(3, t * 26);
      for (let x0 = -R.range(0, seg); x0 < w; x0 += seg + gap) {
        const x1 = x0 + seg;
        const yy0 = y - (tilt * x0) / w, yy1 = y - (tilt * x1) / w;
        S.add(poly([[x0, yy0], [x1, yy1], [x1, yy1 + rh], [x0, yy0 + rh]], 'url(#panel)'));
        S.add(line(x0, yy0, x1, yy1, '#d9e6f2', Math.max(1, t * 3), 'opacity="0.7"'));
        S.add(poly([[x0, yy0 + rh], [x1, yy1 + rh], [x1, yy1 + rh * 1.3], [x0, yy0 + rh * 1.3]], darken(p.ground, 0.4), 'opacity="0.45"'));
      }
    }
    S.addFx(hazeBand(ctx, horizon, h * 0.1, p.sky[2], 0.6));
    S.addFx(vignette(ctx, 0.25));
  },

  gulfBetweenMountains(ctx, S) {
    const { w, h, R, p } = ctx;
    const horizon = h * 0.46;
    S.sky();
    S.sun(w * 0.5, horizon - h * 0.12, h * 0.05);
    S.def(`<linearGradient id="gsea" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${mix(p.water, p.sky[2], 0.4)}"/><stop offset="1" stop-color="${darken(p.water, 0.25)}"/></linearGradient>`);
    S.add(rect(0, horizon, w, h - horizon, 'url(#gsea)'));
    const range = (side, layer) => {
      const f = waveFn(R, 4);
      const pts = [];
      const edge = side < 0 ? 0 : w;
      const inner = w * (0.5 + side * (0.1 + layer * 0.12));
      for (let i = 0; i <= 30; i++) {
        const t = i / 30;
        const x = lerp(edge, inner, t);
        const y = lerp(h * (0.1 + layer * 0.12), horizon + h * (0.01 + layer * 0.06), Math.pow(t, 0.8)) + f(t) * h * 0.03;
        pts.push([x, y]);
      }
      const base = horizon + h * (0.02 + layer * 0.25);
      const d = smoothPath(pts, false) + ` L${n(inner)},${n(base)} L${edge},${n(base + h * 0.1)} L${edge},${n(base)} Z`;
      return `<path d="${d}" fill="${[mix(p.far, p.sky[2], 0.3), p.mid, p.near][layer]}"/>`;
    };
    for (let layer = 0; layer < 3; layer++) {
      S.add(range(-1, layer));
      S.add(range(1, layer));
    }
    // port cranes on the right shore
    const baseY = horizon + h * 0.16;
    for (let i = 0; i < 4; i++) {
      const x = w * (0.66 + i * 0.05);
      const s = h * 0.12;
      const c = darken(p.near, 0.2);
      S.add(line(x, baseY, x + s * 0.15, baseY - s, c, 3) + line(x + s * 0.3, baseY, x + s * 0.15, baseY - s, c, 3) + line(x - s * 0.4, baseY - s, x + s * 0.5, baseY - s, c, 3));
    }
    S.add(poly([[w * 0.4, baseY + h * 0.12], [w * 0.52, baseY + h * 0.115], [w * 0.51, baseY + h * 0.135], [w * 0.41, baseY + h * 0.135]], darken(p.near, 0.2)));
    let gl = '';
    for (let i = 0; i < 60; i++) {
      const y = R.range(horizon + 5, h);
      const x = R.range(w * 0.3, w * 0.7);
      gl += line(x, y, x + R.range(10, 40), y, p.sun, 1.5, `opacity="${n(R.range(0.15, 0.4))}"`);
    }
    S.add(gl);
    S.addFx(vignette(ctx, 0.25));
  },

  damagedBlocks(ctx, S) {
    const { w, h, R, p } = ctx;
    const ground = h * 0.86;
    S.sky();
    S.sun(w * R.range(0.7, 0.9), h * 0.12, h * 0.04);
    let x = -w * 0.02;
    const tones = ['#cbbfa8', '#b8ad9a', '#d6cbb6', '#a9a092', '#c2b59c'];
    const skyMid = p.sky[1];
    while (x < w) {
      const bw = R.range(0.14, 0.24) * w;
      const bh = R.range(0.35, 0.7) * h;
      const top = ground - bh;
      const tone = R.pick(tones);
      S.add(rect(x, top, bw, bh, tone));
      S.add(rect(x + bw - bw * 0.06, top, bw * 0.06, bh, darken(tone, 0.18)));
      const rows = Math.floor(bh / 46);
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < 4; c++) {
          S.add(rect(x + bw * (0.08 + c * 0.22), top + 16 + r * 46, bw * 0.12, 24, R.chance(0.25) ? '#1b1b1d' : darken(tone, 0.45)));
        }
      }
      if (R.chance(0.65)) {
        // a bite out of the roofline
        const bx = x + R.range(0, 0.5) * bw;
        const bwid = R.range(0.3, 0.6) * bw;
        const depth = R.range(0.1, 0.3) * bh;
        const pts = [[bx, top - 2], [bx + bwid, top - 2]];
        for (let k = 0; k < 6; k++) pts.push([bx + bwid * (1 - k / 5), top + depth * R.range(0.3, 1)]);
        S.add(poly(pts, skyMid));
        S.add(`<path d="M${n(bx)},${n(top)} L${n(bx + bwid * 0.3)},${n(top + depth * 1.2)} L${n(bx + bwid * 0.7)},${n(top + depth * 0.9)}" stroke="#3a3532" stroke-width="2" fill="none" opacity="0.7"/>`);
      }
      if (R.chance(0.45)) {
        // scaffolding
        let g = '';
        const col = mix(p.accent, '#6b5a4a', 0.4);
        for (let k = 0; k <= 6; k++) g += line(x + (k * bw) / 6, top + bh * 0.3, x + (k * bw) / 6, ground, col, 3);
        for (let y = top + bh * 0.3; y < ground; y += 40) g += line(x - 4, y, x + bw + 4, y, col, 3);
        g += line(x, ground, x + bw, top + bh * 0.3, col, 2);
        S.add(g);
      }
      x += bw + R.range(0.0, 0.03) * w;
    }
    S.add(rect(0, ground, w, h - ground, p.ground));
    S.add(ridge(ctx, { base: ground + h * 0.02, amp: h * 0.025, color: darken(p.ground, 0.2), octaves: 4, steps: 80 }));
    S.addFx(vignette(ctx, 0.25));
  },

  scaffoldWorkers(ctx, S) {
    const { w, h, R, p } = ctx;
    S.def(`<linearGradient id="wallg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${lighten(p.sky[2], 0.2)}"/><stop offset="1" stop-color="${mix(p.far, p.sky[2], 0.5)}"/></linearGradient>`);
    S.add(rect(0, 0, w, h, 'url(#wallg)'));
    // stone courses of the facade
    let st = '';
    for (let y = 0, r = 0; y < h; y += 36, r++) {
      for (let x = (r % 2) * -40; x < w; x += 80) st += rect(x + 1, y + 1, 78, 34, darken(p.sky[2], R.range(0.02, 0.12)), 'opacity="0.6"');
    }
    S.add(st);
    // window openings
    for (let i = 0; i < 3; i++) S.add(rect(w * (0.12 + i * 0.3), h * 0.18, w * 0.12, h * 0.22, darken(p.near, 0.2), 'opacity="0.75"'));
    const ink = darken(p.near, 0.25);
    let g = '';
    const levels = [h * 0.46, h * 0.8];
    for (let k = 0; k <= 6; k++) g += line((k * w) / 6 + 20, 0, (k * w) / 6 + 20, h, ink, 7);
    for (const y of levels) g += rect(0, y, w, 12, ink);
    for (const y of [h * 0.3, h * 0.64]) g += line(0, y, w, y, ink, 4);
    for (let k = 0; k < 6; k++) g += line((k * w) / 6 + 20, levels[0], ((k + 1) * w) / 6 + 20, levels[1], ink, 3);
    S.add(g);
    for (const y of levels) {
      for (let i = 0; i < R.int(2, 3); i++) S.add(person(R, R.range(0.08, 0.92) * w, y, h * R.range(0.28, 0.32), ink, { robe: false }));
    }
    S.addFx(vignette(ctx, 0.35));
  },

  domeMuseum(ctx, S) {
    const { w, h, R, p } = ctx;
    const horizon = h * 0.72;
    S.sky();
    S.def(`<linearGradient id="sea" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${lighten(p.water, 0.3)}"/><stop offset="1" stop-color="${p.water}"/></linearGradient>`);
    S.add(rect(0, horizon, w, h - horizon, 'url(#sea)'));
    // cubes
    let x = w * 0.12;
    while (x < w * 0.86) {
      const bw = R.range(0.06, 0.12) * w;
      const bh = R.range(0.12, 0.24) * h;
      S.add(rect(x, horizon - bh, bw, bh, lighten(p.far, 0.55)));
      S.add(rect(x + bw * 0.7, horizon - bh, bw * 0.3, bh, mix(p.far, p.accent2, 0.15)));
      x += bw + R.range(0.005, 0.02) * w;
    }
    // dome
    const cx = w * 0.5, dw = w * 0.42, top = h * 0.22, rim = h * 0.42;
    const domePath = `M${n(cx - dw)},${n(rim)} Q${n(cx)},${n(top - h * 0.12)} ${n(cx + dw)},${n(rim)} Q${n(cx)},${n(rim + h * 0.05)} ${n(cx - dw)},${n(rim)} Z`;
    S.def(`<clipPath id="dc"><path d="${domePath}"/></clipPath>`);
    S.add(`<path d="${domePath}" fill="${mix(p.mid, p.sky[2], 0.3)}"/>`);
    let pat = '';
    for (let i = 0; i < 260; i++) {
      const px = cx + R.range(-dw, dw), py = R.range(top - h * 0.05, rim + h * 0.04);
      pat += poly([[px, py - 6], [px + 6, py], [px, py + 6], [px - 6, py]], p.light, `opacity="${n(R.range(0.3, 0.8))}"`);
    }
    S.add(`<g clip-path="url(#dc)">${pat}</g>`);
    S.add(rect(cx - dw * 0.8, rim + h * 0.02, 8, horizon - rim, p.mid) + rect(cx + dw * 0.8, rim + h * 0.02, 8, horizon - rim, p.mid));
    // dappled light
    let spots = '';
    for (let i = 0; i < 90; i++) spots += `<ellipse cx="${n(cx + R.range(-dw * 0.8, dw * 0.8))}" cy="${n(R.range(rim + h * 0.08, horizon))}" rx="${n(R.range(3, 9))}" ry="${n(R.range(2, 5))}" fill="#fffbe8" opacity="${n(R.range(0.4, 0.9))}"/>`;
    S.add(spots);
    let gl = '';
    for (let i = 0; i < 70; i++) {
      const y = R.range(horizon + 4, h);
      const xx = R.range(0, w);
      gl += line(xx, y, xx + R.range(10, 60), y, '#ffffff', 1.5, `opacity="${n(R.range(0.1, 0.35))}"`);
    }
    S.add(gl);
    S.addFx(vignette(ctx, 0.22));
  },

  gallery(ctx, S) {
    const { w, h, R, p } = ctx;
    const floor = h * 0.76;
    S.def(`<linearGradient id="wall" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="${p.light}"/><stop offset="1" stop-color="${darken(p.light, 0.1)}"/></linearGradient>`);
    S.add(rect(0, 0, w, floor, 'url(#wall)'));
    S.def(`<linearGradient id="floor" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.far}"/><stop offset="1" stop-color="${darken(p.far, 0.25)}"/></linearGradient>`);
    S.add(rect(0, floor, w, h - floor, 'url(#floor)'));
    S.add(rect(0, floor - 8, w, 8, darken(p.light, 0.2)));
    const frames = R.int(2, 3);
    const paintCols = [p.accent, p.accent2, '#d9b25a', '#3e3a36', '#7c9a8a', '#c9b8a0', '#a8574a'];
    for (let i = 0; i < frames; i++) {
      const fw = w * R.range(0.18, 0.24);
      const fh = h * R.range(0.3, 0.4);
      const fx = w * ((i + 0.5) / frames) - fw / 2;
      const fy = h * 0.16;
      S.def(`<radialGradient id="spot${i}" cx="0.5" cy="0" r="0.9"><stop offset="0" stop-color="#fff7e0" stop-opacity="0.8"/><stop offset="1" stop-color="#fff7e0" stop-opacity="0"/></radialGradient>`);
      S.add(rect(fx - fw * 0.3, 0, fw * 1.6, fy + fh * 1.2, `url(#spot${i})`));
      S.add(rect(fx - 10, fy - 10, fw + 20, fh + 20, p.near));
      S.add(rect(fx, fy, fw, fh, R.pick(paintCols)));
      for (let k = 0; k < 5; k++) {
        const kind = R.int(0, 1);
        const c = R.pick(paintCols);
        if (kind === 0) S.add(rect(fx + R.range(0, 0.6) * fw, fy + R.range(0, 0.6) * fh, R.range(0.15, 0.4) * fw, R.range(0.15, 0.4) * fh, c, 'opacity="0.85"'));
        else S.add(circle(fx + R.range(0.2, 0.8) * fw, fy + R.range(0.2, 0.8) * fh, R.range(0.06, 0.18) * fw, c, 'opacity="0.85"'));
      }
    }
    const visitors = R.int(3, 4);
    for (let i = 0; i < visitors; i++) S.add(person(R, ((i + R.range(0.25, 0.75)) / visitors) * w, h * R.range(0.92, 0.99), h * R.range(0.48, 0.58), darken(p.near, 0.2)));
    S.addFx(vignette(ctx, 0.3));
  },

  tankerAerial(ctx, S) {
    const { w, h, R, p } = ctx;
    S.def(`<linearGradient id="deep" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${p.sky[2]}"/><stop offset="1" stop-color="${p.sky[0]}"/></linearGradient>`);
    S.add(rect(0, 0, w, h, 'url(#deep)'));
    let waves = '';
    for (let i = 0; i < 420; i++) {
      const x = R.range(0, w), y = R.range(0, h);
      const l = R.range(8, 26);
      waves += `<path d="M${n(x)},${n(y)} q${n(l / 2)},-4 ${n(l)},0" stroke="${p.light}" stroke-width="1.2" fill="none" opacity="${n(R.range(0.05, 0.2))}"/>`;
    }
    S.add(waves);
    const angle = R.range(-28, -16);
    const cx = w * 0.56, cy = h * 0.5;
    const L = w * 0.42, B = h * 0.1;
    let g = '';
    // wake (behind the stern, which is at -L/2)
    S.def(`<linearGradient id="wake" x1="1" y1="0" x2="0" y2="0"><stop offset="0" stop-color="#ffffff" stop-opacity="0.3"/><stop offset="0.6" stop-color="#ffffff" stop-opacity="0.08"/><stop offset="1" stop-color="#ffffff" stop-opacity="0"/></linearGradient>`);
    g += poly([[-L / 2, -B * 0.4], [-L / 2 - w * 0.4, -B * 1.1], [-L / 2 - w * 0.4, B * 1.1], [-L / 2, B * 0.4]], 'url(#wake)');
    for (const sgn of [-1, 1]) {
      g += `<path d="M${n(L / 2 - B * 0.2)},${n((sgn * B) / 2)} Q${n(L / 2 - B * 2)},${n(sgn * B * 1.2)} ${n(-L / 2)},${n(sgn * B * 1.6)}" stroke="#ffffff" stroke-width="3" fill="none" opacity="0.25"/>`;
    }
    // hull
    g += `<path d="M${n(-L / 2)},${n(-B / 2)} L${n(L / 2 - B)},${n(-B / 2)} Q${n(L / 2 + B * 0.3)},0 ${n(L / 2 - B)},${n(B / 2)} L${n(-L / 2)},${n(B / 2)} Z" fill="#6b2a24"/>`;
    g += `<path d="M${n(-L / 2 + 6)},${n(-B / 2 + 6)} L${n(L / 2 - B)},${n(-B / 2 + 6)} Q${n(L / 2 + B * 0.1)},0 ${n(L / 2 - B)},${n(B / 2 - 6)} L${n(-L / 2 + 6)},${n(B / 2 - 6)} Z" fill="#4d6a52"/>`;
    g += line(-L / 2 + B, 0, L / 2 - B * 1.2, 0, '#c9c2b0', 3);
    for (let k = 0; k < 9; k++) {
      const x = -L / 2 + B * 1.5 + (k * (L - B * 3)) / 9;
      g += line(x, -B * 0.35, x, B * 0.35, '#c9c2b0', 2, 'opacity="0.7"');
      g += circle(x, 0, 4, p.accent);
    }
    g += rect(-L / 2 + 8, -B * 0.42, B * 0.9, B * 0.84, '#eae6dc');
    g += rect(-L / 2 + 8 + B * 0.55, -B * 0.12, B * 0.22, B * 0.24, '#2b2b2b');
    S.add(`<g transform="translate(${n(cx)} ${n(cy)}) rotate(${n(angle)})">${g}</g>`);
    S.addFx(vignette(ctx, 0.35));
  },

  strait(ctx, S) {
    const { w, h, R, p } = ctx;
    const horizon = h * 0.5;
    S.sky();
    S.sun(w * 0.52, horizon - h * 0.06, h * 0.05);
    S.def(`<linearGradient id="sea" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${mix(p.water, p.sky[2], 0.4)}"/><stop offset="1" stop-color="${darken(p.water, 0.35)}"/></linearGradient>`);
    S.add(rect(0, horizon, w, h - horizon, 'url(#sea)'));
    const coast = (side) => {
      const f = waveFn(R, 3);
      const pts = [];
      const edge = side < 0 ? -10 : w + 10;
      const tip = side < 0 ? w * 0.42 : w * 0.6;
      for (let i = 0; i <= 24; i++) {
        const t = i / 24;
        pts.push([lerp(edge, tip, t), lerp(horizon - h * 0.16, horizon - 2, Math.pow(t, 1.3)) + f(t) * h * 0.02]);
      }
      return `<path d="${smoothPath(pts, false)} L${n(tip)},${n(horizon + 6)} L${edge},${n(horizon + h * (side < 0 ? 0.1 : 0.05))} Z" fill="${p.near}"/>`;
    };
    S.add(coast(-1));
    S.add(coast(1));
    for (let i = 0; i < R.int(3, 5); i++) {
      const x = w * R.range(0.3, 0.75);
      const y = horizon + h * R.range(0.02, 0.18);
      const s = (y - horizon) * 1.2 + 10;
      S.add(poly([[x - s, y], [x + s, y], [x + s * 0.85, y + s * 0.12], [x - s * 0.9, y + s * 0.12]], p.near));
      S.add(rect(x - s * 0.85, y - s * 0.3, s * 0.25, s * 0.3, p.near));
    }
    let gl = '';
    for (let i = 0; i < 90; i++) {
      const y = R.range(horizon + 4, h);
      const k = (y - horizon) / (h - horizon);
      const x = w * 0.52 + R.range(-1, 1) * (40 + k * w * 0.3);
      gl += line(x, y, x + R.range(10, 60), y, p.sun, 1.5, `opacity="${n(R.range(0.15, 0.5))}"`);
    }
    S.add(gl);
    S.addFx(vignette(ctx, 0.3));
  },

  avatar(ctx, S) {
    const { w, h, R, p, opts } = ctx;
    S.def(`<radialGradient id="bg" cx="0.35" cy="0.3" r="0.9"><stop offset="0" stop-color="${p.sky[0]}"/><stop offset="1" stop-color="${p.sky[2]}"/></radialGradient>`);
    S.add(rect(0, 0, w, h, 'url(#bg)'));
    let arcs = '';
    for (let i = 1; i < 7; i++) arcs += circle(w * R.range(0.75, 0.9), h * R.range(0.1, 0.25), i * 38, 'none', `stroke="${p.light}" stroke-width="2" opacity="0.25"`);
    S.add(arcs);
    const ink = darken(p.near, 0.1);
    const cx = w * 0.5;
    if (opts.hair === 'long') S.add(`<path d="M${n(cx - 78)},${n(h * 0.66)} Q${n(cx - 92)},${n(h * 0.22)} ${n(cx)},${n(h * 0.17)} Q${n(cx + 92)},${n(h * 0.22)} ${n(cx + 78)},${n(h * 0.66)} Z" fill="${darken(ink, 0.3)}"/>`);
    S.add(`<path d="M${n(cx - 150)},${h} Q${n(cx - 145)},${n(h * 0.7)} ${n(cx - 45)},${n(h * 0.66)} L${n(cx + 45)},${n(h * 0.66)} Q${n(cx + 145)},${n(h * 0.7)} ${n(cx + 150)},${h} Z" fill="${ink}"/>`);
    S.add(rect(cx - 24, h * 0.55, 48, h * 0.14, ink));
    S.add(`<ellipse cx="${cx}" cy="${n(h * 0.4)}" rx="62" ry="76" fill="${ink}"/>`);
    if (opts.hair === 'short') S.add(`<path d="M${n(cx - 64)},${n(h * 0.38)} Q${n(cx - 60)},${n(h * 0.18)} ${n(cx)},${n(h * 0.2)} Q${n(cx + 62)},${n(h * 0.18)} ${n(cx + 64)},${n(h * 0.38)} Q${cx},${n(h * 0.28)} ${n(cx - 64)},${n(h * 0.38)} Z" fill="${darken(ink, 0.35)}"/>`);
    S.add(`<path d="M${n(cx - 58)},${n(h * 0.32)} Q${n(cx - 70)},${n(h * 0.45)} ${n(cx - 40)},${n(h * 0.55)}" stroke="${p.light}" stroke-width="3" fill="none" opacity="0.35"/>`);
    S.addFx(vignette(ctx, 0.25));
  },
};

function chart(ctx, S, type) {
  const { w, h, R, p } = ctx;
  S.add(rect(0, 0, w, h, p.paper));
  const L = w * 0.1, Rr = w * 0.94, T = h * 0.2, B = h * 0.86;
  // headline and standfirst placeholders (no text)
  S.add(rect(L, h * 0.06, w * 0.42, h * 0.03, p.near, 'opacity="0.85"'));
  S.add(rect(L, h * 0.115, w * 0.3, h * 0.018, p.mid, 'opacity="0.7"'));
  for (let k = 0; k <= 5; k++) {
    const y = lerp(B, T, k / 5);
    S.add(line(L, y, Rr, y, p.far, k === 0 ? 2.5 : 1.2));
    S.add(rect(L - w * 0.05, y - 5, w * 0.03, 8, p.mid, 'opacity="0.6"'));
  }
  const N = type === 'line' ? 40 : 11;
  const slot = (Rr - L) / N;
  if (type === 'bars') {
    let v = R.range(0.25, 0.32);
    for (let i = 0; i < N; i++) {
      v = Math.min(0.95, Math.max(0.15, v + R.range(-0.02, 0.09)));
      const bh = (B - T) * v;
      S.add(rect(L + i * slot + slot * 0.18, B - bh, slot * 0.64, bh, i === N - 1 ? p.accent : mix(p.accent, p.paper, 0.35)));
      S.add(rect(L + i * slot + slot * 0.3, B + 12, slot * 0.4, 7, p.mid, 'opacity="0.6"'));
    }
  } else if (type === 'stacked') {
    let dom = R.range(0.18, 0.25);
    for (let i = 0; i < N; i++) {
      const total = R.range(0.65, 0.9) * (0.8 + i * 0.02);
      dom = Math.min(0.7, dom + R.range(0.01, 0.06));
      const a = (B - T) * total * dom;
      const b = (B - T) * total * (1 - dom);
      const x = L + i * slot + slot * 0.18;
      S.add(rect(x, B - a, slot * 0.64, a, p.accent));
      S.add(rect(x, B - a - b, slot * 0.64, b - 2, p.accent2));
      S.add(rect(L + i * slot + slot * 0.3, B + 12, slot * 0.4, 7, p.mid, 'opacity="0.6"'));
    }
    S.add(rect(Rr - w * 0.2, h * 0.06, 18, 18, p.accent) + rect(Rr - w * 0.2 + 26, h * 0.067, w * 0.06, 8, p.mid));
    S.add(rect(Rr - w * 0.1, h * 0.06, 18, 18, p.accent2) + rect(Rr - w * 0.1 + 26, h * 0.067, w * 0.05, 8, p.mid));
  } else {
    const pts = [];
    let v = 0.05;
    for (let i = 0; i <= N; i++) {
      const t = i / N;
      if (t < 0.25) v = 0.05 + (t / 0.25) * 0.85 + R.range(-0.03, 0.03);
      else if (i % 6 === 0) v = Math.max(0.12, v - R.range(0.06, 0.14));
      pts.push([L + (Rr - L) * t, B - (B - T) * Math.min(0.95, v)]);
    }
    const d = `M${pts.map(([x, y], i) => (i ? `${n(x)},${n(pts[i - 1][1])} L${n(x)},${n(y)}` : `${n(x)},${n(y)}`)).join(' L')}`;
    S.def(`<linearGradient id="area" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.accent}" stop-opacity="0.35"/><stop offset="1" stop-color="${p.accent}" stop-opacity="0.02"/></linearGradient>`);
    S.add(`<path d="${d} L${n(Rr)},${n(B)} L${n(L)},${n(B)} Z" fill="url(#area)"/>`);
    S.add(`<path d="${d}" stroke="${p.accent}" stroke-width="4" fill="none" stroke-linejoin="round"/>`);
    for (let k = 0; k < 4; k++) S.add(rect(L + ((Rr - L) * (k + 0.5)) / 4 - 20, B + 12, 40, 7, p.mid, 'opacity="0.6"'));
  }
}

// ---------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------
export function renderSvg(relPath, spec) {
  const [w, h] = SIZES[spec.kind];
  const R = makeRandom(hashString(relPath));
  const ctx = { w, h, R, p: PALETTES[spec.palette], opts: spec.opts ?? {} };
  if (!ctx.p) throw new Error(`unknown palette ${spec.palette} for ${relPath}`);
  const motif = MOTIFS[spec.motif];
  if (!motif) throw new Error(`unknown motif ${spec.motif} for ${relPath}`);
  const S = scene(ctx);
  motif(ctx, S);
  return S.svg();
}

async function exists(file) {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

async function main() {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const filters = args.filter((a) => !a.startsWith('--'));
  let wrote = 0;
  let skipped = 0;
  for (const [rel, spec] of Object.entries(IMAGES)) {
    if (filters.length && !filters.some((f) => rel.includes(f))) continue;
    const out = path.join(PUBLIC_DIR, rel);
    if (!force && (await exists(out))) {
      skipped++;
      continue;
    }
    await fs.mkdir(path.dirname(out), { recursive: true });
    const svg = renderSvg(rel, spec);
    const [w, h] = SIZES[spec.kind];
    const info = await sharp(Buffer.from(svg)).resize(w, h).flatten({ background: '#ffffff' }).jpeg(JPEG).toFile(out);
    wrote++;
    console.log(`wrote public/${rel}  ${w}x${h}  ${(info.size / 1024).toFixed(1)} KB  (${spec.motif}, ${spec.palette})`);
  }
  console.log(`${wrote} written, ${skipped} skipped (already exist; use --force to regenerate)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
