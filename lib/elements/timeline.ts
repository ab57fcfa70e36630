import type { ElementNode } from './types';
import { defineElement } from './types';

/** Compares partial dates: 2024 and 2024-05 are not out of order (one contains the other). */
function before(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n);
}

export const timeline = defineElement({
  name: 'Timeline',
  summary: 'A chronology: dated events in order, each with a title and a short text.',
  attributes: {
    title: { required: true, prose: true, description: 'what the chronology covers', example: 'How the talks unfolded' },
  },
  children: { kind: 'elements', names: ['Event'], min: 1, max: 100 },
  check: ({ node, error }) => {
    let previous: string | undefined;
    for (const child of node.children) {
      if ((child.type !== 'mdxJsxFlowElement' && child.type !== 'mdxJsxTextElement') || child.name !== 'Event') continue;
      const attr = (child as ElementNode).attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'date');
      const date = typeof attr?.value === 'string' ? attr.value : undefined;
      if (!date || !/^\d{4}(-\d{2}){0,2}$/.test(date)) continue; // reported by <Event> itself
      if (previous && before(date, previous)) {
        error(undefined, `events are not in date order: ${date} comes after ${previous}`, 'put the events in date order, earliest first', attr ?? child);
      }
      previous = date;
    }
  },
  example: `<Timeline title="How the talks unfolded">
<Event date="2024-12" title="The government falls">

What happened, in a sentence or two.

</Event>
<Event date="2025-05-14" title="First meeting">

What happened.

</Event>
</Timeline>`,
  errors: ['events out of date order', 'anything but <Event> between its tags'],
  searchable: true,
});
