import { articlePageRoute } from '@/components/routes/ArticlePage';

const route = articlePageRoute('en');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
