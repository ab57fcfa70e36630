import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next/**', 'out/**', '.out-staging/**', 'out.previous/**', '.contentlayer/**', 'node_modules/**', 'public/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**'],
  },
  {
    rules: {
      // Reader pages have no client router: plain <a> is the link, <img> is sized at build time.
      '@next/next/no-html-link-for-pages': 'off',
      '@next/next/no-img-element': 'off',
      // A blocking pre-paint snippet is the point (text size before first paint).
      '@next/next/no-sync-scripts': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
];

export default config;
