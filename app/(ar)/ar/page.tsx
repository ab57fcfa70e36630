import { frontPageRoute } from '@/components/routes/FrontPage';

const route = frontPageRoute('ar');

export const metadata = route.metadata;
export default route.Page;
