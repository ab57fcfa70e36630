import { getSections } from '@/lib/articles';
import { dictionary } from '@/lib/dictionaries';
import { editionPath, editions, type Edition } from '@/lib/site';

type Props = { edition: Edition };

/** Sections, the ways into the archive, feeds and about. */
export function SiteFooter({ edition }: Props) {
  const t = dictionary(edition);
  const at = (p: string) => editionPath(edition, p);
  return (
    <footer className="site-footer" data-pagefind-ignore="all">
      <div className="site-footer__inner">
        <nav aria-labelledby="footer-sections" className="site-footer__col">
          <h2 id="footer-sections" className="site-footer__title">
            {t.sections}
          </h2>
          <ul>
            {getSections(edition).map((s) => (
              <li key={s.slug}>
                <a href={s.url}>{s.title}</a>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-labelledby="footer-explore" className="site-footer__col">
          <h2 id="footer-explore" className="site-footer__title">
            {t.explore}
          </h2>
          <ul>
            <li>
              <a href={at('/archive')}>{t.archive}</a>
            </li>
            <li>
              <a href={at('/tags')}>{t.topics}</a>
            </li>
            <li>
              <a href={at('/authors')}>{t.writers}</a>
            </li>
            <li>
              <a href={at('/search')}>{t.search}</a>
            </li>
            <li>
              <a href={at('/feed.xml')} type="application/rss+xml">
                {t.rssFeed}
              </a>{' '}
              ·{' '}
              <a href={at('/atom.xml')} type="application/atom+xml">
                {t.atom}
              </a>
            </li>
          </ul>
        </nav>
        <div className="site-footer__col">
          <h2 className="site-footer__title">{editions[edition].name}</h2>
          <p>{editions[edition].description}</p>
          <p>
            {/* The about page is written once, in the default edition. */}
            <a href="/about">{t.aboutUs}</a>
          </p>
        </div>
      </div>
      <p className="site-footer__small">{t.poweredBy}</p>
    </footer>
  );
}
