// Related articles: the editor's picks first, then the most similar published
// articles by content, then same-section/shared-tag articles newest first.
//
// Similarity is TF-IDF cosine over title, standfirst, tags and body. To stay
// linear at archive scale (thousands of articles, every page built at once) it
// never compares every pair: each query walks only the "champion" postings of its
// top-weighted terms under a fixed budget, then ranks the candidates it found.

const DAY_MS = 86_400_000;

export type RelatedInput = {
  slug: string;
  title: string;
  /** Standfirst. */
  dek: string;
  tags: readonly string[];
  section: string;
  /** ISO instant. */
  publishedAt: string;
  /** Editor picks, slugs, in order. */
  related: readonly string[];
  /** Article body as raw MDX. */
  text: string;
};

export type FieldWeights = { title: number; dek: number; tags: number; body: number };

export type RelatedOptions = {
  /** Articles returned by `relatedTo` when no count is given. */
  count: number;
  /** Score × (1 + sectionBoost) for a candidate in the query's section. */
  sectionBoost: number;
  /** Age, relative to the newest article in the corpus, at which the recency boost halves. */
  recencyHalfLifeDays: number;
  /** Score × (1 + recencyBoost × 0.5^(age / half-life)): the newest article gets the full boost. */
  recencyBoost: number;
  /** Each occurrence of a term adds its field's weight to the term's frequency. */
  fieldWeights: FieldWeights;
  /** How many of the query article's heaviest terms are looked up in the index. */
  queryTerms: number;
  /** Postings walked per query term at most (the articles where the term weighs most). */
  maxPostingsPerTerm: number;
  /** Postings walked per query at most, across all its terms. */
  maxPostingsPerQuery: number;
  /** Terms in more than this fraction of articles are too common to look up… */
  commonTermRatio: number;
  /** …unless they are in at most this many articles (small corpora need every shared word). */
  commonTermFloor: number;
};

export const defaultRelatedOptions: Readonly<RelatedOptions> = {
  count: 4,
  sectionBoost: 0.1,
  recencyHalfLifeDays: 365,
  recencyBoost: 0.1,
  fieldWeights: { title: 3, dek: 2, tags: 3, body: 1 },
  queryTerms: 32,
  maxPostingsPerTerm: 16,
  maxPostingsPerQuery: 64,
  commonTermRatio: 0.1,
  commonTermFloor: 10,
};

export type RelatedEngine = {
  /** Slugs of the related articles for `slug`: editor picks first (existing ones only, in the editor's order, never itself, no duplicates), then the most similar by content, `count` in all. */
  relatedTo(slug: string, count?: number): string[];
  /** Work counters, so tests can prove the cost is not quadratic. */
  stats(): { postingsVisited: number; documents: number };
};

// ---------------------------------------------------------------------------
// Tokenizer

// Compact on purpose: IDF and the common-term cut take care of the rest.
const STOP_WORDS = new Set(
  [
    // English
    'about above after again against all almost also although am among an and another any are around as at away back be because been before being below between both but by can could did do does doing done down during each either else even ever every few for from further get gets got had has have having he her here hers herself him himself his how however if in into is it its itself just least less like made make many may me might more most much must my myself neither never no nor not now of off often on once one only onto or other others our ours ourselves out over own per rather really said same say says see seen several she should since so some still such than that the their theirs them themselves then there these they this those though through thus to too toward towards under until up upon us very via was we well were what whatever when where whether which while who whom whose why will with within without would yet you your yours',
    // Contraction stubs left once the apostrophe suffix is cut ("don't" → "don").
    'aren couldn didn doesn don hadn hasn haven isn shouldn wasn weren wouldn',
    // Arabic, in the normalized spelling (plain alef, no diacritics, ى → ي, ة → ه).
    'في من علي الي عن ان هذا هذه ذلك تلك التي الذي الذين ما ماذا لا لم لن قد كان كانت كانوا يكون مع او ام ثم بين كل بعد قبل حتي عند هو هي هم هن انه انها اذا لكن بل غير حيث منذ عليه عليها فيه فيها منه منها به بها له لها لهم وقد وان وفي ومن وهو وهي ولا كما ايضا',
  ]
    .join(' ')
    .split(/\s+/),
);

