// Related articles for the foundation: the editor's picks first, then articles
// sharing a tag or the section, newest first. Issue 3 replaces the fill with a
// content-similarity engine; the picks-first contract stays.

export type RelatedCandidate = {
  slug: string;
  section: string;
  tags: readonly string[];
  publishedAt: string;
  related: readonly string[];
};

export function pickRelated<T extends RelatedCandidate>(article: T, published: readonly T[], count: number): T[] {
  const bySlug = new Map(published.map((a) => [a.slug, a]));
  const chosen: T[] = [];
  const taken = new Set<string>([article.slug]);
  for (const slug of article.related) {
    const pick = bySlug.get(slug);
    if (pick && !taken.has(slug)) {
      chosen.push(pick);
      taken.add(slug);
    }
    if (chosen.length === count) return chosen;
  }
  const tags = new Set(article.tags.map((t) => t.toLowerCase()));
  const fill = published
    .filter((a) => !taken.has(a.slug))
    .filter((a) => a.section === article.section || a.tags.some((t) => tags.has(t.toLowerCase())))
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.slug.localeCompare(b.slug));
  for (const a of fill) {
    if (chosen.length === count) break;
    chosen.push(a);
  }
  return chosen;
}
