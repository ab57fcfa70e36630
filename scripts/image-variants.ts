// Responsive variants of every image the pages use (hero photos and figures of
// published articles, author avatars, magazine covers): AVIF and WebP at several
// widths, never upscaled, a JPEG fallback (PNG for images with transparency), a
// ~16 px blurred placeholder and the dominant colour. Written under public/variants/<hash>/ before `next build`,
// with public/variants/manifest.json for lib/images.ts. <hash> is a hash of the
// source bytes and the encoder settings, so a changed photo gets new addresses
// and old ones can be cached forever. An unchanged image is not decoded again:
// the cache (node_modules/.cache/standfirst/image-variants.json) remembers what
// each hash produced. Variants no image uses any more are deleted.
// See docs/adr/0005-build-time-image-variants.md.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { isPublished } from '../lib/publication';
import {
  ENCODER_SETTINGS,
  MANIFEST_PATH,
  VARIANTS_DIR,
  fallbackWidth,
  hexColor,
  imagesInUse,
  isPassThrough,
  variantStem,
  variantWidths,
  type ResponsiveImageData,
  type VariantManifest,
} from '../lib/image-variants';

const started = performance.now();
const root = process.cwd();
const publicDir = path.join(root, 'public');
const outDir = path.join(publicDir, VARIANTS_DIR);
const generated = path.join(root, '.contentlayer/generated');
const cacheFile = path.join(root, 'node_modules/.cache/standfirst/image-variants.json');
const includeDrafts = process.argv.includes('--drafts');

type CacheEntry = { data: ResponsiveImageData; files: string[] };
/**
 * The hash covers the encoded files, not the facts the manifest records beside them: when those
 * change (2: the dominant colour), bump this, and an older cache is ignored. Each image is then read
 * again and its files, already there, kept without encoding (as when the cache is lost).
 */
const CACHE_FORMAT = 2;
type CacheFile = { format: number; entries: Record<string, CacheEntry> };
type Made = CacheEntry & { encoded: number };
type Job = { id: string; dir: string; stem: string; bytes: Buffer; srcs: string[] };

const readJson = <T,>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const articles = readJson<{ draft: boolean; publishedAt: string; image: { src: string }; body: { raw: string } }[]>(path.join(generated, 'Article/_index.json'));
const authorsFile = path.join(generated, 'Author/_index.json');
const authors = existsSync(authorsFile) ? readJson<{ avatar?: string }[]>(authorsFile) : [];
// The pages' rule for what is public (lib/publication.ts): no variants of a draft's or a scheduled article's photos; `--drafts` (npm run dev) shows everything.
const magazineFile = path.join(generated, 'Magazine/_index.json');
const covers = existsSync(magazineFile) ? readJson<{ cover: { src: string } }[]>(magazineFile).map((m) => m.cover.src) : [];
const sources = [...new Set([...imagesInUse(articles, authors, (a) => includeDrafts || isPublished(a)), ...covers])].sort();

let cache: Record<string, CacheEntry> = {};
try {
  const saved = existsSync(cacheFile) ? readJson<Partial<CacheFile>>(cacheFile) : undefined;
  if (saved?.format === CACHE_FORMAT && saved.entries) cache = saved.entries;
} catch {
  cache = {}; // a damaged cache only costs a rebuild
}

// Settings (and the libvips that applies them) are part of every hash: new settings, new files at new addresses.
const settingsKey = JSON.stringify({ ...ENCODER_SETTINGS, vips: sharp.versions.vips });
const manifest: VariantManifest = { version: ENCODER_SETTINGS.version, images: {} };
const jobs = new Map<string, Job>();
const wantedFiles = new Set<string>();
const usedCache: Record<string, CacheEntry> = {};
let reused = 0;
let passedThrough = 0;
const problems: string[] = [];

