import { authorIndexRoute } from '@/components/routes/IndexPages';

const route = authorIndexRoute('en');

export const metadata = route.metadata;
export default route.Page;
