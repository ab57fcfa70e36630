import { searchRoute } from '@/components/routes/SearchPage';

const route = searchRoute('en');

export const metadata = route.metadata;
export default route.Page;
