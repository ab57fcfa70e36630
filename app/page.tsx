import { ArticleList } from '@/components/ArticleList';
import { getLatestArticles, getSections } from '@/lib/articles';
import { site } from '@/lib/site';

export default function HomePage() {
  const articles = getLatestArticles();
  const sections = getSections();
  return (
    <div className="page">
      <h1 className="page__title">
        <span className="sr-only">{site.name}: </span>Latest analysis
      </h1>
      <ArticleList articles={articles} />
      <nav aria-labelledby="home-sections" className="section-index">
        <h2 id="home-sections">Sections</h2>
        <ul>
          {sections.map((s) => (
            <li key={s.slug}>
              <a href={s.url}>{s.title}</a> — {s.description}
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
