import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleCard } from '@/components/ArticleCard';
import { getArticlesBySection, getSection, getSections } from '@/lib/articles';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getSections().map((s) => ({ slug: s.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const section = getSection(slug);
  if (!section) return {};
  return { title: section.title, description: section.description, alternates: { canonical: section.url } };
}

export default async function SectionPage({ params }: Props) {
  const { slug } = await params;
  const section = getSection(slug);
  if (!section) notFound();
  const articles = getArticlesBySection(section.slug);
  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">{section.title}</h1>
        <p className="page__description">{section.description}</p>
      </header>
      {articles.length ? (
        <ul className="card-list">
          {articles.map((a) => (
            <li key={a.slug}>
              <ArticleCard article={a} />
            </li>
          ))}
        </ul>
      ) : (
        <p>No articles in this section yet.</p>
      )}
    </div>
  );
}
