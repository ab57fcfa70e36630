import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { ResponsiveImageData } from '@/lib/image-variants';
import { ResponsiveImage } from './ResponsiveImage';

// Which placeholder each kind of image carries: the blurred copy when loaded at once, the
// dominant colour when lazy or a thumbnail, nothing for an image with transparency.

const opaque: ResponsiveImageData = {
  width: 1600,
  height: 900,
  placeholder: 'data:image/webp;base64,AAAA',
  color: '#8a7f6b',
  avif: [{ src: '/variants/abc/a-400.avif', width: 400 }],
  webp: [{ src: '/variants/abc/a-400.webp', width: 400 }],
  fallback: { src: '/variants/abc/a-1200.jpg', width: 1200, height: 675 },
};
const clear: ResponsiveImageData = { ...opaque, placeholder: undefined, color: undefined };

vi.mock('@/lib/images', () => ({
  getResponsiveImage: (src: string) => (src === '/images/clear.png' ? clear : opaque),
  getImageSize: () => undefined,
}));

const img = (props: Partial<Parameters<typeof ResponsiveImage>[0]>) =>
  renderToStaticMarkup(<ResponsiveImage src="/images/a.jpg" alt="" sizes="100vw" {...props} />).match(/<img [^>]*>/)![0];

describe('ResponsiveImage placeholders', () => {
  it('paints a lazy image and a thumbnail in the photo colour, a few bytes', () => {
    expect(img({})).toContain('loading="lazy"');
    expect(img({})).toContain('style="background:#8a7f6b"');
    expect(img({ thumbnail: true })).toContain('style="background:#8a7f6b"');
    expect(img({ thumbnail: true, eager: true })).toContain('style="background:#8a7f6b"');
  });

  it('keeps the blurred copy for images loaded at once', () => {
    for (const html of [img({ priority: true }), img({ eager: true })]) {
      expect(html).toContain('background-image:url(&quot;data:image/webp;base64,AAAA&quot;)');
      expect(html).not.toContain('#8a7f6b');
    }
  });

  it('gives an image with transparency neither', () => {
    expect(img({ src: '/images/clear.png' })).not.toContain('style=');
    expect(img({ src: '/images/clear.png', priority: true })).not.toContain('style=');
  });
});