// Figure captions and alt text describe the article's subject; src, credit and
// the other attributes are paths and bylines, so only these values are kept.
const KEPT_ATTRIBUTES = new Set(['alt', 'caption']);

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;
const MDX_ESM = /^[ \t]*(?:import|export)\s[^\n]*$/gm;
const URL = /\b(?:https?:\/\/|mailto:|www\.)[^\s<>()[\]{}"'`]+/gi;
// A JSX/HTML tag with its attributes (quoted, braced or bare values; may span lines).
const TAG = /<\/?[A-Za-z][\w.:-]*((?:\s+[^\s=<>/"'{}]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|\{[^{}]*\}|[^\s"'=<>`{}]+))?)*)\s*\/?>|<\/?>/g;
const QUOTED_ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const JSX_EXPRESSION = /\{[^{}]*\}/g;
const LINK = /!?\[([^\]]*)\]\([^)]*\)/g;
const LINK_DEFINITION = /^[ \t]{0,3}\[[^\]]+\]:[^\n]*$/gm;
const ENTITY = /&(?:#\d+|#x[\da-f]+|[a-z]+);/gi;
const CONTRACTION = /(\p{L})['’‘ʼ](?:s|d|ll|re|ve|m|t)(?![\p{L}\p{N}])/gu;
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const NUMBER = /^\p{N}+$/u;
const HAN = /\p{Script=Han}/u;
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const ARABIC_WORD = /^[\u0600-\u06FF]+$/;
const ARABIC_ARTICLES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];

function keptAttributeValues(attributes: string | undefined): string {
  if (!attributes) return ' ';
  let kept = ' ';
  for (const m of attributes.matchAll(QUOTED_ATTRIBUTE)) {
    if (KEPT_ATTRIBUTES.has((m[1] ?? '').toLowerCase())) kept += `${m[2] ?? m[3] ?? ''} `;
  }
  return kept;
}

/** Raw MDX to plain prose: no front matter, ESM, tags, URLs, link targets or entities. */
function stripMarkup(text: string): string {
  return text
    .replace(FRONTMATTER, ' ')
    .replace(HTML_COMMENT, ' ')
    .replace(MDX_ESM, ' ')
    .replace(URL, ' ')
    .replace(TAG, (_m, attributes: string | undefined) => keptAttributeValues(attributes))
    .replace(JSX_EXPRESSION, ' ')
    .replace(LINK, ' $1 ')
    .replace(LINK_DEFINITION, ' ')
    .replace(ENTITY, ' ');
  // Remaining Markdown syntax (#, *, _, >, |, backticks) is punctuation the word pattern skips.
}

/** Orthographic normalization only (no stemming): vowel marks, tatweel and alef/ya/ta marbuta variants. */
function normalizeArabic(word: string): string {
  return word.replace(ARABIC_MARKS, '').replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه');
}

/** The definite article (with a clinging و/ب/ك/ف/ل) is part of the word in Arabic script; cut it so "المياه" matches "مياه". */
function stripArabicArticle(word: string): string {
  for (const prefix of ARABIC_ARTICLES) {
    if (word.startsWith(prefix) && word.length - prefix.length >= 3) return word.slice(prefix.length);
  }
  return word;
}

/** A light English plural stemmer (in the spirit of Harman's S-stemmer): "plants" → "plant", "taxes" → "tax", "companies" → "company". */
export function stem(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4 && !/[ae]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('es') && !/[aeo]es$/.test(word)) return word.slice(0, -1);
  if (word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * Index terms of a text (raw MDX welcome): NFKC, lowercase, Unicode letters and
 * numbers. Drops MDX/JSX tags and attribute names (keeping alt/caption values),
 * URLs, link targets, Markdown syntax, stop words, pure numbers and one-letter
 * words (except Han ideographs); English plurals are stemmed, Arabic is only
 * normalized and loses its definite article.
 */
export function tokenize(text: string): string[] {
  const prose = stripMarkup(text.normalize('NFKC')).toLowerCase().replace(CONTRACTION, '$1');
  const tokens: string[] = [];
  for (const m of prose.matchAll(WORD)) {
    let word = m[0];
    if (/[\u0600-\u06FF]/.test(word)) word = normalizeArabic(word);
    if ((word.length < 2 && !HAN.test(word)) || NUMBER.test(word) || STOP_WORDS.has(word)) continue;
    word = ARABIC_WORD.test(word) ? stripArabicArticle(word) : stem(word);
    tokens.push(word);
  }
  return tokens;
}

/** A tag as one token, so a shared multi-word tag counts as more than its words. */
function tagKey(tag: string): string {
  const words = tokenize(tag);
  return words.length > 0 ? `#${words.join(' ')}` : `#${tag.normalize('NFKC').toLowerCase().trim()}`;
}

// ---------------------------------------------------------------------------
// Engine

type IndexedDoc = {
  input: RelatedInput;
  time: number;
  tagKeys: string[];
  /** Term ids, ascending, and their L2-normalized TF-IDF weights. */
  terms: Int32Array;
  weights: Float64Array;
};

function mergeOptions(options: Partial<RelatedOptions> | undefined): RelatedOptions {
  const merged = { ...defaultRelatedOptions, ...options };
  return { ...merged, fieldWeights: { ...defaultRelatedOptions.fieldWeights, ...options?.fieldWeights } };
}

function timeOf(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
}

export function buildRelatedEngine(docs: readonly RelatedInput[], options?: Partial<RelatedOptions>): RelatedEngine {
  const opts = mergeOptions(options);

  // Index order is the tie-break order (newest first, then slug), so every later
  // tie resolves by comparing indices and the input order never matters.
  const ordered = docs
    .map((input) => ({ input, time: timeOf(input.publishedAt) }))
    .sort((a, b) => b.time - a.time || (a.input.slug < b.input.slug ? -1 : a.input.slug > b.input.slug ? 1 : 0));
  const n = ordered.length;
  const indexBySlug = new Map<string, number>();
  ordered.forEach(({ input }, i) => {
    if (indexBySlug.has(input.slug)) throw new Error(`buildRelatedEngine: duplicate slug "${input.slug}"`);
    indexBySlug.set(input.slug, i);
  });
  const newest = ordered[0]?.time ?? 0;

  // Pass 1: weighted term frequencies per document, term ids and document frequencies.
  const termIds = new Map<string, number>();
  const df: number[] = [];
  const w = opts.fieldWeights;
  const frequencies = ordered.map(({ input }) => {
    const tf = new Map<number, number>();
    const add = (term: string, weight: number) => {
      let id = termIds.get(term);
      if (id === undefined) {
        id = df.length;
        termIds.set(term, id);
        df.push(0);
      }
      tf.set(id, (tf.get(id) ?? 0) + weight);
    };
    for (const t of tokenize(input.title)) add(t, w.title);
    for (const t of tokenize(input.dek)) add(t, w.dek);
    for (const tag of input.tags) {
      for (const t of tokenize(tag)) add(t, w.tags);
      add(tagKey(tag), w.tags);
    }
    for (const t of tokenize(input.text)) add(t, w.body);
    for (const id of tf.keys()) df[id] = (df[id] ?? 0) + 1;
    return tf;
  });

  // Pass 2: sublinear TF × IDF, L2-normalized, so long articles do not win by length.
  const indexed: IndexedDoc[] = ordered.map(({ input, time }, i) => {
    const tf = frequencies[i] ?? new Map<number, number>();
    const terms = Int32Array.from([...tf.keys()].sort((a, b) => a - b));
    const weights = new Float64Array(terms.length);
    let norm = 0;
    terms.forEach((id, j) => {
      const x = Math.log1p(tf.get(id) ?? 0) * Math.log((n + 1) / (df[id] ?? 1));
      weights[j] = x;
      norm += x * x;
    });
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < weights.length; j++) weights[j] = (weights[j] ?? 0) / norm;
    return { input, time, tagKeys: [...new Set(input.tags.map(tagKey))], terms, weights };
  });
  frequencies.length = 0;

  // Champion postings: per term, only the documents where it weighs most are ever
  // walked, so only those are kept (heaviest first, ties by index).
  const postingsByTerm: { doc: number; weight: number }[][] = df.map(() => []);
  indexed.forEach((d, i) => d.terms.forEach((id, j) => postingsByTerm[id]?.push({ doc: i, weight: d.weights[j] ?? 0 })));
  const champions = postingsByTerm.map((list) => {
    const top = list.sort((a, b) => b.weight - a.weight || a.doc - b.doc).slice(0, opts.maxPostingsPerTerm);
    return { docs: Int32Array.from(top, (p) => p.doc), weights: Float64Array.from(top, (p) => p.weight) };
  });
  postingsByTerm.length = 0;

  // Section and tag lists for the fallback, each in index order (newest first).
  const bySection = new Map<string, number[]>();
  const byTag = new Map<string, number[]>();
  indexed.forEach((d, i) => {
    const s = bySection.get(d.input.section) ?? [];
    s.push(i);
    bySection.set(d.input.section, s);
    for (const key of d.tagKeys) {
      const t = byTag.get(key) ?? [];
      t.push(i);
      byTag.set(key, t);
    }
  });

  const maxDf = Math.max(Math.floor(opts.commonTermRatio * n), opts.commonTermFloor);
  const queryWeights = new Float64Array(df.length); // scratch, cleared after each query
  const lastSeen = new Int32Array(n); // candidate dedup without a per-query Set: holds the query's stamp
  let queries = 0;
  let postingsVisited = 0;

  function recencyFactor(time: number): number {
    if (!Number.isFinite(time) || !(opts.recencyHalfLifeDays > 0)) return 1;
    const ageDays = Math.max(0, newest - time) / DAY_MS;
    return 1 + opts.recencyBoost * 0.5 ** (ageDays / opts.recencyHalfLifeDays);
  }
  const recency = indexed.map((d) => recencyFactor(d.time));

  /** Documents similar to `qi`, best first; only ones sharing an indexed term with it. */
  function similar(qi: number): number[] {
    const q = indexed[qi];
    if (!q) return [];
    // The query's heaviest terms that someone else has and that are not near-universal.
    const order: number[] = [];
    q.terms.forEach((id, j) => {
      const f = df[id] ?? 0;
      if (f >= 2 && f <= maxDf) order.push(j);
    });
    order.sort((a, b) => (q.weights[b] ?? 0) - (q.weights[a] ?? 0) || a - b);
    const queryTerms = order.slice(0, opts.queryTerms);

    // Candidate generation in impact order: of all the query terms' champion postings,
    // walk the ones with the largest contribution (query weight × document weight)
    // first, until the budget is spent. A merge over the lists' heads; k is small.
    const stamp = ++queries;
    const candidates: number[] = [];
    const lists = queryTerms.map((j) => ({ weight: q.weights[j] ?? 0, list: champions[q.terms[j] ?? -1], head: 0 }));
    for (let budget = opts.maxPostingsPerQuery; budget > 0; budget--) {
      let best: (typeof lists)[number] | undefined;
      let bestImpact = 0;
      for (const l of lists) {
        const impact = l.list && l.head < l.list.docs.length ? l.weight * (l.list.weights[l.head] ?? 0) : 0;
        if (impact > bestImpact) {
          best = l;
          bestImpact = impact;
        }
      }
      if (!best?.list) break;
      const d = best.list.docs[best.head++] ?? qi;
      postingsVisited++;
      if (d !== qi && lastSeen[d] !== stamp) {
        lastSeen[d] = stamp;
        candidates.push(d);
      }
    }

    // Ranking: exact dot product of each candidate with the query's selected terms
    // (a bounded amount of work per query), then the section and recency boosts.
    for (const j of queryTerms) queryWeights[q.terms[j] ?? 0] = q.weights[j] ?? 0;
    const scored = candidates.map((c) => {
      const d = indexed[c];
      let score = 0;
      if (d) for (let j = 0; j < d.terms.length; j++) score += (queryWeights[d.terms[j] ?? 0] ?? 0) * (d.weights[j] ?? 0);
      if (d?.input.section === q.input.section) score *= 1 + opts.sectionBoost;
      return { c, score: score * (recency[c] ?? 1) };
    });
    for (const j of queryTerms) queryWeights[q.terms[j] ?? 0] = 0;

    return scored
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score || a.c - b.c)
      .map((s) => s.c);
  }

  /** Same-section or shared-tag documents not yet taken, newest first: a merge of index-ordered lists. */
  function fill(qi: number, taken: Set<number>, wanted: number, out: number[]): void {
    const q = indexed[qi];
    if (!q) return;
    const lists = [bySection.get(q.input.section), ...q.tagKeys.map((k) => byTag.get(k))].filter(
      (l): l is number[] => l !== undefined,
    );
    const heads = lists.map(() => 0);
    while (out.length < wanted) {
      let best = -1;
      lists.forEach((list, li) => {
        let h = heads[li] ?? 0;
        while (h < list.length && taken.has(list[h] ?? -1)) h++;
        heads[li] = h;
        const d = list[h];
        if (d !== undefined && (best === -1 || d < best)) best = d;
      });
      if (best === -1) return;
      taken.add(best);
      out.push(best);
    }
  }

  return {
    relatedTo(slug: string, count: number = opts.count): string[] {
      const qi = indexBySlug.get(slug);
      const q = qi === undefined ? undefined : indexed[qi];
      if (qi === undefined || !q) return [];
      const wanted = Math.max(0, Math.floor(count));
      const out: number[] = [];
      const taken = new Set<number>([qi]);
      for (const pick of q.input.related) {
        if (out.length >= wanted) break;
        const p = indexBySlug.get(pick); // unknown slugs (drafts, typos) are skipped
        if (p !== undefined && !taken.has(p)) {
          taken.add(p);
          out.push(p);
        }
      }
      if (out.length < wanted) {
        for (const c of similar(qi)) {
          if (out.length >= wanted) break;
          if (!taken.has(c)) {
            taken.add(c);
            out.push(c);
          }
        }
      }
      if (out.length < wanted) fill(qi, taken, wanted, out);
      return out.map((i) => indexed[i]?.input.slug ?? '').filter((s) => s !== '');
    },
    stats() {
      return { postingsVisited, documents: n };
    },
  };
}
