import { describe, fieldChecks } from './front-matter-fields';
import type { DocumentRule } from './types';

const SECTION_FIELDS = ['title', 'description', 'order', 'title_ar', 'description_ar'] as const;

// A section file (content/sections/*.yaml): its name and description in each edition, and its place in the menu.
export const sectionFrontMatter: DocumentRule = {
  name: 'section front matter',
  check({ y, data, error, timeZone }) {
    const f = fieldChecks(y, error, timeZone);
    f.requireString(data, 'title', ['title'], 'title: "Section name"');
    f.requireString(data, 'description', ['description'], 'description: "One sentence on what the section covers"');
    const order = data.order;
    if (order !== undefined && order !== null && typeof order !== 'number') {
      error(y.positionOf(['order']), 'order', `must be a number, found ${describe(order)}`, 'write order: 1 (without quotes)');
    }
    f.requireString(data, 'title_ar', ['title_ar'], 'title_ar: "اسم القسم"', false);
    f.requireString(data, 'description_ar', ['description_ar'], 'description_ar: "جملة عن القسم"', false);
    f.unknownFields(data, SECTION_FIELDS, [], 'a section');
  },
};
