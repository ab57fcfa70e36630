import { issueFeedRoute } from '@/lib/feed-route';

const route = issueFeedRoute('ar', 'rss');

export const dynamic = 'force-static';
export const GET = route.GET;
