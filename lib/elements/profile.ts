import { IMAGE_FILE } from './figure';
import { defineElement } from './types';

const PHOTO = ['image', 'alt', 'credit'] as const;

export const profile = defineElement({
  name: 'Profile',
  summary: 'A short profile of a person in the story, in a box the reader opens, with an optional photo.',
  attributes: {
    name: { required: true, description: 'the person’s name', example: 'Hana Saleh' },
    role: { required: true, prose: true, description: 'who they are, in a few words', example: 'Lebanon’s energy minister' },
    image: { required: false, description: 'a portrait, a file under public/ (with alt and credit)', example: '/images/my-article/portrait.jpg', file: IMAGE_FILE },
    alt: { required: false, description: 'what the portrait shows (with image)', example: 'Hana Saleh at a news conference' },
    credit: { required: false, description: 'the portrait’s credit (with image)', example: 'PHOTOGRAPHER / AGENCY' },
  },
  children: { kind: 'markdown', what: 'the profile, in Markdown paragraphs' },
  check: ({ attrs, error }) => {
    const given = PHOTO.filter((a) => attrs[a] !== undefined);
    if (given.length === 0 || given.length === PHOTO.length) return;
    for (const a of PHOTO.filter((p) => attrs[p] === undefined)) {
      error(a, `is missing: a portrait needs ${PHOTO.join(', ')} together`, `add ${a}="…", or remove ${given.map((g) => `${g}="…"`).join(' and ')}`);
    }
  },
  example: `<Profile name="Hana Saleh" role="Lebanon’s energy minister">

Who she is and why she matters to the story, in a paragraph or two.

</Profile>`,
  errors: ['image, alt and credit not given together'],
  searchable: true,
});
