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

const q = encodeURIComponent;

export function shareUrl(target: ShareTarget, url: string, title: string): string {
  switch (target) {
    case 'email':
      return `mailto:?subject=${q(title)}&body=${q(url)}`;
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
