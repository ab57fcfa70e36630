// The front page's choice of stories, as a pure function of the edition's articles,
// so the rule "no article twice in the main content" is tested without a build.

type Story = { slug: string; section: string; featured?: boolean };
type Counts = { secondTier: number; latest: number; perSection: number };

export type FrontPageLayout<A extends Story, S extends { slug: string }> = {
  lead: A;
  secondTier: A[];
  latest: A[];
  /** A block is titled by its section, so its cards do not name it again. */
  sections: { section: S; articles: A[]; cardsShowSection: false }[];
};

/**
 * Articles come newest first. The lead is the newest `featured: true` one, else the
 * newest; then the second tier, "Latest" and the section blocks, in the order a reader
 * meets them, each taking only stories none of the earlier ones showed.
 */
export function layFrontPage<A extends Story, S extends { slug: string }>(articles: readonly A[], sections: readonly S[], counts: Counts): FrontPageLayout<A, S> | undefined {
  const lead = articles.find((a) => a.featured) ?? articles[0];
  if (!lead) return undefined;
  const shown = new Set([lead.slug]);
  const take = (pool: readonly A[], n: number) => {
    const picked = pool.filter((a) => !shown.has(a.slug)).slice(0, n);
    for (const a of picked) shown.add(a.slug);
    return picked;
  };
  const secondTier = take(articles, counts.secondTier);
  const latest = take(articles, counts.latest);
  const blocks = sections
    .map((section) => ({ section, articles: take(articles.filter((a) => a.section === section.slug), counts.perSection), cardsShowSection: false as const }))
    .filter((block) => block.articles.length > 0);
  return { lead, secondTier, latest, sections: blocks };
}
