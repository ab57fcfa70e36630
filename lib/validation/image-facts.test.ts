import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { imageFacts } from './image-facts';
import { PLACEHOLDER_MARKER } from './rules/placeholder-image';

const dir = mkdtempSync(path.join(tmpdir(), 'image-facts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const noisy = (width: number, height: number) =>
  sharp(Buffer.from(Array.from({ length: width * height * 3 }, (_, i) => (i * 7919) % 251)), { raw: { width, height, channels: 3 } });

describe('imageFacts', () => {
  it('finds the placeholder marker and the width of a large JPEG from its start', async () => {
    const file = path.join(dir, 'big-placeholder.jpg');
    // Noise keeps the file far larger than the part that is read.
    await noisy(1400, 900).withExif({ IFD0: { ImageDescription: PLACEHOLDER_MARKER } }).jpeg({ quality: 95 }).toFile(file);
    expect(imageFacts(file)).toEqual({ placeholder: true, width: 1400 });
  });

  it('says a real photo is not the placeholder', async () => {
    const file = path.join(dir, 'photo.jpg');
    await noisy(640, 480).jpeg().toFile(file);
    expect(imageFacts(file)).toEqual({ placeholder: false, width: 640 });
  });

  it('reads a PNG in full', async () => {
    const file = path.join(dir, 'chart.png');
    await noisy(300, 200).withExif({ IFD0: { ImageDescription: PLACEHOLDER_MARKER } }).png().toFile(file);
    expect(imageFacts(file)).toEqual({ placeholder: true, width: 300 });
  });

  it('reads a file again when it is replaced', async () => {
    const file = path.join(dir, 'replaced.jpg');
    await noisy(500, 300).withExif({ IFD0: { ImageDescription: PLACEHOLDER_MARKER } }).jpeg().toFile(file);
    expect(imageFacts(file).placeholder).toBe(true);
    await new Promise((r) => setTimeout(r, 20));
    await noisy(1300, 700).jpeg().toFile(file);
    expect(imageFacts(file)).toEqual({ placeholder: false, width: 1300 });
  });

  it('gives nothing for a file that is not an image', () => {
    const file = path.join(dir, 'not-really.jpg');
    writeFileSync(file, 'hello');
    expect(imageFacts(file)).toEqual({ placeholder: false, width: undefined });
  });
});
