import { getSections } from '@/lib/articles';
import { site } from '@/lib/site';
import { ThemeToggle } from './ThemeToggle';

/** Masthead, section navigation, search and the theme switch. (The skip link comes first, in the layout.) */
export function SiteHeader() {
  const sections = getSections();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a href="/" className="masthead">
          {site.name}
        </a>
        <div className="site-header__tools">
          <a href="/search" className="site-header__search">
            Search
          </a>
          <ThemeToggle />
        </div>
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
