import { siteFeedRoute } from '@/lib/feed-route';

const route = siteFeedRoute('en', 'rss');

export const dynamic = 'force-static';
export const GET = route.GET;
