import { describe, expect, it } from 'vitest';
import { arabicCorpus, doc, englishCorpus } from '../tests/fixtures/related/corpus';
import { syntheticCorpus } from '../tests/fixtures/related/synthetic';
import { buildRelatedEngine, stem, tokenize, type RelatedInput } from './related';

const SHIPPING = ['suez-canal-toll-revenue', 'war-risk-insurance-vessels', 'container-freight-rates-europe'];

describe('buildRelatedEngine: content similarity', () => {
  const engine = buildRelatedEngine(englishCorpus);

  it('pairs two articles on the same subject across sections, with no shared tag or pick', () => {
    const a = englishCorpus.find((d) => d.slug === 'morocco-desalination-coast');
    const b = englishCorpus.find((d) => d.slug === 'paying-for-desalinated-water');
    expect(a?.section).not.toBe(b?.section);
    expect(a?.tags.some((t) => b?.tags.includes(t))).toBe(false);
    expect(engine.relatedTo('morocco-desalination-coast')[0]).toBe('paying-for-desalinated-water');
    expect(engine.relatedTo('paying-for-desalinated-water')[0]).toBe('morocco-desalination-coast');
  });

  it('returns 4 by default, never the article itself, no duplicates', () => {
    for (const d of englishCorpus) {
      const slugs = engine.relatedTo(d.slug);
      expect(slugs).toHaveLength(4);
      expect(slugs).not.toContain(d.slug);
      expect(new Set(slugs).size).toBe(slugs.length);
    }
  });

  it('leaves an unrelated article out when better ones fill the count', () => {
    const two = engine.relatedTo('red-sea-shipping-detour', 2);
    expect(two).toHaveLength(2);
    for (const slug of two) expect(SHIPPING).toContain(slug);
    // The three related pieces outrank everything, including newer same-section pieces.
    expect(new Set(engine.relatedTo('red-sea-shipping-detour', 3))).toEqual(new Set(SHIPPING));
  });

  it('is deterministic and independent of input order', () => {
    const shuffled = buildRelatedEngine([...englishCorpus].reverse());
    for (const d of englishCorpus) expect(shuffled.relatedTo(d.slug)).toEqual(engine.relatedTo(d.slug));
  });

  it('returns nothing for an unknown slug and honours a zero count', () => {
    expect(engine.relatedTo('no-such-article')).toEqual([]);
    expect(engine.relatedTo('red-sea-shipping-detour', 0)).toEqual([]);
  });

  it('finds Arabic articles on the same subject', () => {
    const ar = buildRelatedEngine(arabicCorpus);
    expect(ar.relatedTo('ar-desalination-morocco')[0]).toBe('ar-desalination-cost');
    expect(ar.relatedTo('ar-desalination-cost')[0]).toBe('ar-desalination-morocco');
  });

  it('also finds them in a mixed English and Arabic corpus', () => {
    const mixed = buildRelatedEngine([...englishCorpus, ...arabicCorpus]);
    expect(mixed.relatedTo('ar-desalination-morocco')[0]).toBe('ar-desalination-cost');
    expect(mixed.relatedTo('morocco-desalination-coast')[0]).toBe('paying-for-desalinated-water');
  });
});

describe('buildRelatedEngine: editor picks', () => {
  it('puts picks first in the editor’s order, skipping itself, unknown slugs and repeats', () => {
    const corpus = englishCorpus.map((d) =>
      d.slug === 'red-sea-shipping-detour'
        ? { ...d, related: ['gulf-museum-boom', 'red-sea-shipping-detour', 'draft-not-published', 'suez-canal-toll-revenue', 'gulf-museum-boom'] }
        : d,
    );
    const slugs = buildRelatedEngine(corpus).relatedTo('red-sea-shipping-detour');
    expect(slugs.slice(0, 2)).toEqual(['gulf-museum-boom', 'suez-canal-toll-revenue']);
    expect(slugs).toHaveLength(4);
    expect(slugs).not.toContain('red-sea-shipping-detour');
    expect(slugs).not.toContain('draft-not-published');
    expect(new Set(slugs).size).toBe(4);
    // The rest is filled by similarity, without repeating the pick that is also the most similar.
    for (const slug of slugs.slice(2)) expect(SHIPPING).toContain(slug);
  });

  it('returns only picks when they fill the count', () => {
    const corpus = englishCorpus.map((d) =>
      d.slug === 'gulf-museum-boom' ? { ...d, related: ['egypt-wheat-imports', 'iraq-oil-exports-pipeline', 'lebanon-bank-deposits'] } : d,
    );
    expect(buildRelatedEngine(corpus).relatedTo('gulf-museum-boom', 2)).toEqual(['egypt-wheat-imports', 'iraq-oil-exports-pipeline']);
  });
});

