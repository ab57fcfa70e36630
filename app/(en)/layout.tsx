import type { ReactNode } from 'react';
import { EditionDocument } from '@/components/EditionDocument';
import { rootMetadata, siteViewport } from '@/lib/metadata';
import '../globals.css';

// Root layout of the English edition. Each edition has its own root layout (a route
// group), because the root layout owns <html lang dir> (docs/adr/0010-editions.md).

export const metadata = rootMetadata('en');
export const viewport = siteViewport;

type Props = { children: ReactNode };

export default function EnglishLayout({ children }: Props) {
  return <EditionDocument edition="en">{children}</EditionDocument>;
}
