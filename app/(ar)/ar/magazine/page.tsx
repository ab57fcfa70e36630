import { magazineRoute } from '@/components/routes/MagazinePages';

const route = magazineRoute('ar');

export const metadata = route.metadata;
export default route.Page;
