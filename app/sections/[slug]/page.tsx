import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/ArticleList';
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
      <ArticleList articles={articles} empty="No articles in this section yet." />
    </div>
  );
}
