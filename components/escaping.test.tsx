import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ArticleHeader } from './ArticleHeader';
import { Corrections } from './Corrections';
import { Figure } from './Figure';
import { JsonLd } from './JsonLd';
import { Tags } from './Tags';

// Front-matter strings are text, never markup.
const EVIL = '</script><img src=x onerror="alert(1)"><b>bold</b> & "quotes"';

describe('front-matter strings render as text', () => {
  it('escapes headline, standfirst, names and section', () => {
    const html = renderToStaticMarkup(
      <ArticleHeader
        title={EVIL}
        dek={EVIL}
        format="analysis"
        formatLabel="Analysis"
        section={{ slug: 'x', title: EVIL, url: '/sections/x' }}
        authors={[{ slug: 'a', name: EVIL, url: '/authors/a' }]}
        publishedAt="2026-01-07T21:00:00.000Z"
        readingTime={3}
        edition="en"
      />,
    );
    expect(html).not.toContain('<img');
    expect(html).not.toContain('</script><img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;/script&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(html.match(/&lt;\/script&gt;/g)?.length).toBe(4);
  });

  it('escapes caption, credit and alt of a figure', () => {
    const html = renderToStaticMarkup(
      <Figure src="/images/reference/paris-summit.jpg" alt={EVIL} caption={EVIL} credit={EVIL} edition="en" />,
    );
    expect(html.match(/<img/g)?.length).toBe(1);
    expect(html).toContain('alt="&lt;/script&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    // The credit is split into parts after each slash (components/Credit.tsx): each part escaped.
    expect(html).toContain('<span class="figure__credit credit" dir="auto"><span>&lt;/</span><wbr/><span>script&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&lt;b&gt;bold&lt;/</span>');
  });

  it('escapes tag names and correction texts', () => {
    const html = renderToStaticMarkup(
      <>
        <Tags tags={[{ slug: 'x', name: EVIL, url: '/tags/x' }]} edition="en" />
        <Corrections corrections={[{ date: '2026-01-09', text: EVIL }]} edition="en" />
      </>,
    );
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html.match(/&lt;\/script&gt;/g)?.length).toBe(2);
  });

  it('keeps JSON-LD data inside its element: no string can close the script or open a tag', () => {
    const html = renderToStaticMarkup(<JsonLd data={[{ headline: EVIL, name: '<!-- x -->' }]} />);
    expect(html.match(/<\/script>/g)?.length).toBe(1);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<!--');
    const json = html.replace(/^<script type="application\/ld\+json">/, '').replace(/<\/script>$/, '');
    expect(JSON.parse(json)).toEqual({ headline: EVIL, name: '<!-- x -->' });
  });
});
