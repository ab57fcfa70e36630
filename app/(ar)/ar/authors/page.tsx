import { authorIndexRoute } from '@/components/routes/IndexPages';

const route = authorIndexRoute('ar');

export const metadata = route.metadata;
export default route.Page;
