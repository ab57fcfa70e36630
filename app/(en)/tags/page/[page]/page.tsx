import { tagIndexPageRoute } from '@/components/routes/IndexPages';

const route = tagIndexPageRoute('en');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
