import { allArticles } from 'contentlayer/generated';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { isPublished } from './publication';

// As in a production build: drafts and scheduled articles are not public.
vi.stubEnv('NODE_ENV', 'production');
afterAll(() => vi.unstubAllEnvs());
const { bodyLinkHref } = await import('./links');

describe('links in article bodies (bodyLinkHref)', () => {
  const published = allArticles.find((a) => isPublished(a) && a.lang === 'en')!;
  const arabic = allArticles.find((a) => isPublished(a) && a.lang === 'ar')!;
  const unpublished = allArticles.find((a) => !isPublished(a));

  it('keeps a link to a published article, with its anchor or query', () => {
    expect(bodyLinkHref(`/articles/${published.slug}`)).toBe(`/articles/${published.slug}`);
    expect(bodyLinkHref(`/articles/${published.slug}#part`)).toBe(`/articles/${published.slug}#part`);
  });

  it('keeps a link to an article of another edition only at that edition\'s address', () => {
    expect(arabic, 'the sample content has a published Arabic article').toBeDefined();
    expect(bodyLinkHref(`/ar/articles/${arabic.slug}`)).toBe(`/ar/articles/${arabic.slug}`);
    expect(bodyLinkHref(`/articles/${arabic.slug}`)).toBeUndefined();
    expect(bodyLinkHref(`/ar/articles/${published.slug}`)).toBeUndefined();
  });

  it('drops a link to an article that does not exist, or is a draft or scheduled', () => {
    expect(bodyLinkHref('/articles/no-such-article-anywhere')).toBeUndefined();
    expect(unpublished, 'the sample content has a draft or scheduled article').toBeDefined();
    expect(bodyLinkHref(`/articles/${unpublished!.slug}`)).toBeUndefined();
  });

  it('leaves every other address alone', () => {
    for (const href of ['/sections/economy', 'https://example.org/a', '#notes', '/articles', 'mailto:desk@example.org']) expect(bodyLinkHref(href)).toBe(href);
  });
});
