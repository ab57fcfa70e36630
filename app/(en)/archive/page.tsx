import { archiveRoute } from '@/components/routes/IndexPages';

const route = archiveRoute('en');

export const metadata = route.metadata;
export default route.Page;
