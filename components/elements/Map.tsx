import { Children, isValidElement, type ReactNode } from 'react';
import { dictionary } from '@/lib/dictionaries';
import { locatorMap } from '@/lib/maps/locator-svg';
import type { Edition } from '@/lib/site';
import type { PlaceProps } from './Place';

type Props = { title: string; source: string; caption?: string; children?: ReactNode; edition: Edition };

function placesOf(children: ReactNode) {
  return Children.toArray(children)
    .filter((c) => isValidElement<PlaceProps>(c) && typeof c.props.lat === 'string')
    .map((c) => {
      const p = (c as { props: PlaceProps }).props;
      return { name: p.name, label: p.label, lat: Number(p.lat), lon: Number(p.lon) };
    });
}

/**
 * A locator map (lib/maps): country outlines and labelled points as inline SVG of a fixed
 * size, then the same places as a text list, which is what screen readers and search read.
 */
// Named Map by the contract; it shadows the global Map only in this file.
export function Map({ title, source, caption, children, edition }: Props) {
  const words = dictionary(edition).media;
  const drawn = locatorMap(placesOf(children));
  return (
    <figure className="map not-prose">
      <figcaption className="map__head">
        <span className="map__title">{title}</span>
      </figcaption>
      <svg
        className="map__svg"
        viewBox={`0 0 ${drawn.width} ${drawn.height}`}
        width={drawn.width}
        height={drawn.height}
        aria-hidden="true"
        data-pagefind-ignore
      >
        <rect className="map__sea" width={drawn.width} height={drawn.height} />
        {drawn.countries.map((d, i) => <path key={i} className="map__land" d={d} />)}
        {drawn.places.map((p) => (
          <g key={p.name} className="map__point">
            <circle cx={p.x} cy={p.y} r={4.5} />
            <text x={p.labelX} y={p.labelY} textAnchor={p.anchor}>
              {p.label ?? p.name}
            </text>
          </g>
        ))}
      </svg>
      <div className="map__text">
        <p className="map__list-title" data-pagefind-ignore>{words.mapPlaces}</p>
        <ul className="map__places">{children}</ul>
        {caption ? <p className="map__caption">{caption}</p> : null}
        <p className="map__meta">
          <span data-pagefind-ignore>{words.source}</span> <span dir="auto">{source}</span>
        </p>
      </div>
    </figure>
  );
}
