import { getSections } from '@/lib/articles';
import { site } from '@/lib/site';

/** Masthead and section navigation. */
export function SiteHeader() {
  const sections = getSections();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a href="/" className="masthead">
          {site.name}
        </a>
        <nav aria-label="Sections" className="site-nav">
          <ul>
            {sections.map((s) => (
              <li key={s.slug}>
                <a href={s.url}>{s.title}</a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
