import { searchRoute } from '@/components/routes/SearchPage';

const route = searchRoute('ar');

export const metadata = route.metadata;
export default route.Page;
