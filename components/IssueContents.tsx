import type { Article } from 'contentlayer/generated';
import { getArticleAuthors } from '@/lib/articles';
import { dictionary } from '@/lib/dictionaries';
import type { IssueSection } from '@/lib/magazine';
import type { Edition } from '@/lib/site';
import { Byline } from './Byline';
import { CardKicker } from './CardKicker';

type Props = { sections: IssueSection[]; coverStory?: string; edition: Edition };

function Entry({ article, cover, edition }: { article: Article; cover: boolean; edition: Edition }) {
  return (
    <li className="issue-contents__item">
      {cover ? <p className="issue-contents__cover">{dictionary(edition).magazine.coverStory}</p> : null}
      <CardKicker article={article} />
      <h3 className="issue-contents__title">
        <a href={article.url}>{article.title}</a>
      </h3>
      <p className="issue-contents__dek">{article.dek}</p>
      <Byline authors={getArticleAuthors(article)} edition={edition} />
    </li>
  );
}

/** An issue's table of contents, grouped by section in print order; out of the search index (the articles are in it themselves). */
export function IssueContents({ sections, coverStory, edition }: Props) {
  return (
    <div className="issue-contents" data-pagefind-ignore>
      {sections.map((group) => (
        <section key={group.key} className="issue-contents__section" aria-labelledby={`toc-${group.key}`}>
          <h2 id={`toc-${group.key}`} className="block-title">
            {group.section?.title ?? group.key}
          </h2>
          <ol className="issue-contents__list">
            {group.articles.map((a) => (
              <Entry key={a.slug} article={a} cover={a.slug === coverStory} edition={edition} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
