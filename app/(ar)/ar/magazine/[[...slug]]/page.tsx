import { magazineFolderRoute } from '@/components/routes/MagazinePages';

const route = magazineFolderRoute('ar');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
