import { sectionFeedRoute } from '@/lib/feed-route';

const route = sectionFeedRoute('ar', 'atom');

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
