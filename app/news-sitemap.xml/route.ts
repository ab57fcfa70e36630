import { xmlResponse } from '@/lib/feeds';
import { newsSitemapXml } from '@/lib/sitemaps';

export const dynamic = 'force-static';

export function GET() {
  return xmlResponse(newsSitemapXml(), 'xml');
}
