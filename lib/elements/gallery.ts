import { defineElement } from './types';

export const gallery = defineElement({
  name: 'Gallery',
  summary: 'A photo essay: two to twelve photos in a grid, each with its own caption and credit.',
  attributes: {
    caption: { required: false, prose: true, description: 'a caption for the whole set', example: 'Three days on the Euphrates.' },
  },
  children: { kind: 'elements', names: ['Figure'], min: 2, max: 12 },
  example: `<Gallery caption="A caption for the whole set.">
<Figure src="/images/my-article/one.jpg" alt="What the first photo shows" caption="Who, what, where." credit="PHOTOGRAPHER / AGENCY" />
<Figure src="/images/my-article/two.jpg" alt="What the second photo shows" caption="Who, what, where." credit="PHOTOGRAPHER / AGENCY" />
</Gallery>`,
  errors: ['fewer than 2 or more than 12 photos', 'anything but <Figure /> between its tags'],
  searchable: true,
});
