import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { isPlaceholderImage, placeholderProblem, PLACEHOLDER_MARKER } from './placeholder-image';

const grey = () => sharp({ create: { width: 8, height: 8, channels: 3, background: '#d9d4cc' } });

describe('the template placeholder image', () => {
  it('is recognised by its marker, and a real photo is not', async () => {
    expect(isPlaceholderImage(await grey().withExif({ IFD0: { ImageDescription: PLACEHOLDER_MARKER } }).jpeg().toBuffer())).toBe(true);
    expect(isPlaceholderImage(await grey().jpeg().toBuffer())).toBe(false);
  });

  it('is an error in a published article and a warning in a draft', () => {
    const use = { field: 'image.src', src: '/images/x/hero.jpg', pos: { line: 8, column: 8 } };
    expect(placeholderProblem(use, false)).toMatchObject({ severity: 'error', line: 8, field: 'image.src' });
    expect(placeholderProblem(use, true).severity).toBe('warning');
  });
});