for (const src of sources) {
  if (isPassThrough(src)) {
    passedThrough++;
    continue;
  }
  const file = path.join(publicDir, safeDecode(src));
  if (!existsSync(file) || !statSync(file).isFile()) {
    problems.push(`${src}: no such file under public/ (run npm run content:check)`);
    continue;
  }
  const bytes = readFileSync(file);
  const dir = createHash('sha256').update(settingsKey).update('\0').update(bytes).digest('hex').slice(0, 16);
  const stem = variantStem(src);
  const id = `${dir}/${stem}`;
  const hit = cache[id];
  if (hit && hit.files.every((f) => existsSync(path.join(publicDir, f)))) {
    manifest.images[src] = hit.data;
    usedCache[id] = hit;
    for (const f of hit.files) wantedFiles.add(f);
    reused++;
    continue;
  }
  const job = jobs.get(id);
  if (job) job.srcs.push(src);
  else jobs.set(id, { id, dir, stem, bytes, srcs: [src] });
}

sharp.concurrency(1); // one libvips thread per image, and as many images at once as there are cores
const workers = Math.max(1, Math.min(availableParallelism(), 4));
const queue = [...jobs.values()];
let made = 0;
let encodedFiles = 0;
let skippedAnimated = 0;
// The first build encodes every photo (minutes): say so, and say how far it has got.
const total = queue.length;
if (total) console.log(`image variants: encoding ${total} photo${total === 1 ? '' : 's'} into responsive sizes; the first build takes a few minutes, later builds reuse them`);
let lastReport = performance.now();
const progress = () => {
  const done = total - queue.length;
  if (performance.now() - lastReport > 5000) {
    lastReport = performance.now();
    console.log(`image variants: ${done} of ${total} photos…`);
  }
};
await Promise.all(
  Array.from({ length: workers }, async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      try {
        const result = await processImage(job);
        if (!result) {
          skippedAnimated++;
          continue;
        }
        for (const src of job.srcs) manifest.images[src] = result.data;
        usedCache[job.id] = { data: result.data, files: result.files };
        for (const f of result.files) wantedFiles.add(f);
        made++;
        encodedFiles += result.encoded;
        progress();
      } catch (e) {
        problems.push(`${job.srcs.join(', ')}: cannot be read as an image (${(e as Error).message})`);
      }
    }
  }),
);

if (problems.length) {
  console.error(
    `image variants: ${problems.length} image(s) could not be processed:\n  ${problems.join('\n  ')}\n` +
      'Replace each file with a valid JPEG, PNG, WebP or AVIF (re-export it from your photo editor) and build again.',
  );
  process.exit(1);
}

// Variants of photos that changed, were removed or now belong only to drafts must not stay public.
let removed = 0;
if (existsSync(outDir)) {
  for (const entry of readdirSync(outDir, { withFileTypes: true })) {
    const rel = `${VARIANTS_DIR}/${entry.name}`;
    if (!entry.isDirectory()) {
      if (`/${rel}` !== MANIFEST_PATH) {
        rmSync(path.join(publicDir, rel));
        removed++;
      }
      continue;
    }
    for (const name of readdirSync(path.join(publicDir, rel))) {
      if (!wantedFiles.has(`${rel}/${name}`)) {
        rmSync(path.join(publicDir, rel, name), { recursive: true });
        removed++;
      }
    }
    if (readdirSync(path.join(publicDir, rel)).length === 0) rmSync(path.join(publicDir, rel), { recursive: true });
  }
}

mkdirSync(outDir, { recursive: true });
const sorted: VariantManifest = { version: manifest.version, images: Object.fromEntries(Object.entries(manifest.images).sort(([a], [b]) => a.localeCompare(b))) };
const manifestFile = path.join(publicDir, MANIFEST_PATH);
const manifestText = JSON.stringify(sorted, null, 1) + '\n';
if (!existsSync(manifestFile) || readFileSync(manifestFile, 'utf8') !== manifestText) writeFileSync(manifestFile, manifestText);
mkdirSync(path.dirname(cacheFile), { recursive: true });
writeFileSync(cacheFile, JSON.stringify({ format: CACHE_FORMAT, entries: usedCache } satisfies CacheFile));

