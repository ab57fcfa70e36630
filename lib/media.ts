import { readFileSync } from 'node:fs';
import path from 'node:path';
import { elementAttributes } from './mdx-ast';
import { query } from './dependencies';

// Small helpers of the <Video> and <Audio> elements.


/** A transcript file's paragraphs (blank lines separate them). */
export function splitTranscript(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);
}

/** An audio clip's transcript file as paragraphs (a query: the build notes the pages that print it). */
export const readTranscript = query('files.transcript', (sitePath: string, publicDir?: string): string[] => transcriptIn(sitePath, publicDir));

function transcriptIn(sitePath: string, publicDir = path.join(process.cwd(), 'public')): string[] {
  return splitTranscript(readFileSync(path.join(publicDir, sitePath.replace(/^\/+/, '')), 'utf8'));
}

export type VideoAttributes = { title: string; poster: string; caption: string; credit: string; src?: string; youtube?: string };

/** The <Video> elements of an MDX body (already checked by the content check). */
export function articleVideos(body: string): VideoAttributes[] {
  if (!body.includes('<Video')) return [];
  return elementAttributes(body, 'Video').map((a) => ({
    title: a.title ?? '', poster: a.poster ?? '', caption: a.caption ?? '', credit: a.credit ?? '', src: a.src, youtube: a.youtube,
  }));
}
