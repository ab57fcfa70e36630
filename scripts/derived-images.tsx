// Derives, from each published article's hero photo, the images search engines
// and social networks ask for: a 1200×630 JPEG card (headline, section,
// publication name over the photo) and 16:9, 4:3 and 1:1 crops. Written under public/og and
// public/crops before `next build`, cached by a hash of their inputs so an
// unchanged article is not redrawn. No network: the font comes from npm.
//
// Speed (issue 6): the text layer is Satori's SVG composited by libvips (no PNG
// round trip through WebAssembly); each photo is decoded and cropped once however
// many articles use it (later ones get copies); and a few cards are drawn at a
// time so libvips' threads keep both cores busy while Satori lays out the next.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import satori from 'satori';
import sharp, { type OutputInfo } from 'sharp';
import { CROPS, OG_SIZE, SITE_CARD_PATH, cropPath, ogImagePath, type CropName } from '../lib/derived-images';
import { isPublished } from '../lib/publication';
import { editions, site, type Edition } from '../lib/site';
import { typeset } from '../lib/typography';
import { filesUnder } from './files';

const TEMPLATE_VERSION = '3';
const root = process.cwd();
const publicDir = path.join(root, 'public');
const generated = path.join(root, '.contentlayer/generated');
const cacheFile = path.join(root, 'node_modules/.cache/standfirst/derived-images.json');
const includeDrafts = process.argv.includes('--drafts');

type Doc = { slug: string; title: string; section: string; draft: boolean; publishedAt: string; lang: Edition; image: { src: string } };
// The same rule as the pages: no card for a draft or a scheduled article may reach out/.
const articles = (JSON.parse(readFileSync(path.join(generated, 'Article/_index.json'), 'utf8')) as Doc[]).filter(
  (a) => includeDrafts || isPublished(a),
);
const sections = new Map(
  (JSON.parse(readFileSync(path.join(generated, 'Section/_index.json'), 'utf8')) as { slug: string; title: string }[]).map((s) => [s.slug, s.title]),
);

const fontDir = path.join(import.meta.dirname, '../node_modules/@fontsource/noto-serif/files');
const fonts = [
  { name: 'Noto Serif', data: readFileSync(path.join(fontDir, 'noto-serif-latin-700-normal.woff')), weight: 700 as const, style: 'normal' as const },
  { name: 'Noto Serif', data: readFileSync(path.join(fontDir, 'noto-serif-latin-400-normal.woff')), weight: 400 as const, style: 'normal' as const },
];

const cache: Record<string, string> = existsSync(cacheFile) ? (JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, string>) : {};
const wanted = new Set<string>();
let made = 0;
let reused = 0;

const fileOf = (urlPath: string) => path.join(publicDir, decodeURIComponent(urlPath));

// The first file written for each inputs hash: an identical image is copied, not redrawn.
const written = new Map<string, string>();

async function ensure(urlPath: string, inputsHash: string, render: () => Promise<Buffer>) {
  const file = fileOf(urlPath);
  wanted.add(file);
  if (cache[file] === inputsHash && existsSync(file)) {
    reused++;
    written.set(inputsHash, file);
    return;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const same = written.get(inputsHash);
  if (same) copyFileSync(same, file);
  else writeFileSync(file, await render());
  written.set(inputsHash, file);
  cache[file] = inputsHash;
  made++;
}

/** The text layer as SVG (text turned into paths by Satori, so libvips needs no fonts). */
async function textLayer(title: string, section: string): Promise<Buffer> {
  return Buffer.from(await satori(cardText(title, section), { ...OG_SIZE, fonts }));
}

// A card's photo, resized and cropped once per photo (a few kept: decoded 1200×630 RGB is 2.3 MB).
const photoBases = new Map<string, Promise<{ data: Buffer; info: OutputInfo }>>();
function photoBase(heroHash: string, hero: Buffer) {
  let base = photoBases.get(heroHash);
  if (!base) {
    base = sharp(hero).resize(OG_SIZE.width, OG_SIZE.height, { fit: 'cover', position: 'attention' }).raw().toBuffer({ resolveWithObject: true });
    photoBases.set(heroHash, base);
    if (photoBases.size > 32) photoBases.delete(photoBases.keys().next().value!);
  }
  return base;
}

/** The text layer of the card; it is drawn on a transparent background and laid over the photo by sharp (far faster than embedding the photo in the SVG). */
function cardText(title: string, section: string) {
  // Long headlines step down in size so they always fit in three lines.
  const size = title.length > 90 ? 46 : title.length > 60 ? 54 : 62;
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        // Satori ≥ 0.30 sizes boxes as content-box: without this the padding pushes text off the card.
        boxSizing: 'border-box',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'flex-end',
        padding: '48px 56px',
        fontFamily: 'Noto Serif',
        color: '#fff',
        backgroundImage: 'linear-gradient(180deg, rgba(0,0,0,0) 25%, rgba(0,0,0,0.88) 80%)',
      }}
    >
      <div style={{ display: 'flex', fontSize: 26, letterSpacing: 2, color: '#ffb4ab', marginBottom: 12 }}>{section.toUpperCase()}</div>
      <div style={{ display: 'flex', fontSize: size, fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
      <div style={{ display: 'flex', fontSize: 26, marginTop: 24, color: '#e6e6e6' }}>{site.name}</div>
    </div>
  );
}

