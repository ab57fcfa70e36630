import type { RootContent } from 'mdast';
import type { ZodType } from 'zod';

// The shape of an editorial element's one definition (see docs/adr/0012-element-definitions.md).
// Definitions are plain data plus small check functions: no React, no chart library, so the
// content check can import them all and stay fast.

export type Position = { line: number; column: number };

export type ElementNode = Extract<RootContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

/** A file an attribute points to, checked against public/ on every run (never cached). */
export type FileAttribute = {
  /** Allowed extensions, lower case with the dot. */
  extensions: readonly string[];
  /** "image", "video", "CSV file": used in messages. */
  what: string;
  /**
   * Extra checks of the file's contents, e.g. a chart's columns. Returns problems on any
   * attribute of the same element. Runs only when the file exists.
   */
  verify?: (fullPath: string, attrs: Readonly<Record<string, string>>) => AttributeProblem[];
};

export type AttributeProblem = { attr: string; message: string; fix: string };

export type AttributeSpec = {
  required: boolean;
  /** One line for the guide: what the value is. */
  description: string;
  /** A valid value, used in fixes and in the guide. */
  example: string;
  /** The form of the value. Its issue message is shown to the editor after the attribute name. */
  schema?: ZodType<unknown>;
  /** What the editor should write instead when the schema rejects the value. */
  fix?: string;
  /** The value is a path to a file under public/. */
  file?: FileAttribute;
  /** The value is text the reader reads: it gets the edition's typographic quotes and dashes (lib/typography.ts). */
  prose?: true;
  /** The value is the slug of a published article of the same edition. */
  article?: true;
};

/** What may stand between the element's tags. */
export type ChildrenRule =
  | { kind: 'none' }
  /** Text (any inline Markdown), not empty. `what` completes "put … between the tags". */
  | { kind: 'text'; what: string }
  /** Any Markdown (paragraphs, lists, links), not empty. */
  | { kind: 'markdown'; what: string }
  /** Only these elements, between min and max of them. */
  | { kind: 'elements'; names: readonly string[]; min: number; max: number }
  /** Exactly one Markdown list. */
  | { kind: 'list' }
  /** Exactly one GFM pipe table. */
  | { kind: 'table' };

/** Reports a problem at the element (or at `node`, e.g. a child), on `<Name> attr` or `<Name>`. */
export type Report = (attr: string | undefined, message: string, fix: string, node?: { position?: ElementNode['position'] }) => void;

export type ElementCheckContext = {
  node: ElementNode;
  /** The attributes written as quoted strings (others were already reported). */
  attrs: Readonly<Record<string, string>>;
  error: Report;
  warn: Report;
  kind: 'article' | 'author';
  /** The body's reading text, normalised by normaliseForQuote (pull-quotes compare against it). */
  normalisedBody: string;
};

export type ElementDefinition<Name extends string = string, Attrs extends Record<string, AttributeSpec> = Record<string, AttributeSpec>> = {
  name: Name;
  /** One sentence for the guide: what the reader sees. */
  summary: string;
  attributes: Attrs;
  children: ChildrenRule;
  /** The element may only appear directly inside this one (Event in Timeline). */
  parent?: string;
  /** Checks beyond attributes and children: they see only the text, so their result is cached. */
  check?: (ctx: ElementCheckContext) => void;
  /** A complete, valid use, for the guide and `npm run new`. */
  example: string;
  /** Errors the element can give beyond the generic ones, for the guide. */
  errors?: readonly string[];
  /** Whether search indexes its text (PullQuote is a repeat). */
  searchable: boolean;
};

/** Keeps the literal name and attribute keys, so components' props are typed from the definition. */
export function defineElement<const Name extends string, const Attrs extends Record<string, AttributeSpec>>(
  definition: ElementDefinition<Name, Attrs>,
): ElementDefinition<Name, Attrs> {
  return definition;
}

/** The props a component receives for an element: required attributes are strings, the rest optional. */
export type AttributesOf<D> =
  D extends ElementDefinition<string, infer A>
    ? { [K in keyof A as A[K]['required'] extends true ? K : never]: string } & {
        [K in keyof A as A[K]['required'] extends true ? never : K]?: string;
      }
    : never;