const totalBytes = [...wantedFiles].reduce((n, f) => n + statSync(path.join(publicDir, f)).size, 0);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const extra = [passedThrough ? `${passedThrough} SVG shown as is` : '', skippedAnimated ? `${skippedAnimated} animated shown as is` : '', removed ? `${removed} stale removed` : '']
  .filter(Boolean)
  .join(', ');
console.log(
  `image variants: ${made} made (${encodedFiles} files encoded), ${reused} unchanged, for ${sources.length} images${extra ? `; ${extra}` : ''}; ` +
    `${wantedFiles.size} files, ${Math.round(totalBytes / 1024)} kB in public/${VARIANTS_DIR}; ${seconds} s`,
);

function safeDecode(p: string): string {
  try {
    return decodeURIComponent(p);
  } catch {
    return p;
  }
}

/** Encodes one source; undefined for an animated image (a still frame would lose the animation). */
async function processImage(job: Job): Promise<Made | undefined> {
  const { avif, webp, jpeg, png, placeholder } = ENCODER_SETTINGS;
  const meta = await sharp(job.bytes).metadata();
  if ((meta.pages ?? 1) > 1) return undefined;
  // Camera photos may be stored sideways with an EXIF Orientation: sizes are those of the upright image.
  const width = meta.autoOrient?.width ?? meta.width;
  const height = meta.autoOrient?.height ?? meta.height;
  if (!width || !height) throw new Error('it states no size');
  const { isOpaque, dominant } = await sharp(job.bytes).stats();
  const input = () => sharp(job.bytes, { autoOrient: true });
  const relDir = `${VARIANTS_DIR}/${job.dir}`;
  mkdirSync(path.join(publicDir, relDir), { recursive: true });
  const files: string[] = [];
  let encoded = 0;
  // The address depends only on the source and the settings, so a file already there (the cache file
  // was lost, e.g. by `npm ci`) is the right one: keep it. New files are renamed into place whole.
  const write = async (name: string, pipeline: Sharp) => {
    const rel = `${relDir}/${name}`;
    const file = path.join(publicDir, rel);
    files.push(rel);
    if (existsSync(file)) {
      const m = await sharp(file).metadata();
      if (m.width && m.height) return { src: `/${rel}`, width: m.width, height: m.height };
    }
    const tmp = `${file}.${process.pid}.tmp`;
    const info = await pipeline.toFile(tmp);
    renameSync(tmp, file);
    encoded++;
    return { src: `/${rel}`, width: info.width, height: info.height };
  };
  const resized = (w: number) => (w >= width ? input() : input().resize({ width: w, withoutEnlargement: true }));

  const data: ResponsiveImageData = { width, height, avif: [], webp: [], fallback: { src: '', width: 0, height: 0 } };
  for (const w of variantWidths(width)) {
    const a = await write(`${job.stem}-${w}.avif`, resized(w).avif(avif));
    const b = await write(`${job.stem}-${w}.webp`, resized(w).webp(webp));
    data.avif.push({ src: a.src, width: a.width });
    data.webp.push({ src: b.src, width: b.width });
  }
  const fw = fallbackWidth(width);
  // JPEG has no transparency: an image with see-through pixels falls back to PNG.
  data.fallback = isOpaque ? await write(`${job.stem}-${fw}.jpg`, resized(fw).jpeg(jpeg)) : await write(`${job.stem}-${fw}.png`, resized(fw).png(png));
  // The placeholder and the colour sit behind the <img> and would show through transparent pixels after load: opaque images only.
  if (isOpaque) {
    const tiny = await input()
      .resize({ width: Math.min(placeholder.width, width) })
      .blur(placeholder.blur)
      .webp({ quality: placeholder.quality })
      .toBuffer();
    data.placeholder = `data:image/webp;base64,${tiny.toString('base64')}`;
    data.color = hexColor(dominant);
  }
  return { data, files, encoded };
}
