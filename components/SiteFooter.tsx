import { getSections } from '@/lib/articles';
import { site } from '@/lib/site';

/** Sections, the ways into the archive, and about. (Feeds join here when they exist.) */
export function SiteFooter() {
  return (
    <footer className="site-footer" data-pagefind-ignore="all">
      <div className="site-footer__inner">
        <nav aria-labelledby="footer-sections" className="site-footer__col">
          <h2 id="footer-sections" className="site-footer__title">
            Sections
          </h2>
          <ul>
            {getSections().map((s) => (
              <li key={s.slug}>
                <a href={s.url}>{s.title}</a>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-labelledby="footer-explore" className="site-footer__col">
          <h2 id="footer-explore" className="site-footer__title">
            Explore
          </h2>
          <ul>
            <li>
              <a href="/archive">Archive</a>
            </li>
            <li>
              <a href="/tags">Topics</a>
            </li>
            <li>
              <a href="/authors">Writers</a>
            </li>
            <li>
              <a href="/search">Search</a>
            </li>
            <li>
              <a href="/feed.xml" type="application/rss+xml">RSS feed</a> · <a href="/atom.xml" type="application/atom+xml">Atom</a>
            </li>
          </ul>
        </nav>
        <div className="site-footer__col">
          <h2 className="site-footer__title">{site.name}</h2>
          <p>{site.description}</p>
          <p>
            <a href="/about">About us</a>
          </p>
        </div>
      </div>
      <p className="site-footer__small">Published with Standfirst, an open-source system for analysis magazines.</p>
    </footer>
  );
}
