import { describe, expect, it } from 'vitest';
import { queryValue, shareLinks, withParams } from './share';

const url = 'https://standfirst.example/articles/gulf-crude-asia-buyers';
const title = 'Why Gulf crude & gas sail east';

describe('share links', () => {
  it('link to each service’s share page with the canonical address and headline, encoded only where they must be', () => {
    const links = Object.fromEntries(shareLinks(url, title, {}).map((l) => [l.target, l.href]));
    const head = 'Why%20Gulf%20crude%20%26%20gas%20sail%20east';
    expect(links).toEqual({
      email: `mailto:?subject=${head}&body=https:%2F%2Fstandfirst.example%2Farticles%2Fgulf-crude-asia-buyers`,
      whatsapp: `https://wa.me/?text=${head}%20${url}`,
      telegram: `https://t.me/share/url?url=${url}&text=${head}`,
      x: `https://x.com/intent/post?url=${url}&text=${head}`,
      facebook: `https://www.facebook.com/sharer/sharer.php?u=${url}`,
      linkedin: `https://www.linkedin.com/sharing/share-offsite/?url=${url}`,
    });
  });

  it('leave letters beyond ASCII as they are (as in the headline) but encode separators, spaces and bidi marks', () => {
    expect(queryValue('مصر والأردن\u200f?a=1&b=2#x+y%')).toBe('مصر%20والأردن%E2%80%8F?a%3D1%26b%3D2%23x%2By%25');
    // What a browser sends: the same text, every byte percent-encoded.
    expect(new URL(`https://t.me/share/url?text=${queryValue('مصر & co')}`).searchParams.get('text')).toBe('مصر & co');
  });

  it('carry no tracking parameters by default, and the settings’ ones when given', () => {
    expect(shareLinks(url, title).every((l) => !decodeURIComponent(l.href).includes('utm_'))).toBe(true);
    const tracked = shareLinks(url, title, { utm_source: 'share' });
    expect(decodeURIComponent(tracked.find((l) => l.target === 'facebook')!.href)).toContain(`${url}?utm_source=share`);
    expect(withParams(url, {})).toBe(url);
  });
});
