import { listingRoute } from '@/components/routes/ListingPage';

const route = listingRoute('ar', 'sections');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
