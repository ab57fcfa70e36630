import type { ReactNode } from 'react';
import { EditionDocument } from '@/components/EditionDocument';
import { rootMetadata, siteViewport } from '@/lib/metadata';
import '../../globals.css';

// Root layout of the Arabic edition: <html lang="ar" dir="rtl"> (docs/adr/0010-editions.md).

export const metadata = rootMetadata('ar');
export const viewport = siteViewport;

type Props = { children: ReactNode };

export default function ArabicLayout({ children }: Props) {
  return <EditionDocument edition="ar">{children}</EditionDocument>;
}