async function derive(a: Doc) {
  const heroFile = path.join(publicDir, decodeURIComponent(a.image.src));
  let hero: Buffer;
  try {
    hero = readFileSync(heroFile);
  } catch (e) {
    throw new Error(`cannot read the file (${(e as Error).message})`);
  }
  const heroHash = createHash('sha256').update(hero).digest('hex');
  // Satori lays text out left to right and does not shape Arabic, so a right-to-left edition's
  // card carries the photo and the publication's name only (the headline is in og:title anyway).
  const rtl = editions[a.lang].dir === 'rtl';
  const title = rtl ? '' : typeset(a.title, a.lang); // the headline as the page sets it
  const section = rtl ? '' : (sections.get(a.section) ?? a.section);
  const cardHash = createHash('sha256').update([TEMPLATE_VERSION, title, section, site.name, heroHash].join('\0')).digest('hex');
  await ensure(ogImagePath(a.slug), cardHash, async () => {
    const [text, base] = await Promise.all([textLayer(title, section), photoBase(heroHash, hero)]);
    return sharp(base.data, { raw: base.info }).composite([{ input: text }]).jpeg({ quality: 82 }).toBuffer();
  });
  for (const crop of Object.keys(CROPS) as CropName[]) {
    const { width, height } = CROPS[crop];
    await ensure(cropPath(a.slug, crop), `${TEMPLATE_VERSION}:${heroHash}:${crop}`, () =>
      // Crops of a smaller photo are scaled up to the size search engines ask for.
      sharp(hero).resize(width, height, { fit: 'cover', position: 'attention', withoutEnlargement: false }).jpeg({ quality: 80 }).toBuffer(),
    );
  }
}

// A few articles at a time: sharp works off the main thread, Satori on it. One unreadable
// photo must not stop the others from being checked: every problem is named at the end.
const queue = [...articles];
const problems: string[] = [];
await Promise.all(
  Array.from({ length: 4 }, async () => {
    for (let a = queue.shift(); a; a = queue.shift()) {
      await derive(a).catch((e: Error) => problems.push(`${a.image.src} (hero of content/articles/${a.slug}.mdx): ${e.message.split('\n')[0]}`));
    }
  }),
);
if (problems.length) {
  console.error(
    `derived images: ${problems.length} image(s) could not be converted:\n  ${problems.join('\n  ')}\n` +
      'Replace each file with a valid JPEG, PNG, WebP or AVIF (re-export it from your photo editor) and build again.',
  );
  process.exit(1);
}

// The site card (for pages that are not articles): the name and description on the accent colour.
await ensure(SITE_CARD_PATH, createHash('sha256').update([TEMPLATE_VERSION, site.name, site.description].join('\0')).digest('hex'), async () => {
  const text = await textLayer(site.description, 'Analysis');
  return sharp({ create: { ...OG_SIZE, channels: 3, background: '#7d1114' } }).composite([{ input: text }]).jpeg({ quality: 85 }).toBuffer();
});

// Images of articles that were deleted or became drafts must not stay public.
for (const dir of ['og', 'crops']) {
  const base = path.join(publicDir, dir);
  if (!existsSync(base)) continue;
  for (const file of filesUnder(base)) {
    if (!wanted.has(file)) {
      rmSync(file);
      delete cache[file];
    }
  }
}
mkdirSync(path.dirname(cacheFile), { recursive: true });
writeFileSync(cacheFile, JSON.stringify(cache));
console.log(`derived images: ${made} made, ${reused} unchanged, for ${articles.length} articles`);
