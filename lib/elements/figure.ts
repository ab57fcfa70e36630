import { defineElement } from './types';

export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.svg'] as const;
export const IMAGE_FILE = { extensions: IMAGE_EXTENSIONS, what: 'image' } as const;

export const figure = defineElement({
  name: 'Figure',
  summary: 'A photo in the text, with its caption and its credit kept apart (the credit printed exactly as written).',
  attributes: {
    src: { required: true, description: 'the image, a file under public/', example: '/images/my-article/photo.jpg', file: IMAGE_FILE },
    alt: { required: true, description: 'what the photo shows, for readers who cannot see it', example: 'What the photo shows, for readers who cannot see it' },
    caption: { required: true, prose: true, description: 'who, what, where and when', example: 'Who, what, where and when' },
    credit: { required: true, description: 'photographer and agency, printed exactly as written', example: 'PHOTOGRAPHER / AGENCY' },
  },
  children: { kind: 'none' },
  example: '<Figure src="/images/my-article/photo.jpg" alt="What it shows" caption="Who, what, where, when." credit="PHOTOGRAPHER / AGENCY" />',
  searchable: true,
});
