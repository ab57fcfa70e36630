import { defineElement } from './types';

export const explainer = defineElement({
  name: 'Explainer',
  summary: 'Background in a box the reader opens (closed by default, open in print).',
  attributes: {
    title: { required: true, prose: true, description: 'the question it answers', example: 'What is the 1974 Disengagement Agreement?' },
  },
  children: { kind: 'markdown', what: 'the explanation, in Markdown paragraphs' },
  example: `<Explainer title="What is the 1974 Disengagement Agreement?">

The background, in a paragraph or two of Markdown.

</Explainer>`,
  searchable: true,
});
