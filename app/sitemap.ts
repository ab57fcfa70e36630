import type { MetadataRoute } from 'next';
import { sitemapEntries } from '@/lib/sitemaps';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries().map((e) => ({ url: e.url, lastModified: e.lastModified }));
}
