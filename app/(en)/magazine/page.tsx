import { magazineRoute } from '@/components/routes/MagazinePages';

const route = magazineRoute('en');

export const metadata = route.metadata;
export default route.Page;
