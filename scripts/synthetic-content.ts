// Synthetic articles for the benchmark and the scale checks: N articles that
// follow the content contract (about 1,200 words, a hero and two credited
// figures, a pull-quote lifted from the body, 2–4 tags from a skewed pool,
// real sections and authors), plus a few drafts and scheduled pieces so that
// "published" is never simply "everything". Deterministic for a given seed.
//
//   tsx scripts/synthetic-content.ts --n 1000 --out /tmp/site   (writes <out>/content, <out>/public/images)
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type SyntheticOptions = {
  /** Number of articles, drafts and scheduled ones included. */
  n: number;
  /** Folder that receives content/ and public/images/ (both replaced). */
  out: string;
  /** The repository whose sections, authors and photos are reused. */
  repo: string;
  /** The clock the site is built with (STANDFIRST_NOW); dates are spread over the years before it. */
  now: Date;
  seed?: number;
};

export type SyntheticSummary = {
  articles: number;
  published: number;
  drafts: number;
  scheduled: number;
  publishedSlugs: string[];
};

/** mulberry32: a small, fast, seedable PRNG; the same seed gives the same site (and test corpus). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ['Cairo', 'Riyadh', 'Amman', 'Beirut', 'Baghdad', 'Damascus', 'Doha', 'Abu Dhabi', 'Muscat', 'Rabat', 'Algiers', 'Tunis', 'Khartoum', 'Sanaa', 'Kuwait', 'Manama', 'Erbil', 'Basra', 'Aden', 'Tripoli', 'Jeddah', 'Alexandria', 'Casablanca', 'Mosul', 'Aleppo'];
const SUBJECTS = ['the central bank', 'the finance ministry', 'the port authority', 'the electricity company', 'parliament', 'the cabinet', 'the water utility', 'the sovereign fund', 'the opposition', 'the trade unions', 'the army', 'the regional council', 'the oil ministry', 'foreign lenders', 'Gulf investors', 'the courts', 'local traders', 'the planning ministry', 'the tourism board', 'the customs service'];
const VERBS = ['has quietly revised', 'is still negotiating', 'wants to delay', 'has promised to fund', 'is struggling to finance', 'has doubled', 'is reconsidering', 'has started to publish', 'cannot yet explain', 'has tied its future to', 'expects to renegotiate', 'is racing to complete', 'has frozen', 'is under pressure to cut', 'has begun to audit'];
const OBJECTS = ['the subsidy bill', 'the new pipeline', 'its debt schedule', 'the border crossings', 'the desalination plants', 'grain imports', 'the housing programme', 'the export quotas', 'the customs tariff', 'the budget deficit', 'the reconstruction fund', 'the power grid', 'remittance flows', 'the shipping lanes', 'the phosphate mines', 'the free zone', 'the bond programme', 'the currency peg', 'public sector wages', 'the refinery upgrade'];
const CLAUSES = ['after a year of delays', 'despite warnings from economists', 'while donors wait for figures', 'as prices keep rising', 'before the next election', 'under pressure from neighbours', 'with little public debate', 'even though revenue is falling', 'as the summer peak approaches', 'while the talks drag on', 'once the new law takes effect', 'in a break with past practice'];
const OPENERS = ['Officials insist that', 'Few analysts doubt that', 'By most accounts', 'On paper at least', 'For now', 'In private, diplomats admit that', 'According to people involved,', 'Whatever the official line,', 'Seen from the street,', 'The numbers suggest that'];
const EXTRA = ['reform', 'liquidity', 'drought', 'tariffs', 'refinancing', 'ceasefire', 'corridor', 'megaproject', 'harvest', 'inflation', 'privatisation', 'logistics', 'fertiliser', 'solar', 'hydrogen', 'insurance', 'tourism', 'migration', 'housing', 'mediation', 'sanctions', 'smuggling', 'governance', 'bureaucracy', 'transparency', 'dividends', 'arbitration', 'concessions', 'rationing', 'aquifers'];
const SUBHEADS = ['What changed', 'The money question', 'Who pays', 'The view from the capital', 'Winners and losers', 'What comes next', 'A test of patience', 'The regional angle', 'Behind the numbers', 'The risks ahead', 'Old habits', 'A narrow window'];
const TAG_POOL = [...PLACES.filter((p) => !p.includes(' ')), 'Oil', 'Gas', 'Water', 'Debt', 'IMF', 'Shipping', 'Tourism', 'Elections', 'Reconstruction', 'Refugees', 'Energy', 'Trade', 'Banking', 'Agriculture', 'Climate', 'Security', 'Diplomacy', 'Labour', 'Housing', 'Media', 'Art', 'Football', 'Education', 'Health', 'Technology', 'Ports', 'Railways', 'Mining', 'Gold', 'Wheat', 'Remittances', 'Sanctions', 'Migration', 'Youth', 'Courts'];
const FORMATS = ['analysis', 'explainer', 'opinion', 'interview'] as const;
const CREDITS = ['STANDFIRST / Illustration', 'AFP', 'REUTERS', 'AP Photo', 'Anadolu', 'EPA'];

function listNames(dir: string, ext: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith(ext)).map((f) => f.slice(0, -ext.length)).sort();
}

/** Photos of published sample articles only, so no draft's image is pulled into a public page. */
function photoPool(repo: string): string[] {
  const root = path.join(repo, 'public/images');
  const skip = /draft|scheduled/;
  const out: string[] = [];
  for (const folder of readdirSync(root, { withFileTypes: true })) {
    if (!folder.isDirectory() || skip.test(folder.name) || folder.name === 'authors') continue;
    for (const f of readdirSync(path.join(root, folder.name))) if (/\.(jpe?g|png|webp)$/i.test(f)) out.push(`/images/${folder.name}/${f}`);
  }
  return out.sort();
}

