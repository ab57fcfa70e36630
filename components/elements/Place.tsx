type Props = { name: string; lat: string; lon: string; label?: string };

export type PlaceProps = Props;

/**
 * One place of a <Map>, in the map's list of places. The map reads the same attributes to
 * draw the point, so the text list and the drawing cannot disagree.
 */
export function Place({ name, label }: Props) {
  return (
    <li className="map__place" dir="auto">
      {name}
      {label && label !== name ? <span className="map__label-note"> ({label})</span> : null}
    </li>
  );
}
