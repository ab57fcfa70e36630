import { formatDateTime } from '../../dates';
import { isRecord } from './front-matter-fields';
import type { ArticleContext, DocumentRule } from './types';

const TITLE_MAX = 110;
const DEK_MIN = 60;
const DEK_MAX = 220;
const TODO = /\bTODO\b/;

const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : isRecord(v) ? Object.values(v).flatMap(strings) : []);

// Editorial lints: warnings, the build still runs. Run after the body, whose TODOs they also report.
export const editorialLints: DocumentRule<ArticleContext> = {
  name: 'editorial lints',
  check({ y, data, warn, body, bodyStartLine, info, now, timeZone }) {
    const title = typeof data.title === 'string' ? data.title : undefined;
    const dek = typeof data.dek === 'string' ? data.dek : undefined;
    if (title && title.length > TITLE_MAX) {
      warn(y.positionOf(['title']), 'title', `the headline is ${title.length} characters; search results and phones cut it after about ${TITLE_MAX}`, 'tighten the headline');
    }
    if (dek && (dek.length < DEK_MIN || dek.length > DEK_MAX)) {
      warn(y.positionOf(['dek']), 'dek', `the standfirst is ${dek.length} characters; it reads best, and shows whole in search results, at ${DEK_MIN}–${DEK_MAX}`, dek.length < DEK_MIN ? 'say in one full sentence what the piece argues' : 'cut it to one sentence');
    }
    if (data.tags === undefined || (Array.isArray(data.tags) && data.tags.length === 0)) {
      warn(y.positionOf([]), 'tags', 'has no tags, so it appears on no topic page and has fewer related articles', 'add tags: [Topic, Another topic]');
    }
    for (const [key, value] of Object.entries(data)) {
      if (TODO.test(strings(value).join(' '))) warn(y.positionOf([key]), key, 'still holds a TODO placeholder', 'replace the TODO with the real text');
    }
    if (TODO.test(body)) {
      const line = body.split('\n').findIndex((l) => TODO.test(l));
      warn({ line: bodyStartLine + line, column: 1 }, 'body', 'the text still holds a TODO placeholder', 'write the text, or remove the TODO line');
    }
    const published = info.publishedAt;
    if (published !== undefined && !info.draft && published > now.getTime()) {
      info.scheduled = true;
      warn(y.positionOf(['date']), 'date', `scheduled: goes live at the first build after ${formatDateTime(new Date(published), timeZone)} (${timeZone})`, 'nothing to do if that is intended; scheduled builds publish it (docs/editing.md)');
    }
  },
};
