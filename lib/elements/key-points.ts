import { defineElement } from './types';

export const keyPoints = defineElement({
  name: 'KeyPoints',
  summary: 'A boxed list of the main points, near the top of a long read.',
  attributes: {
    title: { required: false, prose: true, description: 'the box title (default "Key points", in the edition’s language)', example: 'In short' },
  },
  children: { kind: 'list' },
  example: `<KeyPoints>

- The first point, in one sentence.
- The second point.

</KeyPoints>`,
  errors: ['anything but one Markdown list between its tags'],
  searchable: true,
});
