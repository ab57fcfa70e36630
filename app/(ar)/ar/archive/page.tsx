import { archiveRoute } from '@/components/routes/IndexPages';

const route = archiveRoute('ar');

export const metadata = route.metadata;
export default route.Page;