describe('buildRelatedEngine: boosts and fallback', () => {
  const others = englishCorpus.filter((d) => !d.slug.startsWith('morocco') && !d.slug.startsWith('paying'));
  const phosphate = {
    title: 'Phosphate mines expand in the western Sahara',
    dek: 'The state phosphate company is opening new mines and fertiliser plants.',
    text: 'Phosphate rock is mined, washed and turned into fertiliser for export to India and Brazil. The new mines need water, rail links and port terminals.',
  };

  it('breaks a tie between identical candidates in favour of the same section', () => {
    const corpus = [
      ...others,
      doc('phosphate-query', { ...phosphate, section: 'north-africa' }),
      doc('a-phosphate-elsewhere', { ...phosphate, section: 'culture' }),
      doc('z-phosphate-same-section', { ...phosphate, section: 'north-africa' }),
    ];
    expect(buildRelatedEngine(corpus).relatedTo('phosphate-query', 2)).toEqual(['z-phosphate-same-section', 'a-phosphate-elsewhere']);
    // Without the boost the tie falls to the slug.
    expect(buildRelatedEngine(corpus, { sectionBoost: 0 }).relatedTo('phosphate-query', 2)).toEqual([
      'a-phosphate-elsewhere',
      'z-phosphate-same-section',
    ]);
  });

  it('lets the recency boost decide between near-equal candidates', () => {
    const corpus = [
      ...others,
      doc('phosphate-query', { ...phosphate, section: 'north-africa' }),
      doc('phosphate-older', { ...phosphate, publishedAt: '2024-03-01T08:00:00.000Z' }),
      // Marginally less similar: one extra sentence the query does not share.
      doc('phosphate-newer', { ...phosphate, publishedAt: '2026-03-20T08:00:00.000Z', text: `${phosphate.text} Output figures are audited.` }),
    ];
    expect(buildRelatedEngine(corpus).relatedTo('phosphate-query', 2)).toEqual(['phosphate-newer', 'phosphate-older']);
    expect(buildRelatedEngine(corpus, { recencyBoost: 0 }).relatedTo('phosphate-query', 2)).toEqual(['phosphate-older', 'phosphate-newer']);
    // A very long half-life makes both equally "recent".
    expect(buildRelatedEngine(corpus, { recencyHalfLifeDays: 1e9 }).relatedTo('phosphate-query', 2)).toEqual([
      'phosphate-older',
      'phosphate-newer',
    ]);
  });

  it('fills with same-section articles newest first after the similar ones, and never with unrelated ones', () => {
    const corpus: RelatedInput[] = [
      doc('query', { title: 'Falconry festival opens', text: 'Falconers gather in the desert.', section: 'culture', tags: ['Heritage'] }),
      doc('same-section-old', { title: 'Poetry prize', text: 'A poet wins.', section: 'culture', publishedAt: '2025-01-01T00:00:00.000Z' }),
      doc('same-section-new', { title: 'Film week', text: 'Cinemas show films.', section: 'culture', publishedAt: '2026-01-01T00:00:00.000Z' }),
      // A shared tag is content too (tags are an indexed field), so this one ranks by similarity.
      doc('shared-tag', { title: 'Old souks restored', text: 'Masons repair stone.', section: 'gulf', tags: ['heritage'], publishedAt: '2023-02-01T00:00:00.000Z' }),
      doc('similar-old', { title: 'Falconry hospital', text: 'Vets treat falcons.', section: 'gulf', publishedAt: '2024-01-01T00:00:00.000Z' }),
      doc('unrelated-newest', { title: 'Bond yields rise', text: 'Investors sell debt.', section: 'economy', publishedAt: '2026-06-01T00:00:00.000Z' }),
    ];
    const engine = buildRelatedEngine(corpus);
    const slugs = engine.relatedTo('query', 10);
    expect(new Set(slugs.slice(0, 2))).toEqual(new Set(['similar-old', 'shared-tag']));
    expect(slugs.slice(2)).toEqual(['same-section-new', 'same-section-old']);
    expect(engine.relatedTo('query', 3).slice(2)).toEqual(['same-section-new']);
    expect(engine.relatedTo('unrelated-newest')).toEqual([]);
  });
});

