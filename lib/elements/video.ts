import { z } from 'zod';
import { YOUTUBE_ID } from '../youtube';
import { IMAGE_FILE } from './figure';
import { defineElement } from './types';

export const VIDEO_FILE = { extensions: ['.mp4', '.webm'], what: 'video' } as const;

export const video = defineElement({
  name: 'Video',
  summary: 'A video: a file of ours in the browser’s own player (nothing loads before play), or a YouTube video shown as its poster linked to YouTube (no request to YouTube until the click).',
  attributes: {
    title: { required: true, prose: true, description: 'what the video shows', example: 'A street loses power' },
    poster: { required: true, description: 'the still shown before play, an image under public/', example: '/images/my-article/poster.jpg', file: IMAGE_FILE },
    caption: { required: true, prose: true, description: 'who, what, where and when', example: 'A power cut in Basra, July 2025.' },
    credit: { required: true, description: 'who filmed it, printed as written', example: 'CAMERA OPERATOR / AGENCY' },
    src: { required: false, description: 'the video file under public/ (or youtube)', example: '/media/my-article/clip.mp4', file: VIDEO_FILE },
    youtube: { required: false, description: 'a YouTube video id, the 11 characters after watch?v= (or src)', example: 'aBcD3fGh1jK', schema: z.string().regex(YOUTUBE_ID, { message: 'is not a YouTube video id' }), fix: 'give the 11 characters after watch?v= in the video’s address, e.g. youtube="aBcD3fGh1jK"' },
  },
  children: { kind: 'none' },
  check: ({ attrs, error }) => {
    if (attrs.src !== undefined && attrs.youtube !== undefined) {
      error('youtube', 'a video has either src or youtube, not both', 'keep src="…" for a file under public/, or youtube="…" for a YouTube video, and remove the other');
    } else if (attrs.src === undefined && attrs.youtube === undefined) {
      error('src', 'is missing (and so is youtube)', 'add src="/media/my-article/clip.mp4" for a file under public/, or youtube="aBcD3fGh1jK" for a YouTube video');
    }
  },
  example: '<Video title="A street loses power" poster="/images/my-article/poster.jpg" caption="A power cut in Basra, July 2025." credit="CAMERA OPERATOR / AGENCY" src="/media/my-article/clip.mp4" />',
  errors: ['both src and youtube, or neither', 'a youtube value that is not a video id'],
  searchable: true,
});
