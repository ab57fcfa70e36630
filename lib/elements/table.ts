import { defineElement } from './types';

export const table = defineElement({
  name: 'Table',
  summary: 'A table with a caption and its source; it scrolls sideways on phones instead of widening the page.',
  attributes: {
    caption: { required: true, prose: true, description: 'what the table shows', example: 'Electricity imports by source, 2024' },
    source: { required: true, prose: true, description: 'where the figures come from', example: 'Ministry of Electricity' },
  },
  children: { kind: 'table' },
  example: `<Table caption="Electricity imports by source, 2024" source="Ministry of Electricity">

| Source | Share |
|---|---|
| Iran | 30% |
| Turkey | 10% |

</Table>`,
  errors: ['anything but one Markdown pipe table between its tags'],
  searchable: true,
});