describe('buildRelatedEngine: scale', () => {
  function runAll(n: number) {
    const corpus = syntheticCorpus({ docs: n });
    const engine = buildRelatedEngine(corpus);
    const topicOf = new Map(corpus.map((d) => [d.slug, d.topic]));
    let firstOnTopic = 0;
    for (const d of corpus) {
      const slugs = engine.relatedTo(d.slug);
      expect(slugs).toHaveLength(4);
      if (topicOf.get(slugs[0] ?? '') === d.topic) firstOnTopic++;
    }
    return { ...engine.stats(), firstOnTopic };
  }

  it('walks a sub-quadratic number of postings for every article of 1,000 and 4,000', () => {
    const small = runAll(1000);
    const large = runAll(4000);
    expect(small.documents).toBe(1000);
    expect(large.documents).toBe(4000);
    expect(small.postingsVisited).toBeLessThan(1000 ** 2 / 10);
    expect(large.postingsVisited).toBeLessThan(4000 ** 2 / 10);
    // Quadratic would be 16, linear about 4.
    expect(large.postingsVisited / small.postingsVisited).toBeLessThan(8);
    // Pruning must not cost the answers: the top pick shares the article's topic.
    expect(small.firstOnTopic / 1000).toBeGreaterThan(0.95);
    expect(large.firstOnTopic / 4000).toBeGreaterThan(0.95);
  });
});

describe('tokenize', () => {
  it('drops English stop words, numbers and one-letter words, and stems plurals', () => {
    expect(tokenize('The plants of 2026 and a G20 summit: what it means for the companies’ taxes')).toEqual([
      'plant',
      'g20',
      'summit',
      'mean',
      'company',
      'tax',
    ]);
    expect(tokenize("Morocco's don't isn’t")).toEqual(['morocco']);
    expect(['analysis', 'crisis', 'glass', 'bus', 'status'].map(stem)).toEqual(['analysis', 'crisis', 'glass', 'bus', 'status']);
  });

  it('drops MDX tags and attribute names, keeping only alt and caption text', () => {
    const mdx = `<Figure src="/images/x/brine-outfall.jpg" alt="Brine outfall near Agadir" caption="Pipes at the plant" credit="STANDFIRST/Jane Roe" />
<PullQuote>Water is power.</PullQuote>
<Aside kind="note" width={640}>Reservoirs</Aside>`;
    const tokens = tokenize(mdx);
    expect(tokens).toEqual(['brine', 'outfall', 'near', 'agadir', 'pipe', 'plant', 'water', 'power', 'reservoir']);
    for (const gone of ['figure', 'src', 'image', 'jpg', 'alt', 'caption', 'credit', 'standfirst', 'jane', 'roe', 'pullquote', 'aside', 'kind', 'note', 'width']) {
      expect(tokens).not.toContain(gone);
    }
  });

  it('drops Markdown syntax, link targets and URLs but keeps link text', () => {
    const md = '## Heading\n\n**Bold** _words_ and [link text](/articles/hidden-slug), see https://example.com/path?q=1 or <https://example.org>.\n\n> Quoted `code`\n\n[ref]: https://example.net';
    expect(tokenize(md)).toEqual(['heading', 'bold', 'word', 'link', 'text', 'quoted', 'code']);
  });

  it('keeps Unicode letters, applying NFKC and lowercase', () => {
    expect(tokenize('Café ZÜRICH naïve ﬁnance ＯＩＬ Cafe\u0301')).toEqual(['café', 'zürich', 'naïve', 'finance', 'oil', 'café']);
    expect(tokenize('海水淡化 水')).toEqual(['海水淡化', '水']);
  });

  it('keeps Arabic words, normalizing spelling and the article but dropping stop words', () => {
    expect(tokenize('تحلية مياه البحر في المغرب')).toEqual(['تحليه', 'مياه', 'بحر', 'مغرب']);
    // Vowel marks, tatweel and hamza-alef variants do not split one word into several terms.
    expect(tokenize('مَاءٌ أكادير إكادير اكـــادير')).toEqual(['ماء', 'اكادير', 'اكادير', 'اكادير']);
  });
});
