import { frontPageRoute } from '@/components/routes/FrontPage';

const route = frontPageRoute('en');

export const metadata = route.metadata;
export default route.Page;
