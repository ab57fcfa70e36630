import { site } from './site';

// Share links that are plain addresses of each service's own share page: nothing
// loads from those sites until the reader clicks (no buttons, scripts or counters).

export const SHARE_TARGETS = ['email', 'whatsapp', 'telegram', 'x', 'facebook', 'linkedin'] as const;
export type ShareTarget = (typeof SHARE_TARGETS)[number];

/** An address with the given query parameters added (the site settings' tracking parameters; none by default). */
export function withParams(url: string, params: Record<string, string>): string {
  const entries = Object.entries(params);
  if (!entries.length) return url;
  const u = new URL(url);
  for (const [k, v] of entries) u.searchParams.set(k, v);
  return u.toString();
}

// Characters a query value may carry as they are (RFC 3986 query: unreserved, ':' '@' '/' '?', and
// '!' '\'' '(' ')' '*' ','), plus letters beyond ASCII, which browsers encode as UTF-8 on the way out.
// Leaving them raw keeps the address and headline byte-identical to their copies elsewhere in the
// page (canonical link, <h1>), so gzip stores them once: the six links cost a fraction of their
// fully encoded size (Arabic letters are 6 bytes each as %XX%XX).
const RAW_IN_QUERY = /[A-Za-z0-9\-._~:@/?!'()*,]/u;
// mailto header values (RFC 6068 qchar) have no '/' or '?'.
const RAW_IN_MAILTO = /[A-Za-z0-9\-._~:@!'()*,]/u;
const INVISIBLE = /[\p{C}\p{Z}]/u;

/** A query value percent-encoded only where it must be (its separators, spaces, controls and bidi marks). */
export function queryValue(value: string, raw: RegExp = RAW_IN_QUERY): string {
  let out = '';
  for (const ch of value) out += raw.test(ch) || (ch.codePointAt(0)! > 0x7f && !INVISIBLE.test(ch)) ? ch : encodeURIComponent(ch);
  return out;
}

const q = (value: string) => queryValue(value);
const m = (value: string) => queryValue(value, RAW_IN_MAILTO);

export function shareUrl(target: ShareTarget, url: string, title: string): string {
  switch (target) {
    case 'email':
      return `mailto:?subject=${m(title)}&body=${m(url)}`;
    case 'whatsapp':
      return `https://wa.me/?text=${q(`${title} ${url}`)}`;
    case 'telegram':
      return `https://t.me/share/url?url=${q(url)}&text=${q(title)}`;
    case 'x':
      return `https://x.com/intent/post?url=${q(url)}&text=${q(title)}`;
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?u=${q(url)}`;
    case 'linkedin':
      return `https://www.linkedin.com/sharing/share-offsite/?url=${q(url)}`;
    default: {
      const never: never = target;
      return never;
    }
  }
}

/** Every share link of a page: its canonical address (plus the settings' share parameters) and headline. */
export function shareLinks(canonical: string, title: string, params: Record<string, string> = site.linkParams.share): { target: ShareTarget; href: string }[] {
  const url = withParams(canonical, params);
  return SHARE_TARGETS.map((target) => ({ target, href: shareUrl(target, url, title) }));
}
