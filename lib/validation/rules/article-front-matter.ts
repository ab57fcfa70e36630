import { EDITIONS } from '../../site';
import { closest } from '../closest';
import { describe, fieldChecks } from './front-matter-fields';
import type { ArticleContext, DocumentRule } from './types';

const ARTICLE_FIELDS = [
  'title', 'dek', 'date', 'updated', 'section', 'authors', 'tags', 'image', 'related', 'format', 'draft', 'featured', 'socialImage', 'corrections', 'lang', 'translationKey',
] as const;

// An article's required text, dates, edition and the documents it names; what the site rules
// need from them (publication time, language, section, authors, related) goes into `info`.
export const articleFields: DocumentRule<ArticleContext> = {
  name: 'article front matter',
  check({ y, data, error, timeZone, info }) {
    const f = fieldChecks(y, error, timeZone);
    f.requireString(data, 'title', ['title'], 'title: "The headline"');
    f.requireString(data, 'dek', ['dek'], 'dek: "One sentence that frames the piece"');
    const published = f.date(data.date, ['date'], true);
    const updated = f.date(data.updated, ['updated'], false);
    if (published && updated && updated.getTime() < published.getTime()) {
      error(y.positionOf(['updated']), 'updated', 'is earlier than the publication date', 'set updated to the time of the last substantive change, after date');
    }
    if (published) info.publishedAt = published.getTime();

    const lang = data.lang;
    if (lang !== undefined && lang !== null) {
      if (typeof lang === 'string' && (EDITIONS as readonly string[]).includes(lang)) info.lang = lang;
      else {
        const near = typeof lang === 'string' ? closest(lang, EDITIONS) : undefined;
        error(y.positionOf(['lang']), 'lang', `${typeof lang === 'string' ? `"${lang}"` : describe(lang)} has no edition: the site publishes ${EDITIONS.join(', ')}`, near ? `did you mean ${near}?` : `write lang: ${EDITIONS.join(' or lang: ')}, or add the edition to editions in lib/site.ts first`);
      }
    } else info.lang = 'en';
    const translationKey = f.requireString(data, 'translationKey', ['translationKey'], 'translationKey: a-shared-key', false);
    if (translationKey) info.translationKey = { value: translationKey, pos: y.positionOf(['translationKey']) };

    const section = f.requireString(data, 'section', ['section'], 'section: middle-east (a file name from content/sections/)');
    if (section) info.section = { value: section, pos: y.positionOf(['section']) };
    info.authors = f.stringList(data, 'authors', 'author slugs', 'authors: [lina-haddad]', true);
    const seenAuthors = new Set<string>();
    for (const a of info.authors) {
      if (seenAuthors.has(a.value)) error(a.pos, 'authors', `lists "${a.value}" twice`, 'remove the repeated author');
      seenAuthors.add(a.value);
    }
    f.stringList(data, 'tags', 'tags', 'tags: [Syria, Diplomacy]', false);
    info.related = f.stringList(data, 'related', 'article slugs', 'related: [other-article-slug]', false);
  },
};

// Last of the front-matter rules, so a misspelt field is reported after what its absence caused.
export const articleUnknownFields: DocumentRule<ArticleContext> = {
  name: 'article unknown fields',
  check({ y, data, error, timeZone }) {
    fieldChecks(y, error, timeZone).unknownFields(data, ARTICLE_FIELDS, [], 'an article');
  },
};
