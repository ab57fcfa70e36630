import { getArticles } from '@/lib/articles';
import { buildFeed, siteFeedScope, xmlResponse } from '@/lib/feeds';

export const dynamic = 'force-static';

export function GET() {
  return xmlResponse(buildFeed(siteFeedScope(), getArticles(), 'atom'), 'atom');
}
