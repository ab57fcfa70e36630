import { describe, fieldChecks, isRecord } from './front-matter-fields';
import type { ArticleContext, DocumentRule } from './types';

const DAY_MS = 86_400_000;

// Published corrections: each dated (not before the article, allowing a day for time zones) and worded.
export const corrections: DocumentRule<ArticleContext> = {
  name: 'corrections',
  check({ y, data, error, timeZone, info }) {
    const list = data.corrections;
    if (list === undefined || list === null) return;
    if (!Array.isArray(list)) {
      error(y.positionOf(['corrections']), 'corrections', `must be a list, found ${describe(list)}`, 'write each correction as "- date: 2026-01-09" with "text: …" on the next line, indented');
      return;
    }
    const f = fieldChecks(y, error, timeZone);
    list.forEach((entry: unknown, i) => {
      const field = `corrections[${i + 1}]`;
      if (!isRecord(entry)) {
        error(y.positionOf(['corrections', i]), field, `must have a date and a text, found ${describe(entry)}`, 'write "- date: 2026-01-09" and "  text: What was wrong and what is right"');
        return;
      }
      const d = f.date(entry.date, ['corrections', i, 'date'], true);
      if (d && info.publishedAt !== undefined && d.getTime() < info.publishedAt - DAY_MS) {
        error(y.positionOf(['corrections', i, 'date']), `${field}.date`, 'is before the article was published', 'give the date the correction was made');
      }
      f.requireString(entry, 'text', ['corrections', i, 'text'], 'text: "What was wrong, and what is right"');
      f.unknownFields(entry, ['date', 'text'], ['corrections', i], 'a correction');
    });
  },
};
