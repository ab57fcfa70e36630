import { tagIndexRoute } from '@/components/routes/IndexPages';

const route = tagIndexRoute('ar');

export const metadata = route.metadata;
export default route.Page;
