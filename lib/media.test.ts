import { describe, expect, it } from 'vitest';
import { articleVideos, splitTranscript } from './media';
import { YOUTUBE_ID, youtubeWatchUrl } from './youtube';

describe('media helpers', () => {
  it('splits a transcript into paragraphs at blank lines', () => {
    expect(splitTranscript('One line\nwrapped.\r\n\r\nTwo.\n\n\n')).toEqual(['One line wrapped.', 'Two.']);
  });

  it('knows a YouTube id from an address', () => {
    expect(YOUTUBE_ID.test('aBcD3fGh1jK')).toBe(true);
    expect(YOUTUBE_ID.test('https://youtu.be/aBcD3fGh1jK')).toBe(false);
    expect(youtubeWatchUrl('aBcD3fGh1jK')).toBe('https://www.youtube.com/watch?v=aBcD3fGh1jK');
  });

  it('finds the videos of a body', () => {
    const body = 'Text.\n\n<Video title="T" poster="/p.jpg" caption="C" credit="K" src="/v.mp4" />\n';
    expect(articleVideos(body)).toEqual([{ title: 'T', poster: '/p.jpg', caption: 'C', credit: 'K', src: '/v.mp4', youtube: undefined }]);
    expect(articleVideos('No video here.')).toEqual([]);
  });
});
