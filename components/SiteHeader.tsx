import { getSections } from '@/lib/articles';
import { dictionary } from '@/lib/dictionaries';
import { getLatestIssueUrl } from '@/lib/magazine';
import { EDITIONS, editionPath, editions, type Edition } from '@/lib/site';
import { ThemeToggle } from './ThemeToggle';

type Props = { edition: Edition };

/** Masthead, section navigation, search, the other editions and the theme switch. (The skip link comes first, in the layout.) */
export function SiteHeader({ edition }: Props) {
  const sections = getSections(edition);
  const t = dictionary(edition);
  const latestIssueUrl = getLatestIssueUrl(edition);
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a href={editionPath(edition, '/')} className="masthead">
          {editions[edition].name}
        </a>
        <div className="site-header__tools">
          <a href={editionPath(edition, '/search')} className="site-header__search">
            {t.search}
          </a>
          {EDITIONS.filter((e) => e !== edition).map((e) => (
            <a key={e} href={editionPath(e, '/')} hrefLang={editions[e].language} lang={editions[e].language} className="site-header__edition">
              {t.editionLink[e]}
            </a>
          ))}
          <ThemeToggle edition={edition} />
        </div>
        <nav aria-label={t.sections} className="site-nav">
          <ul>
            {sections.map((s) => (
              <li key={s.slug}>
                <a href={s.url}>{s.title}</a>
              </li>
            ))}
            {latestIssueUrl ? (
              <li className="site-nav__issue">
                <a href={latestIssueUrl}>{t.magazine.latestIssue}</a>
              </li>
            ) : null}
          </ul>
        </nav>
      </div>
    </header>
  );
}
