import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { doIUseEmail } from 'doiuse-email';
import { parse } from 'node-html-parser';
import { afterEach, describe, expect, it } from 'vitest';
import type { VariantManifest } from '../lib/image-variants';
import { writeNewsletters, type NewsletterInput } from './newsletter';

const at = new Date('2026-11-21T09:00:00Z');
const doc = (slug: string, lang: 'en' | 'ar', publishedAt: string) => ({
  title: `Headline ${slug} <b>&</b>`,
  dek: `Standfirst of ${slug}`,
  url: `${lang === 'ar' ? '/ar' : ''}/articles/${slug}`,
  lang,
  draft: false,
  publishedAt,
  section: 'economy',
  image: { src: `/images/${slug}.jpg` },
});
const variant = (src: string) => ({ width: 1600, height: 900, avif: [], webp: [], fallback: { src: `/variants/0123456789abcdef/${src}-1200.jpg`, width: 1200, height: 675 } });
const manifest: VariantManifest = {
  version: 1,
  images: { '/images/week.jpg': variant('week'), '/images/ar-week.jpg': variant('ar-week'), '/images/covers/2026-11.jpg': variant('cover') },
};
const input: NewsletterInput = {
  articles: [doc('week', 'en', '2026-11-19T06:00:00Z'), doc('old', 'en', '2026-10-01T06:00:00Z'), doc('ar-week', 'ar', '2026-11-20T06:00:00Z')],
  sections: [{ slug: 'economy', title: 'Economy', title_ar: 'اقتصاد' }],
  issues: [{ title: 'Cover line', description: 'The theme.', url: '/magazine/2026-11', lang: 'en', date: '2026-11', publishedAt: '2026-10-31T21:00:00Z', cover: { src: '/images/covers/2026-11.jpg' } }],
  manifest,
  at,
};

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const write = () => {
  dir = mkdtempSync(path.join(tmpdir(), 'standfirst-newsletter-'));
  const files = writeNewsletters(dir, input);
  return { files, read: (f: string) => readFileSync(path.join(dir, f), 'utf8') };
};

describe('the newsletter build step', () => {
  it('writes latest and dated e-mails and text twins for each edition, under its prefix', () => {
    const { files, read } = write();
    expect(files.sort()).toEqual(
      ['/ar/newsletter/2026-11-21', '/ar/newsletter/latest', '/newsletter/2026-11-21', '/newsletter/latest'].flatMap((f) => [`${f}.html`, `${f}.txt`]).sort(),
    );
    expect(read('newsletter/latest.html')).toBe(read('newsletter/2026-11-21.html'));
    expect(read('ar/newsletter/latest.txt')).toContain('https://standfirst.example/ar/articles/ar-week');
  });

  it('lists the week’s articles and the latest issue with absolute links and the site’s own image variants', () => {
    const root = parse(write().read('newsletter/latest.html'));
    const text = root.textContent;
    expect(text).toContain('Headline week <b>&</b>'); // escaped in the HTML, shown as written
    expect(text).not.toContain('Headline old');
    expect(text).toContain('Cover line');
    const hrefs = root.querySelectorAll('a').map((a) => a.getAttribute('href')!);
    expect(hrefs).toContain('https://standfirst.example/articles/week');
    expect(hrefs.every((h) => h.startsWith('https://standfirst.example/') && !h.includes('utm_'))).toBe(true);
    expect(root.querySelectorAll('img').map((i) => i.getAttribute('src'))).toEqual([
      'https://standfirst.example/variants/0123456789abcdef/week-1200.jpg',
      'https://standfirst.example/variants/0123456789abcdef/cover-1200.jpg',
    ]);
  });

  it('is a table layout with its CSS inlined (only the dark-mode query stays in <style>), RTL in Arabic', () => {
    const { read } = write();
    const en = parse(read('newsletter/latest.html'));
    expect(en.querySelectorAll('table[role="presentation"]').length).toBeGreaterThanOrEqual(2);
    expect(en.querySelector('.title')!.getAttribute('style')).toMatch(/font-size: 21px/);
    const styles = en.querySelectorAll('style').map((s) => s.textContent);
    expect(styles.join('')).toMatch(/^\s*@media \(prefers-color-scheme: dark\)/);
    expect(en.querySelector('meta[name="color-scheme"]')!.getAttribute('content')).toBe('light dark');
    const ar = parse(read('ar/newsletter/latest.html'));
    expect(ar.querySelector('html')!.getAttribute('dir')).toBe('rtl');
    expect(ar.querySelectorAll('table').every((t) => t.getAttribute('dir') === 'rtl')).toBe(true);
    expect(ar.textContent).toContain('اقتصاد');
  });

  it('uses nothing the major mail clients lack except progressive enhancements (caniemail data via doiuse-email)', () => {
    const html = write().read('newsletter/latest.html');
    const result = doIUseEmail(html, { emailClients: ['gmail.*', 'apple-mail.*', 'outlook.*', 'yahoo.*'] });
    // Dark mode (@media), the <body> element and role="presentation" degrade harmlessly where unsupported.
    const unexpected = (result.success ? [] : result.errors).filter((e) => !/^`(@media|<body> element|role attribute)`/.test(e));
    expect(unexpected).toEqual([]);
  });
});
