import { site } from '@/lib/site';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        <a href="/">{site.name}</a> — {site.description}
      </p>
      <p>
        <a href="/search">Search the articles</a>
      </p>
      <p className="site-footer__small">Published with Standfirst, an open-source system for analysis magazines.</p>
    </footer>
  );
}
