import { partialDate } from './forms';
import { defineElement } from './types';

export const event = defineElement({
  name: 'Event',
  summary: 'One dated event of a <Timeline>.',
  attributes: {
    date: { required: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD', example: '2025-05-14', schema: partialDate, fix: 'write the date as 2025, 2025-05 or 2025-05-14' },
    title: { required: true, prose: true, description: 'what happened, in a few words', example: 'First meeting' },
  },
  children: { kind: 'markdown', what: 'a sentence or two on what happened' },
  parent: 'Timeline',
  example: `<Timeline title="One event">
<Event date="2025-05-14" title="First meeting">

What happened.

</Event>
</Timeline>`,
  errors: ['a date not written YYYY, YYYY-MM or YYYY-MM-DD, or not a real date', 'outside a <Timeline>'],
  searchable: true,
});
