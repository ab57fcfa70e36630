import { closest } from '../closest';
import { describe } from './front-matter-fields';
import type { ArticleContext, DocumentRule } from './types';

export const ARTICLE_FORMATS = ['analysis', 'explainer', 'opinion', 'interview'] as const;

// The optional switches of an article: its format, draft and featured flags, its link-preview image.
export const articleOptions: DocumentRule<ArticleContext> = {
  name: 'article options',
  check({ y, data, error, imagePath, info }) {
    const format = data.format;
    if (format !== undefined && format !== null && !(typeof format === 'string' && (ARTICLE_FORMATS as readonly string[]).includes(format))) {
      const near = typeof format === 'string' ? closest(format, ARTICLE_FORMATS) : undefined;
      error(y.positionOf(['format']), 'format', `must be one of ${ARTICLE_FORMATS.join(', ')}, found ${describe(format)}`, near ? `did you mean ${near}?` : 'pick one of them, or remove the line for analysis');
    }
    const draft = data.draft;
    if (draft !== undefined && draft !== null && typeof draft !== 'boolean') {
      error(y.positionOf(['draft']), 'draft', `must be true or false, found ${describe(draft)}`, 'write draft: true or draft: false, without quotes');
    } else info.draft = draft === true;
    if (data.socialImage !== undefined && data.socialImage !== null) {
      imagePath(y.positionOf(['socialImage']), 'socialImage', data.socialImage, false);
    }
    const featured = data.featured;
    if (featured !== undefined && featured !== null && typeof featured !== 'boolean') {
      error(y.positionOf(['featured']), 'featured', `must be true or false, found ${describe(featured)}`, 'write featured: true to lead the front page, or remove the line');
    }
  },
};
