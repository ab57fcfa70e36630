import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/metadata';
import { getSections } from '@/lib/articles';
import { site } from '@/lib/site';

export const metadata: Metadata = pageMetadata({ edition: 'en', title: 'About', description: `About ${site.name}: who we are and how we work.`, path: '/about' });

export default function AboutPage() {
  return (
    <div className="page page--narrow prose-page">
      <h1 className="page__title">About {site.name}</h1>
      <p>
        {site.name} publishes analysis, explainers, opinion and interviews on the politics, economics and culture of the Arab
        world. Our writers report from the region and explain what lies behind the news rather than repeat it.
      </p>
      <p>
        We date every article in {site.timeZone.replace('_', ' ')} time, correct our mistakes at the foot of the article they
        concern, and credit every photograph.
      </p>
      <h2>Sections</h2>
      <ul>
        {getSections('en').map((s) => (
          <li key={s.slug}>
            <a href={s.url}>{s.title}</a>: {s.description}
          </li>
        ))}
      </ul>
      <p>
        This site is built with Standfirst, an open-source publishing system for analysis magazines. Pages are plain HTML:
        they load no trackers and need no JavaScript to read.
      </p>
    </div>
  );
}
