import { tagIndexRoute } from '@/components/routes/IndexPages';

const route = tagIndexRoute('en');

export const metadata = route.metadata;
export default route.Page;
