// YouTube addresses for the <Video youtube="…"> element. A module of its own, with no imports:
// the element's definition (lib/elements/video.ts) and the pages both need it, and lib/media.ts
// reaches the element registry through lib/mdx-ast.ts, so importing it from there is a cycle.

/** A YouTube video id: eleven letters, digits, - or _. */
export const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

export function youtubeWatchUrl(id: string): string {
  return `https://www.youtube.com/watch?v=${encodeURIComponent(id)}`;
}
