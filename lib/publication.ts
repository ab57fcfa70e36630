import { now } from './clock';

// Whether an article is public in a production build: not a draft, and its
// publication time has come. A future-dated article is "scheduled": it is built
// as soon as a rebuild runs after that time (see docs/editing.md).

export type Publishable = { draft: boolean; publishedAt: string };

export type PublicationState = 'published' | 'draft' | 'scheduled';

export function publicationState(article: Publishable, at: Date = now()): PublicationState {
  if (article.draft) return 'draft';
  return new Date(article.publishedAt).getTime() > at.getTime() ? 'scheduled' : 'published';
}

export function isPublished(article: Publishable, at: Date = now()): boolean {
  return publicationState(article, at) === 'published';
}
