// `npm run new -- "Headline" --section <slug> --author <slug> [--author <slug>] [--format analysis]`
// Creates content/articles/<slug>.mdx from the contract, as a draft dated today
// (publication time zone), with a placeholder hero so the file checks clean
// apart from its TODOs. Never overwrites anything.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import sharp from 'sharp';
import { now } from '../lib/clock';
import { site } from '../lib/site';
import { slugify } from '../lib/slug';
import { ELEMENTS } from '../lib/elements/registry';
import { ARTICLE_FORMATS } from '../lib/validation/rules/article-options';
import { PLACEHOLDER_MARKER } from '../lib/validation/rules/placeholder-image';

function fail(message: string): never {
  console.error(`✖ ${message}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const values = (flag: string) => args.flatMap((a, i) => (a === flag && args[i + 1] ? args[i + 1]!.split(',') : []));
const value = (flag: string) => values(flag)[0];
const flagged = new Set(args.flatMap((a, i) => (a.startsWith('--') ? [i, i + 1] : [])));
const headline = args.find((a, i) => !flagged.has(i))?.trim();
const contentDir = path.resolve(value('--content') ?? 'content');
const publicDir = path.resolve(value('--public') ?? 'public');
const usage = 'usage: npm run new -- "Headline" --section <slug> --author <slug> [--author <slug>] [--format analysis]';

if (!headline) fail(`give the headline in quotes.\n  ${usage}`);
const list = (dir: string, ext: string) =>
  existsSync(path.join(contentDir, dir)) ? readdirSync(path.join(contentDir, dir)).filter((f) => f.endsWith(ext)).map((f) => f.slice(0, -ext.length)).sort() : [];
const sections = list('sections', '.yaml');
const authors = list('authors', '.mdx');
const section = value('--section');
const authorSlugs = values('--author');
const fmt = value('--format') ?? 'analysis';
if (!section || !sections.includes(section)) fail(`--section must be one of: ${sections.join(', ')}${section ? ` (got "${section}")` : ''}\n  ${usage}`);
if (authorSlugs.length === 0) fail(`name at least one --author: ${authors.join(', ')}\n  ${usage}`);
for (const a of authorSlugs) if (!authors.includes(a)) fail(`--author "${a}" does not exist; authors: ${authors.join(', ')} (or create content/authors/${a}.mdx)`);
if (!(ARTICLE_FORMATS as readonly string[]).includes(fmt)) fail(`--format must be one of ${ARTICLE_FORMATS.join(', ')}`);

// Slug from the headline, cut at a word boundary, made unique against existing files.
let base = slugify(headline);
if (base.length > 70) base = base.slice(0, 70).replace(/-[^-]*$/, '');
if (!base) fail('the headline has no letters or digits to make an address from');
let slug = base;
for (let n = 2; existsSync(path.join(contentDir, 'articles', `${slug}.mdx`)) || existsSync(path.join(publicDir, 'images', slug)); n++) slug = `${base}-${n}`;

const file = path.join(contentDir, 'articles', `${slug}.mdx`);
const imageDir = path.join(publicDir, 'images', slug);
const today = format(new TZDate(now().getTime(), site.timeZone), 'yyyy-MM-dd');
const q = (s: string) => JSON.stringify(s);

// Every element, as a commented example taken from its definition (lib/elements/): delete
// the comment markers around the ones you use. Elements that only live inside another
// (Event in Timeline) come with their parent's example.
const elementExamples = ELEMENTS.filter((e) => !('parent' in e && e.parent))
  .map((e) => `{/* <${e.name}>: ${e.summary}\n${e.example.replaceAll('/images/my-article/', `/images/${slug}/`)}\n*/}`)
  .join('\n\n');

const text = `---
title: ${q(headline)}
dek: "TODO: one sentence, 60 to 220 characters, that says what this piece argues or explains."
date: ${today}
section: ${section}
authors: [${authorSlugs.join(', ')}]
tags: [TODO]
image:
  src: /images/${slug}/hero.jpg
  alt: "TODO: what the photo shows, for readers who cannot see it"
  caption: "TODO: who, what, where and when"
  credit: "TODO: PHOTOGRAPHER / AGENCY"
format: ${fmt}
draft: true
---

TODO: the opening paragraph. Say what happened and why it matters.

## TODO: a subheading

TODO: the argument, in short paragraphs.

${elementExamples}
`;

mkdirSync(path.dirname(file), { recursive: true });
mkdirSync(imageDir, { recursive: true });
// 'wx' refuses to overwrite, even if a file appeared since the check above.
writeFileSync(file, text, { flag: 'wx' });
const placeholder = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><rect width="1600" height="900" fill="#d9d4cc"/><text x="800" y="470" font-family="sans-serif" font-size="56" text-anchor="middle" fill="#5a5a5a">Placeholder: replace with the hero photo</text></svg>`;
// The marker lets the content check refuse to publish the placeholder (lib/validation/rules/placeholder-image.ts).
await sharp(Buffer.from(placeholder)).withExif({ IFD0: { ImageDescription: PLACEHOLDER_MARKER } }).jpeg({ quality: 70 }).toFile(path.join(imageDir, 'hero.jpg'));

const rel = (p: string) => path.relative(process.cwd(), p);
console.log(`✔ Created ${rel(file)} (a draft, dated ${today})
  and a placeholder hero at ${rel(path.join(imageDir, 'hero.jpg'))}

Next:
  1. Write the text and replace every TODO (npm run content:check lists what is left).
  2. Put the real hero photo at ${rel(path.join(imageDir, 'hero.jpg'))} (at least 1200 px wide).
  3. Preview with npm run dev: http://localhost:3000/articles/${slug}
  4. When it is ready, delete the line "draft: true" (or set a future date to schedule it) and commit.`);
