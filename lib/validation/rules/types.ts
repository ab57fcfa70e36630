import type { Root } from 'mdast';
import type { ParsedYaml, Position } from '../front-matter';
import type { ImageFacts } from '../image-facts';
import type { Severity } from '../problems';

// A body rule sees one parsed MDX body and reports what is wrong in it. Its result depends
// only on the text, so the content check caches it by the body's hash.

export type Located = { position?: { start: { line: number; column: number } } };

export type BodyReport = (at: Located | Position, field: string, message: string, fix: string, severity?: Severity) => void;

export type BodyRule = {
  name: string;
  check: (tree: Root, report: BodyReport, kind: 'article' | 'author') => void;
};

type Loc = Position;

/** What the content check knows about an article once every file is read. */
export type ArticleInfo = {
  file: string;
  slug: string;
  draft: boolean;
  /** Dated after the build's clock: published by a later build. */
  scheduled?: boolean;
  section?: { value: string; pos: Loc };
  authors: { value: string; pos: Loc }[];
  related: { value: string; pos: Loc }[];
  lang?: string;
  publishedAt?: number;
  translationKey?: { value: string; pos: Loc };
};

/** An element attribute naming an article (RelatedLink slug), found in a body. */
export type ArticleRef = { file: string; kind: 'article' | 'author'; pos: Loc; element: string; attr: string; value: string };

export type SiteReport = (file: string, pos: Loc, field: string, message: string, fix: string) => void;

/** Everything read from content/, for the rules that compare documents with each other. */
export type Site = {
  articles: readonly ArticleInfo[];
  /** slug → file */
  authors: ReadonlyMap<string, string>;
  sections: ReadonlyMap<string, string>;
  articleRefs: readonly ArticleRef[];
  /** Image path → every place it is shown. */
  imageUses: ReadonlyMap<string, readonly { file: string; pos: Loc; field: string }[]>;
  /** file → the template placeholder images it shows (hero or figures). */
  placeholders: ReadonlyMap<string, readonly { field: string; src: string; pos: Loc }[]>;
  /** file → the links in its body (positions are file lines). */
  bodyLinks: ReadonlyMap<string, readonly { url: string; pos: Loc }[]>;
  /** The moment against which scheduled articles are judged. */
  now: Date;
  contentDir: string;
  publicDir: string;
  /** Every file under content/ (full paths, dot-files left out). */
  contentFiles: readonly string[];
  /** A full path as messages show it (relative to the project). */
  rel: (full: string) => string;
  /** Start of a `YYYY-MM` month in the newsroom's time zone, as epoch ms. */
  monthStart: (month: string) => number;
  error: SiteReport;
  warn: SiteReport;
};

/** A rule across documents: run once, after every file has been read. */
export type SiteRule = { name: string; check: (site: Site) => void };

export type DocReport = (pos: Loc, field: string, message: string, fix: string) => void;

/** Checks an image path a document names (form, file on disk, reuse); the photo's facts when the file exists. */
export type ImagePathCheck = (pos: Loc, field: string, value: unknown, required: boolean) => ImageFacts | undefined;

/** One document whose front matter parsed as fields, for the rules that check it on its own. */
export type DocumentContext = {
  /** As messages show it (relative to the project). */
  file: string;
  /** The front matter with the position of every value and key. */
  y: ParsedYaml;
  data: Record<string, unknown>;
  timeZone: string;
  /** The moment against which scheduled articles are judged. */
  now: Date;
  error: DocReport;
  warn: DocReport;
  imagePath: ImagePathCheck;
};

/** An article: what its rules learn (dates, edition, authors…) they record in `info` for the site rules. */
export type ArticleContext = DocumentContext & { info: ArticleInfo; body: string; bodyStartLine: number };

/** A rule on one document's front matter; the registry's order is the order problems are found in. */
export type DocumentRule<C extends DocumentContext = DocumentContext> = { name: string; check: (doc: C) => void };
