import { availableParallelism } from 'node:os';
import type { NextConfig } from 'next';

// Static export only: the site is plain files in out/, served by any static host.
const nextConfig: NextConfig = {
  output: 'export',
  // Build-time images are plain files under public/; /_next/image does not exist in a static export.
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  experimental: {
    // Next renders static pages in (cores − 1) workers, leaving the main process to wait: on a
    // 2-core machine that is one worker. Pages are independent, so use every core (issue 6).
    cpus: Math.max(1, availableParallelism()),
    // Each edition has its own root layout (for <html lang dir>), so the 404 is app/global-not-found.tsx.
    globalNotFound: true,
  },
  // `npm run build` exports into a staging folder and swaps it in for out/ only when the whole
  // build succeeded (scripts/build-site.ts). With output 'export', a custom distDir names the
  // export folder; build files stay in .next.
  ...(process.env.STANDFIRST_EXPORT_DIR ? { distDir: process.env.STANDFIRST_EXPORT_DIR } : {}),
};

export default nextConfig;
