#!/usr/bin/env node
// Generates the portrait covers (900×1200) of the sample magazine issues in
// content/magazine/: an SVG composed in code (masthead, a motif of bands and
// circles in the palette, the issue number) rendered to JPEG with sharp.
// Deterministic: the motif is seeded from the file name.
//
// Usage: node scripts/make-covers.mjs [--force]   (npm run make:covers)

import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'public/images/covers');
const [W, H] = [900, 1200];

// file stem → masthead, issue label, palette [background, band, accent, ink]
const COVERS = {
  '2026-09': ['STANDFIRST', 'No. 7 · September 2026', ['#1d3b53', '#2f6d8c', '#e8b04a', '#f4efe6']],
  '2026-10': ['STANDFIRST', 'No. 8 · October 2026', ['#4a1f2b', '#8c3b3b', '#f0c987', '#f7f1e8']],
  '2026-11': ['STANDFIRST', 'No. 9 · November 2026', ['#233d2b', '#4f7a4c', '#e9d27a', '#f3f0e4']],
  'ar-2026-09': ['ستاندفرست', 'العدد ٧ · سبتمبر ٢٠٢٦', ['#2b2340', '#5a4a8a', '#f2a65a', '#f5f0ea']],
  'ar-2026-10': ['ستاندفرست', 'العدد ٨ · أكتوبر ٢٠٢٦', ['#3d2a14', '#8a6232', '#f4d58d', '#f8f3e9']],
  'ar-2026-11': ['ستاندفرست', 'العدد ٩ · نوفمبر ٢٠٢٦', ['#12343b', '#2c7a7b', '#f6ad55', '#f1efe7']],
};

function rng(seed) {
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return ((h ^= h >>> 16) >>> 0) / 4294967296;
  };
}

function svg(stem, [masthead, label, [bg, band, accent, ink]]) {
  const r = rng(stem);
  const rtl = stem.startsWith('ar-');
  const bands = Array.from({ length: 7 }, (_, i) => {
    const y = 360 + i * 95 + r() * 30;
    const h = 30 + r() * 60;
    return `<path d="M0 ${y} C ${W * 0.3} ${y - 60 * r()}, ${W * 0.7} ${y + 80 * r()}, ${W} ${y - 20} L ${W} ${y + h} C ${W * 0.6} ${y + h + 40 * r()}, ${W * 0.3} ${y + h - 40 * r()}, 0 ${y + h} Z" fill="${band}" opacity="${(0.35 + r() * 0.5).toFixed(2)}"/>`;
  }).join('');
  const cx = 180 + r() * 540;
  const cy = 420 + r() * 220;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
  <rect width="${W}" height="${H}" fill="${bg}"/>
  <circle cx="${cx}" cy="${cy}" r="${150 + r() * 90}" fill="${accent}"/>
  ${bands}
  <rect x="0" y="0" width="${W}" height="210" fill="${bg}"/>
  <text x="${W / 2}" y="150" font-family="DejaVu Serif, serif" font-weight="bold" font-size="${rtl ? 118 : 104}" fill="${ink}" text-anchor="middle" letter-spacing="${rtl ? 0 : 6}">${masthead}</text>
  <rect x="60" y="180" width="${W - 120}" height="4" fill="${accent}"/>
  <text x="${W / 2}" y="${H - 70}" font-family="DejaVu Sans, sans-serif" font-size="40" fill="${ink}" text-anchor="middle">${label}</text>
</svg>`;
}

await fs.mkdir(OUT, { recursive: true });
const force = process.argv.includes('--force');
for (const [stem, spec] of Object.entries(COVERS)) {
  const file = path.join(OUT, `${stem}.jpg`);
  if (!force && (await fs.stat(file).catch(() => null))) continue;
  await sharp(Buffer.from(svg(stem, spec))).jpeg({ quality: 78, mozjpeg: true }).toFile(file);
  console.log(`wrote ${path.relative(ROOT, file)}`);
}
