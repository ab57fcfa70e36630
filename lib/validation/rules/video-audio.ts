import { YOUTUBE_ID } from '../../media';
import { publicFileIssue } from './media-files';
import { given, requireAttributes, type ElementContext, type ElementIssue, type ElementNode } from './media-types';

export const VIDEO_ATTRIBUTES = ['title', 'poster', 'caption', 'credit', 'src', 'youtube'] as const;
export const AUDIO_ATTRIBUTES = ['src', 'title', 'credit', 'transcript'] as const;

const POSTER_TYPES = ['.jpg', '.jpeg', '.png', '.webp', '.avif'];
const VIDEO_TYPES = ['.mp4', '.webm', '.ogv'];
const AUDIO_TYPES = ['.mp3', '.m4a', '.ogg', '.oga', '.opus', '.wav'];

function file(node: ElementNode, attr: string, types: readonly string[], ctx: ElementContext, example: string): ElementIssue[] {
  const v = given(node, attr);
  const issue = v === undefined ? undefined : publicFileIssue(attr, v, types, ctx.publicDir, example);
  return issue ? [issue] : [];
}

function selfClosing(node: ElementNode, name: string): ElementIssue[] {
  return node.hasText || node.children.length > 0
    ? [{ attribute: 'children', message: `<${name}> takes nothing between its tags`, fix: `write it as <${name} … /> and put the text in caption="…"` }]
    : [];
}

/** <Video />: its four required attributes, exactly one of src and youtube, and the files it names. */
export function checkVideo(node: ElementNode, ctx: ElementContext): ElementIssue[] {
  const issues = requireAttributes(node, { title: 'What the video shows', poster: '/images/my-article/poster.jpg', caption: 'Who, what, where and when', credit: 'CAMERA OPERATOR / AGENCY' });
  const src = given(node, 'src');
  const youtube = given(node, 'youtube');
  if (src && youtube) issues.push({ attribute: 'youtube', message: 'a video has either src or youtube, not both', fix: 'keep src="…" for a file under public/ or youtube="…" for a YouTube video, and remove the other' });
  if (!src && !youtube) issues.push({ attribute: 'src', message: 'is missing (and so is youtube)', fix: 'add src="/media/my-article/clip.mp4" for a file under public/, or youtube="aBcD3fGh1jK" for a YouTube video' });
  if (youtube && !YOUTUBE_ID.test(youtube)) {
    issues.push({ attribute: 'youtube', message: `"${youtube}" is not a YouTube video id`, fix: 'give the 11 characters after watch?v= in the video’s address, e.g. youtube="aBcD3fGh1jK"' });
  }
  return [...issues, ...file(node, 'poster', POSTER_TYPES, ctx, '/images/my-article/poster.jpg'), ...file(node, 'src', VIDEO_TYPES, ctx, '/media/my-article/clip.mp4'), ...selfClosing(node, 'Video')];
}

/** <Audio />: src, title and credit, and the audio and transcript files. */
export function checkAudio(node: ElementNode, ctx: ElementContext): ElementIssue[] {
  const issues = requireAttributes(node, { src: '/media/my-article/clip.mp3', title: 'What the listener hears', credit: 'STANDFIRST' });
  return [...issues, ...file(node, 'src', AUDIO_TYPES, ctx, '/media/my-article/clip.mp3'), ...file(node, 'transcript', ['.txt'], ctx, '/media/my-article/clip.txt'), ...selfClosing(node, 'Audio')];
}
