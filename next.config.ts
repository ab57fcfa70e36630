import type { NextConfig } from 'next';

// Static export only: the site is plain files in out/, served by any static host.
const nextConfig: NextConfig = {
  output: 'export',
  // Build-time images are plain files under public/; /_next/image does not exist in a static export.
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  // Each edition has its own root layout (for <html lang dir>), so the 404 is app/global-not-found.tsx.
  experimental: { globalNotFound: true },
};

export default nextConfig;
