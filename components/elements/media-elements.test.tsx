import { parseHTML } from 'linkedom';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Audio } from './Audio';
import { Chart } from './Chart';
import { Map } from './Map';
import { Place } from './Place';
import { Video } from './Video';

const doc = (html: string) => parseHTML(`<html><body>${html}</body></html>`).document;

describe('media elements', () => {
  it('Chart: a titled SVG, its data as a table in the edition’s digits, and a link to the CSV', () => {
    const html = renderToStaticMarkup(
      <Chart type="line" title="إيرادات" data="/data/suez-canal-revenue.csv" x="السنة المالية" y="الإيرادات" source="الهيئة" unit="مليار دولار" edition="ar" />,
    );
    const d = doc(html);
    expect(d.querySelector('figcaption')?.textContent).toContain('إيرادات');
    expect(d.querySelector('.chart__plot svg')).not.toBeNull();
    const rows = [...d.querySelectorAll('table tbody tr')];
    expect(rows.length).toBeGreaterThan(3);
    expect(rows[0]!.textContent).toMatch(/^[٠-٩]{4}[٠-٩٫]+$/);
    expect(d.querySelector('a[download]')?.getAttribute('href')).toBe('/data/suez-canal-revenue.csv');
  });

  it('Map: an SVG with a point per place, and the places as a text list', () => {
    const d = doc(renderToStaticMarkup(
      <Map title="The frontier" source="Natural Earth" edition="en">
        <Place name="Beirut" lat="33.89" lon="35.50" />
        <Place name="Masnaa crossing" lat="33.70" lon="35.94" label="Masnaa" />
      </Map>,
    ));
    expect(d.querySelectorAll('svg circle')).toHaveLength(2);
    expect([...d.querySelectorAll('svg text')].map((t) => t.textContent)).toEqual(['Beirut', 'Masnaa']);
    expect([...d.querySelectorAll('.map__places li')].map((li) => li.textContent)).toEqual(['Beirut', 'Masnaa crossing (Masnaa)']);
  });

  it('Video with src: native controls that fetch nothing before play, sized by the poster', () => {
    const d = doc(renderToStaticMarkup(
      <Video title="A street loses power" poster="/images/iraq-electricity-imports-summer/blackout-poster.jpg" caption="C" credit="K" src="/media/iraq-electricity-imports-summer/blackout.mp4" edition="en" />,
    ));
    const video = d.querySelector('video')!;
    expect(video.getAttribute('preload')).toBe('none');
    expect(video.hasAttribute('controls')).toBe(true);
    expect(video.getAttribute('width')).toBe('960');
    expect(video.getAttribute('height')).toBe('540');
  });

  it('Video with youtube: the poster from our site, linked to YouTube, and nothing that loads from YouTube', () => {
    const html = renderToStaticMarkup(
      <Video title="On YouTube" poster="/images/iraq-electricity-imports-summer/blackout-poster.jpg" caption="C" credit="K" youtube="aBcD3fGh1jK" edition="en" />,
    );
    const d = doc(html);
    expect(d.querySelector('a')?.getAttribute('href')).toBe('https://www.youtube.com/watch?v=aBcD3fGh1jK');
    expect(d.querySelector('iframe, video, script')).toBeNull();
    for (const el of d.querySelectorAll('[src], [srcset]')) expect(`${el.getAttribute('src')} ${el.getAttribute('srcset') ?? ''}`).not.toMatch(/youtube|ytimg|https?:/);
  });

  it('Audio: native controls with preload none, and the transcript in a closed <details>', () => {
    const d = doc(renderToStaticMarkup(
      <Audio src="/media/iraq-electricity-imports-summer/editors-note.mp3" title="T" credit="K" transcript="/media/iraq-electricity-imports-summer/editors-note.txt" edition="en" />,
    ));
    expect(d.querySelector('audio')?.getAttribute('preload')).toBe('none');
    const details = d.querySelector('details')!;
    expect(details.hasAttribute('open')).toBe(false);
    expect(details.querySelectorAll('p').length).toBeGreaterThan(1);
  });
});