export function generateSyntheticSite(options: SyntheticOptions): SyntheticSummary {
  const { n, out, repo, now } = options;
  const rand = seededRandom(options.seed ?? 20261126);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  // Tags follow a skewed (Zipf-like) distribution, as real archives do.
  const pickTag = () => TAG_POOL[Math.min(TAG_POOL.length - 1, Math.floor(TAG_POOL.length * rand() * rand()))]!;

  const contentDir = path.join(out, 'content');
  rmSync(contentDir, { recursive: true, force: true });
  mkdirSync(path.join(contentDir, 'articles'), { recursive: true });
  cpSync(path.join(repo, 'content/sections'), path.join(contentDir, 'sections'), { recursive: true });
  cpSync(path.join(repo, 'content/authors'), path.join(contentDir, 'authors'), { recursive: true });
  if (path.resolve(out) !== path.resolve(repo)) {
    rmSync(path.join(out, 'public/images'), { recursive: true, force: true });
    cpSync(path.join(repo, 'public/images'), path.join(out, 'public/images'), { recursive: true });
  }
  const sections = listNames(path.join(contentDir, 'sections'), '.yaml');
  const authors = listNames(path.join(contentDir, 'authors'), '.mdx');
  const photos = photoPool(repo);
  if (photos.length === 0) throw new Error(`no photos under ${repo}/public/images to reuse`);

  // Real prose repeats itself far less than phrase templates do: gzip keeps about 45% of a
  // 1,200-word sample article (measured on content/articles/), against about 20% for
  // templates alone, and page-weight budgets are measured against the gzip size of the
  // text. So sentences are mostly built from a large lexicon of made-up names and terms,
  // tuned until the synthetic text compresses like the real one.
  const SYLLABLES = ['ka', 'ri', 'mo', 'sa', 'la', 'din', 'har', 'qa', 'zu', 'fel', 'ta', 'nor', 'bek', 'um', 'is', 'ra', 'jal', 'wen', 'tor', 'hi', 'ma', 'sud', 'ab', 'el', 'gor', 'pan', 'vi', 'ne', 'dul', 'kas', 'bri', 'o', 'e', 'at', 'yu', 'sh', 'ch', 'lm', 'ny', 'th'];
  const lexicon = Array.from({ length: 12000 }, () => Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(SYLLABLES)).join(''));
  const FUNCTION_WORDS = ['the', 'of', 'and', 'to', 'in', 'for', 'with', 'on', 'by', 'as', 'from', 'that', 'its', 'their', 'a', 'new', 'local', 'older', 'second', 'public'];
  const detail = () => Array.from({ length: 12 + Math.floor(rand() * 8) }, (_, k) => (k % 4 === 3 ? pick(FUNCTION_WORDS) : pick(lexicon))).join(' ');
  const sentence = () => {
    const s = rand() < 0.5 ? `${pick(OPENERS)} ${pick(SUBJECTS)} in ${pick(PLACES)} ${pick(VERBS)} ${pick(OBJECTS)}, ${detail()}.` : `${detail()}, ${pick(CLAUSES)}.`;
    return s.charAt(0).toUpperCase() + s.slice(1);
  };
  const paragraph = () => Array.from({ length: 4 }, sentence).join(' ');
  const figure = (alt: string) =>
    `<Figure\n  src="${pick(photos)}"\n  alt="${alt}"\n  caption="A scene in ${pick(PLACES)} used to illustrate this report."\n  credit="${pick(CREDITS)}"\n/>`;

  const day = 86_400_000;
  const published: string[] = [];
  let drafts = 0;
  let scheduled = 0;
  for (let i = 0; i < n; i++) {
    const place = pick(PLACES);
    const object = pick(OBJECTS);
    const slug = `synthetic-${String(i + 1).padStart(5, '0')}-${place.toLowerCase().replace(/[^a-z]+/g, '-')}`;
    const kind = i % 50 === 7 ? 'draft' : i % 100 === 13 ? 'scheduled' : 'published';
    // Spread over about six years back from now; scheduled ones sit a few weeks ahead.
    const when = kind === 'scheduled' ? new Date(now.getTime() + (10 + (i % 30)) * day) : new Date(now.getTime() - (1 + Math.floor(rand() * 2200)) * day);
    const date = when.toISOString().slice(0, 10);
    const tags = [...new Set(Array.from({ length: 2 + Math.floor(rand() * 3) }, pickTag))];
    const title = `${place} and ${object}: report ${i + 1}`;
    const dek = `How ${pick(SUBJECTS)} in ${place} handles ${object}, and why the ${pick(EXTRA)} argument keeps returning ${pick(CLAUSES)}.`;

    // About 1,200 words: 11 paragraphs of four sentences, three subheads, two figures.
    const paras = Array.from({ length: 11 }, paragraph);
    const quoted = paras[3]!.split('. ')[0]!.replace(/\.$/, '');
    const heads = [...new Set(Array.from({ length: 3 }, () => pick(SUBHEADS)))];
    const body: string[] = [];
    paras.forEach((p, k) => {
      if (k === 2 && heads[0]) body.push(`## ${heads[0]}`);
      if (k === 5 && heads[1]) body.push(`## ${heads[1]}`);
      if (k === 8 && heads[2]) body.push(`## ${heads[2]}`);
      body.push(p);
      if (k === 3) body.push(`<PullQuote>${quoted}.</PullQuote>`);
      if (k === 4) body.push(figure(`A street in ${pick(PLACES)}`));
      if (k === 9) body.push(figure(`Workers at a site near ${pick(PLACES)}`));
    });

    const front = [
      '---',
      `title: ${JSON.stringify(title)}`,
      `dek: ${JSON.stringify(dek)}`,
      `date: ${date}`,
      `section: ${sections[i % sections.length]}`,
      `authors: [${pick(authors)}]`,
      `tags: [${tags.map((t) => JSON.stringify(t)).join(', ')}]`,
      'image:',
      `  src: ${pick(photos)}`,
      `  alt: ${JSON.stringify(`A view of ${place}`)}`,
      `  caption: ${JSON.stringify(`${place}, where the argument over ${object} is playing out.`)}`,
      `  credit: ${JSON.stringify(pick(CREDITS))}`,
      `format: ${FORMATS[i % FORMATS.length]}`,
      ...(kind === 'draft' ? ['draft: true'] : []),
      '---',
      '',
    ].join('\n');
    writeFileSync(path.join(contentDir, 'articles', `${slug}.mdx`), `${front}\n${body.join('\n\n')}\n`);
    if (kind === 'draft') drafts++;
    else if (kind === 'scheduled') scheduled++;
    else published.push(slug);
  }
  return { articles: n, published: published.length, drafts, scheduled, publishedSlugs: published };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const arg = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const n = Number(arg('--n') ?? 100);
  const out = path.resolve(arg('--out') ?? '');
  if (!arg('--out') || !Number.isInteger(n) || n < 1) {
    console.error('usage: tsx scripts/synthetic-content.ts --n <count> --out <folder>');
    process.exit(1);
  }
  if (!existsSync(out)) mkdirSync(out, { recursive: true });
  const summary = generateSyntheticSite({ n, out, repo: process.cwd(), now: new Date() });
  console.log(`${summary.articles} articles (${summary.published} published, ${summary.drafts} drafts, ${summary.scheduled} scheduled) in ${out}/content`);
}
