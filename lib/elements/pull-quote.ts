import { toString } from 'mdast-util-to-string';
import { normaliseForQuote } from './text';
import { defineElement } from './types';

export const pullQuote = defineElement({
  name: 'PullQuote',
  summary: 'A sentence from the text, set large. Screen readers and search skip it, because it repeats the text.',
  attributes: {},
  children: { kind: 'text', what: 'a sentence from the article' },
  check: ({ node, kind, normalisedBody, warn }) => {
    const quote = toString(node).trim();
    if (quote && kind === 'article' && !normalisedBody.includes(normaliseForQuote(quote))) {
      warn(undefined, 'its words do not appear in the article text', 'copy the sentence word for word from the body (case and punctuation may differ)');
    }
  },
  example: '<PullQuote>A sentence copied word for word from the text above.</PullQuote>',
  errors: ['a warning when its words do not appear in the article text'],
  searchable: false,
});
