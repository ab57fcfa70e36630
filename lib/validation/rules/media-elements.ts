import type { RootContent } from 'mdast';
import { CHART_ATTRIBUTES, checkChart } from './chart';
import { MAP_ATTRIBUTES, PLACE_ATTRIBUTES, checkMap } from './map';
import type { ElementContext, ElementIssue, ElementNode } from './media-types';
import { AUDIO_ATTRIBUTES, VIDEO_ATTRIBUTES, checkAudio, checkVideo } from './video-audio';

// The chart, map, video and audio elements for the content check: their attribute names,
// and the checks that read files (which run on every check, never from the body cache).

export const MEDIA_ELEMENTS = {
  Chart: CHART_ATTRIBUTES,
  Map: MAP_ATTRIBUTES,
  Place: PLACE_ATTRIBUTES,
  Video: VIDEO_ATTRIBUTES,
  Audio: AUDIO_ATTRIBUTES,
} as const satisfies Record<string, readonly string[]>;

export type MediaElement = keyof typeof MEDIA_ELEMENTS;

export function isMediaElement(name: string): name is MediaElement {
  return name in MEDIA_ELEMENTS;
}

type JsxNode = Extract<RootContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;
type At = (n: JsxNode) => ElementNode['pos'];

/** The element as the checks read it (plain data, so the body cache can store it). */
export function elementNode(node: JsxNode, at: At): ElementNode {
  const attrs: Record<string, string | null> = {};
  for (const a of node.attributes) if (a.type === 'mdxJsxAttribute') attrs[a.name] = typeof a.value === 'string' ? a.value : null;
  const children: ElementNode[] = [];
  let hasText = false;
  const collect = (kids: RootContent[]) => {
    for (const k of kids) {
      if (k.type === 'mdxJsxFlowElement' || k.type === 'mdxJsxTextElement') children.push(elementNode(k, at));
      else if (k.type === 'text') hasText ||= k.value.trim() !== '';
      // MDX wraps inline content in a paragraph: look through it.
      else if (k.type === 'paragraph') collect(k.children);
      else hasText = true;
    }
  };
  collect(node.children as RootContent[]);
  return { name: node.name, attrs, pos: at(node), children, hasText };
}

/** Every problem of one media element, at top level of the body. */
export function checkMediaElement(name: MediaElement, node: ElementNode, ctx: ElementContext): ElementIssue[] {
  switch (name) {
    case 'Chart':
      return checkChart(node, ctx);
    case 'Map':
      return checkMap(node);
    case 'Place':
      return [{ attribute: '', message: '<Place /> belongs inside a <Map>', fix: 'put it between <Map title="…" source="…"> and </Map>' }];
    case 'Video':
      return checkVideo(node, ctx);
    case 'Audio':
      return checkAudio(node, ctx);
    default: {
      const never: never = name;
      return never;
    }
  }
}

/** The report's field for an issue: `<Chart> y`, `<Place> lat`, or `<Place>` for the element as a whole. */
export function issueField(name: MediaElement, issue: ElementIssue): string {
  const element = `<${issue.element ?? name}>`;
  return issue.attribute ? `${element} ${issue.attribute}` : element;
}
