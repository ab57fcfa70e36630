// Addresses of the images the build derives from each article's hero photo
// (scripts/derived-images.tsx writes them): the 1200×630 social card and the
// 16:9, 4:3 and 1:1 crops search engines ask for. Pages and metadata use these
// functions, so the URLs cannot drift from the files.

export const OG_SIZE = { width: 1200, height: 630 } as const;
export const CROPS = {
  '16x9': { width: 1200, height: 675 },
  '4x3': { width: 1200, height: 900 },
  '1x1': { width: 1200, height: 1200 },
} as const;
export type CropName = keyof typeof CROPS;

const seg = (slug: string) => encodeURIComponent(slug);

/** The site's own card, for pages that are not articles. */
export const SITE_CARD_PATH = '/og/_site.jpg';

export function ogImagePath(slug: string): string {
  return `/og/${seg(slug)}.jpg`;
}

export function cropPath(slug: string, crop: CropName): string {
  return `/crops/${seg(slug)}/${crop}.jpg`;
}
