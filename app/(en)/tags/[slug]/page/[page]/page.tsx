import { listingPageRoute } from '@/components/ListingPageN';

const route = listingPageRoute('en', 'tags');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
