import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { parseTagsPath, tagsParams } from '@/lib/listings';
import type { Edition } from '@/lib/site';
import { tagIndexMetadata, tagIndexPage } from './IndexPages';
import { listingMetadata, listingPage } from './ListingPage';

type Props = { params: Promise<{ path?: string[] }> };

/**
 * Everything an edition's `/tags/[[...path]]` route exports: the topic index and its pages, and
 * every topic's listing and its pages. One route, because its index page always exists: Next's
 * static export refuses a route with no pages, which separate topic routes would be in an edition
 * with no topics yet (docs/adr/0015-stable-pagination.md).
 */
export function tagsRoute(edition: Edition) {
  return {
    generateStaticParams: () => tagsParams(edition),
    async generateMetadata({ params }: Props): Promise<Metadata> {
      const address = parseTagsPath((await params).path);
      if (!address) return {};
      return 'index' in address ? tagIndexMetadata(edition, address.index) : listingMetadata(edition, 'tags', address.tag, address.page);
    },
    async Page({ params }: Props) {
      const address = parseTagsPath((await params).path);
      if (!address) notFound();
      return 'index' in address ? tagIndexPage(edition, address.index) : listingPage(edition, 'tags', address.tag, address.page);
    },
  };
}
