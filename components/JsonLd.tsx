import { serializeJsonLd } from '@/lib/seo';

type Props = { data: readonly object[] };

/** Structured data for search engines: data, not code, escaped so no string can end the element. */
export function JsonLd({ data }: Props) {
  return (
    <>
      {data.map((d, i) => (
        <script key={i} type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(d) }} />
      ))}
    </>
  );
}
