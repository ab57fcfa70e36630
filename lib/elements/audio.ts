import { defineElement } from './types';

export const audio = defineElement({
  name: 'Audio',
  summary: 'A sound clip in the browser’s own player (nothing loads before play), with its transcript below in a box the reader opens.',
  attributes: {
    src: { required: true, description: 'the audio file under public/', example: '/media/my-article/clip.mp3', file: { extensions: ['.mp3', '.m4a', '.ogg', '.opus'], what: 'audio' } },
    title: { required: true, prose: true, description: 'what the listener hears', example: 'The minister’s statement' },
    credit: { required: true, description: 'who recorded it, printed as written', example: 'STANDFIRST' },
    transcript: { required: false, description: 'the words, a text file under public/ (blank lines between paragraphs)', example: '/media/my-article/clip.txt', file: { extensions: ['.txt'], what: 'transcript' } },
  },
  children: { kind: 'none' },
  example: '<Audio src="/media/my-article/clip.mp3" title="The minister’s statement" credit="STANDFIRST" transcript="/media/my-article/clip.txt" />',
  searchable: true,
});
