import { describe, expect, it } from 'vitest';
import { FALLBACK_WIDTH, MIN_TWO_WIDTHS, VARIANT_WIDTHS, fallbackWidth, figureSources, hexColor, imagesInUse, isPassThrough, srcSet, variantStem, variantWidths } from './image-variants';

describe('variantWidths', () => {
  it('offers every standard width for a photo at least as wide as the largest', () => {
    expect(variantWidths(1600)).toEqual([400, 800, 1200, 1600]);
    expect(variantWidths(4000)).toEqual([...VARIANT_WIDTHS]);
  });

  it('never upscales: widths above the photo are dropped and the photo’s own width is added', () => {
    expect(variantWidths(1200)).toEqual([400, 800, 1200]);
    expect(variantWidths(1000)).toEqual([400, 800, 1000]);
    expect(variantWidths(640)).toEqual([400, 640]);
    for (const w of [1, 90, 399, 401, 799, 1201, 1599, 1601, 2400]) {
      expect(Math.max(...variantWidths(w)), `width ${w}`).toBeLessThanOrEqual(w);
    }
  });

  it('gives a photo narrower than the standard widths its own width and half of it', () => {
    expect(variantWidths(300)).toEqual([150, 300]);
    expect(variantWidths(400)).toEqual([200, 400]);
    expect(variantWidths(420)).toEqual([210, 420]);
    expect(variantWidths(160)).toEqual([80, 160]);
  });

  it('gives a tiny image one variant, at its own size', () => {
    expect(variantWidths(120)).toEqual([120]);
    expect(variantWidths(1)).toEqual([1]);
  });

  it('drops a standard width within 10% of the original rather than making two near-identical files', () => {
    expect(variantWidths(850)).toEqual([400, 850]);
    expect(variantWidths(1300)).toEqual([400, 800, 1300]);
    expect(variantWidths(1400)).toEqual([400, 800, 1200, 1400]);
  });

  it('is sorted, distinct, and empty for a size that is not one', () => {
    for (const w of [500, 1234, 1600, 5000]) {
      const ws = variantWidths(w);
      expect(ws).toEqual([...new Set(ws)].sort((a, b) => a - b));
    }
    expect(variantWidths(0)).toEqual([]);
    expect(variantWidths(Number.NaN)).toEqual([]);
  });

  it('offers at least two widths for every source at least MIN_TWO_WIDTHS wide', () => {
    for (let w = MIN_TWO_WIDTHS; w <= 5000; w += 7) expect(variantWidths(w).length, `width ${w}`).toBeGreaterThanOrEqual(2);
  });

  it('takes other width lists', () => {
    expect(variantWidths(900, [300, 600, 900])).toEqual([300, 600, 900]);
  });
});

describe('fallbackWidth', () => {
  it('is the fallback width, or the photo’s own when narrower', () => {
    expect(fallbackWidth(1600)).toBe(FALLBACK_WIDTH);
    expect(fallbackWidth(640)).toBe(640);
  });
});

describe('hexColor', () => {
  it('writes #rrggbb, and #rgb only when that is exactly the same colour', () => {
    expect(hexColor({ r: 138, g: 127, b: 107 })).toBe('#8a7f6b');
    expect(hexColor({ r: 0x11, g: 0x22, b: 0xff })).toBe('#12f');
    expect(hexColor({ r: 0x88, g: 0x88, b: 0x89 })).toBe('#888889');
    expect(hexColor({ r: 0, g: 0, b: 0 })).toBe('#000');
  });

  it('pads, rounds and clamps the channels', () => {
    expect(hexColor({ r: 1, g: 2, b: 3 })).toBe('#010203');
    expect(hexColor({ r: 254.6, g: 300, b: -4 })).toBe('#ff0');
  });
});

describe('names and srcset', () => {
  it('derives an ASCII file stem from the source path', () => {
    expect(variantStem('/images/reference/paris-summit.jpg')).toBe('paris-summit');
    expect(variantStem('/images/a/Caf%C3%A9%20Beyrouth.JPEG')).toBe('cafe-beyrouth');
    expect(variantStem('/images/a/القاهرة.jpg')).toBe('image');
  });

  it('writes srcset candidates with width descriptors', () => {
    expect(srcSet([{ src: '/v/a-400.avif', width: 400 }, { src: '/v/a-800.avif', width: 800 }])).toBe('/v/a-400.avif 400w, /v/a-800.avif 800w');
  });

  it('shows SVGs as they are', () => {
    expect(isPassThrough('/images/logo.svg')).toBe(true);
    expect(isPassThrough('/images/photo.jpg')).toBe(false);
  });
});

describe('imagesInUse', () => {
  const body = 'Text.\n\n<Figure src="/images/a/one.jpg" alt="a" caption="c" credit="C" />\n\nMore <Figure src="/images/a/two.png" alt="a" caption="c" credit="C" /> text.\n';

  it('finds every Figure src in an MDX body', () => {
    expect(figureSources(body)).toEqual(['/images/a/one.jpg', '/images/a/two.png']);
    expect(figureSources('No figures, just <PullQuote>words</PullQuote>.')).toEqual([]);
  });

  it('lists heroes, figures and avatars once each, without drafts unless asked', () => {
    const articles = [
      { draft: false, image: { src: '/images/a/hero.jpg' }, body: { raw: body } },
      { draft: true, image: { src: '/images/b/hero.jpg' }, body: { raw: '<Figure src="/images/b/x.jpg" alt="a" caption="c" credit="C" />' } },
      { draft: false, image: { src: '/images/a/one.jpg' }, body: { raw: '' } },
    ];
    const authors = [{ avatar: '/images/authors/x.jpg' }, { avatar: undefined }, {}];
    expect(imagesInUse(articles, authors)).toEqual(['/images/a/hero.jpg', '/images/a/one.jpg', '/images/a/two.png', '/images/authors/x.jpg']);
    expect(imagesInUse(articles, authors, () => true)).toContain('/images/b/x.jpg');
  });
});
