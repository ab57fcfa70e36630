import { tagsRoute } from '@/components/routes/TagPages';

const route = tagsRoute('en');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
