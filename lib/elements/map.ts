import { defineElement } from './types';

export const MAX_PLACES = 20;

export const map = defineElement({
  name: 'Map',
  summary: 'A locator map drawn at build time from Natural Earth boundaries, framed around its places, which are also listed as text.',
  attributes: {
    title: { required: true, prose: true, description: 'what the map shows', example: 'The Lebanon–Syria frontier' },
    source: { required: true, prose: true, description: 'where the boundaries and places come from', example: 'Natural Earth' },
    caption: { required: false, prose: true, description: 'a sentence on what the reader should notice', example: 'Masnaa is the main crossing.' },
  },
  children: { kind: 'elements', names: ['Place'], min: 1, max: MAX_PLACES },
  example: `<Map title="The Lebanon–Syria frontier" source="Natural Earth">
  <Place name="Beirut" lat="33.89" lon="35.50" />
  <Place name="Damascus" lat="33.51" lon="36.29" />
</Map>`,
  errors: ['no places, or more than 20', 'anything but <Place /> between its tags'],
  searchable: true,
});
