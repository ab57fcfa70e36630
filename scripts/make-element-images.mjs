#!/usr/bin/env node
// Generates the photos the sample articles' editorial elements use (gallery photos, profile
// portraits): simple SVG scenes drawn here and rendered to JPEG with sharp. Deterministic, so
// re-running gives the same files. Kept apart from make-images.mjs (the heroes and figures).
//
// Usage: node scripts/make-element-images.mjs [--force]

import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const PUBLIC = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'public');
const force = process.argv.includes('--force');
const JPEG = { quality: 70, mozjpeg: true };

/** A landscape: sky, sea or sand, and a row of shapes (tanks, greenhouses, cranes). */
function landscape({ sky, ground, shape, accent, count }) {
  const [w, h] = [1200, 800];
  const items = Array.from({ length: count }, (_, i) => {
    const x = 80 + (i * (w - 160)) / Math.max(1, count - 1);
    const size = 70 + ((i * 37) % 60);
    switch (shape) {
      case 'tank':
        return `<rect x="${x - size / 2}" y="${520 - size}" width="${size}" height="${size}" rx="12" fill="${accent}"/><rect x="${x - size / 2}" y="${520 - size}" width="${size}" height="14" fill="#ffffff" opacity="0.35"/>`;
      case 'greenhouse':
        return `<path d="M${x - size} 540 Q${x} ${540 - size * 1.2} ${x + size} 540 Z" fill="${accent}" opacity="0.85"/>`;
      case 'pipe':
        return `<rect x="${x - 8}" y="${380 + (i % 3) * 20}" width="16" height="${180 - (i % 3) * 20}" fill="${accent}"/><circle cx="${x}" cy="${380 + (i % 3) * 20}" r="18" fill="${accent}"/>`;
      default:
        return `<rect x="${x - 6}" y="${300 + (i % 4) * 30}" width="12" height="${240 - (i % 4) * 30}" fill="${accent}"/><rect x="${x - 60}" y="${300 + (i % 4) * 30}" width="120" height="10" fill="${accent}"/>`;
    }
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">
<defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${sky[0]}"/><stop offset="1" stop-color="${sky[1]}"/></linearGradient></defs>
<rect width="${w}" height="${h}" fill="url(#s)"/><circle cx="${w * 0.78}" cy="170" r="70" fill="#fff3d6" opacity="0.8"/>
<rect y="520" width="${w}" height="${h - 520}" fill="${ground}"/>${items.join('')}
<rect y="${h - 90}" width="${w}" height="90" fill="#000" opacity="0.12"/></svg>`;
}

/** A portrait silhouette on a plain background. */
function portrait({ bg, skin, cloth }) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400">
<rect width="400" height="400" fill="${bg}"/><circle cx="200" cy="160" r="78" fill="${skin}"/>
<path d="M60 400 Q70 270 200 262 Q330 270 340 400 Z" fill="${cloth}"/><rect x="186" y="262" width="28" height="40" fill="#ffffff" opacity="0.6"/></svg>`;
}

const IMAGES = {
  'morocco-water-desalination/gallery-intake.jpg': landscape({ sky: ['#7fb2d9', '#e4eef5'], ground: '#3f6f8f', shape: 'pipe', accent: '#5a5f66', count: 7 }),
  'morocco-water-desalination/gallery-membranes.jpg': landscape({ sky: ['#c9d6df', '#f4f6f8'], ground: '#9aa3ab', shape: 'tank', accent: '#2f6d8c', count: 6 }),
  'morocco-water-desalination/gallery-fields.jpg': landscape({ sky: ['#f2c38b', '#fbe8c8'], ground: '#8c7a4b', shape: 'greenhouse', accent: '#dfe7e0', count: 5 }),
  'morocco-water-desalination/gallery-port.jpg': landscape({ sky: ['#5d7fa3', '#d9c7b0'], ground: '#2e4f6b', shape: 'crane', accent: '#c0583a', count: 5 }),
  'ar-gulf-food-security/gallery-silos.jpg': landscape({ sky: ['#e9b872', '#fbe3bf'], ground: '#b59a6a', shape: 'tank', accent: '#d7d2c8', count: 5 }),
  'ar-gulf-food-security/gallery-greenhouses.jpg': landscape({ sky: ['#9cc3d5', '#eef4f6'], ground: '#c8ad7f', shape: 'greenhouse', accent: '#f1f4f2', count: 6 }),
  'ar-gulf-food-security/gallery-quay.jpg': landscape({ sky: ['#6c8fb3', '#e0d2bd'], ground: '#34566f', shape: 'crane', accent: '#e0a13a', count: 4 }),
  'paris-talks-israel-syria/profile-envoy.jpg': portrait({ bg: '#d9d4cc', skin: '#c8a27e', cloth: '#2b3340' }),
  'ar-jordan-water-security/profile-engineer.jpg': portrait({ bg: '#cfd8d3', skin: '#b88a66', cloth: '#4a5b4f' }),
};

let made = 0;
for (const [rel, svg] of Object.entries(IMAGES)) {
  const file = path.join(PUBLIC, 'images', rel);
  if (existsSync(file) && !force) continue;
  mkdirSync(path.dirname(file), { recursive: true });
  await sharp(Buffer.from(svg)).jpeg(JPEG).toFile(file);
  made++;
}
console.log(`element images: ${made} made, ${Object.keys(IMAGES).length - made} already there`);
