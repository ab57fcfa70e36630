import { siteFeedRoute } from '@/lib/feed-route';

const route = siteFeedRoute('en', 'atom');

export const dynamic = 'force-static';
export const GET = route.GET;
