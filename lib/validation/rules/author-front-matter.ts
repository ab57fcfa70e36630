import { fieldChecks } from './front-matter-fields';
import type { DocumentRule } from './types';

const AUTHOR_FIELDS = ['name', 'role', 'avatar', 'name_ar', 'role_ar'] as const;

// An author page's front matter: the byline, the role, and a portrait if there is one.
export const authorFrontMatter: DocumentRule = {
  name: 'author front matter',
  check({ y, data, error, timeZone, imagePath }) {
    const f = fieldChecks(y, error, timeZone);
    f.requireString(data, 'name', ['name'], 'name: "Full Name"');
    f.requireString(data, 'role', ['role'], 'role: "Diplomatic correspondent"');
    if (data.avatar !== undefined && data.avatar !== null) imagePath(y.positionOf(['avatar']), 'avatar', data.avatar, false);
    f.requireString(data, 'name_ar', ['name_ar'], 'name_ar: "الاسم بالعربية"', false);
    f.requireString(data, 'role_ar', ['role_ar'], 'role_ar: "المسمى بالعربية"', false);
    f.unknownFields(data, AUTHOR_FIELDS, [], 'an author');
  },
};
