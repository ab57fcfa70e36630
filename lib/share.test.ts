import { describe, expect, it } from 'vitest';
import { shareLinks, withParams } from './share';

const url = 'https://standfirst.example/articles/gulf-crude-asia-buyers';
const title = 'Why Gulf crude & gas sail east';

describe('share links', () => {
  it('link to each service’s share page with the canonical address and headline, encoded', () => {
    const links = Object.fromEntries(shareLinks(url, title, {}).map((l) => [l.target, l.href]));
    const enc = encodeURIComponent(url);
    expect(links).toEqual({
      email: `mailto:?subject=Why%20Gulf%20crude%20%26%20gas%20sail%20east&body=${enc}`,
      whatsapp: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}`,
      telegram: `https://t.me/share/url?url=${enc}&text=Why%20Gulf%20crude%20%26%20gas%20sail%20east`,
      x: `https://x.com/intent/post?url=${enc}&text=Why%20Gulf%20crude%20%26%20gas%20sail%20east`,
      facebook: `https://www.facebook.com/sharer/sharer.php?u=${enc}`,
      linkedin: `https://www.linkedin.com/sharing/share-offsite/?url=${enc}`,
    });
  });

  it('carry no tracking parameters by default, and the settings’ ones when given', () => {
    expect(shareLinks(url, title).every((l) => !decodeURIComponent(l.href).includes('utm_'))).toBe(true);
    const tracked = shareLinks(url, title, { utm_source: 'share' });
    expect(decodeURIComponent(tracked.find((l) => l.target === 'facebook')!.href)).toContain(`${url}?utm_source=share`);
    expect(withParams(url, {})).toBe(url);
  });
});
