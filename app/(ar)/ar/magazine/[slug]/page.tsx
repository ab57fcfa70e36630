import { issuePageRoute } from '@/components/routes/MagazinePages';

const route = issuePageRoute('ar');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
