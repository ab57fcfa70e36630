import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from './check-content';

const FIXTURES = path.resolve(import.meta.dirname, '../../tests/fixtures');
const dirs: string[] = [];

/** A copy of the valid fixture site in a temp folder, to break one thing at a time. */
function site(): { root: string; content: string; check: () => ReturnType<typeof checkContent> } {
  const root = mkdtempSync(path.join(tmpdir(), 'standfirst-check-'));
  dirs.push(root);
  cpSync(path.join(FIXTURES, 'site'), root, { recursive: true });
  const content = path.join(root, 'content');
  return { root, content, check: () => checkContent({ contentDir: content, publicDir: path.join(root, 'public'), rootDir: root }) };
}

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('the valid fixture site', () => {
  it('has no problems at all', () => {
    const report = site().check();
    expect(report.problems).toEqual([]);
    expect(report.filesChecked).toBe(6);
  });
});

// Each broken fixture is a whole article with one defect; it must fail, naming the file and the field.
const broken: [fixture: string, field: string, message: RegExp][] = [
  ['missing-title', 'title', /is missing/],
  ['missing-dek', 'dek', /is missing/],
  ['empty-title', 'title', /is empty/],
  ['title-not-text', 'title', /must be text, found a list/],
  ['authors-not-a-list', 'authors', /must be a list/],
  ['authors-empty', 'authors', /at least one/],
  ['missing-authors', 'authors', /is missing/],
  ['tags-not-a-list', 'tags', /must be a list/],
  ['broken-yaml-quote', 'title', /the text of title opens a quote mark that is never closed/],
  ['broken-yaml-colon', 'dek', /the text of dek contains ": ", which YAML reads as the start of another field/],
  ['duplicate-field', 'title', /title appears twice/],
  ['no-front-matter', 'front matter', /does not start with front matter/],
  ['unclosed-front-matter', 'front matter', /never closed/],
  ['malformed-mdx', 'body', /malformed MDX/],
  ['unknown-component', '<Carousel>', /unknown component <Carousel>/],
  ['misspelt-component', '<Figur>', /unknown component <Figur>/],
  ['impossible-date', 'date', /day 30, but that month has 28 days/],
  ['impossible-time', 'date', /impossible time/],
  ['not-a-date', 'date', /not an ISO 8601 date/],
  ['updated-before-date', 'updated', /earlier than the publication date/],
  ['related-unknown', 'related', /no article has the slug "no-such-article"/],
  ['related-self', 'related', /points to the article itself/],
  ['unknown-author', 'authors', /"nobody-here" is not an author/],
  ['unknown-section', 'section', /"sport" is not a section/],
  ['hero-missing', 'image', /is missing/],
  ['hero-file-missing', 'image.src', /does not exist/],
  ['hero-remote-url', 'image.src', /remote image/],
  ['hero-relative-path', 'image.src', /must start with \//],
  ['hero-missing-alt', 'image.alt', /is missing/],
  ['hero-missing-caption', 'image.caption', /is missing/],
  ['hero-missing-credit', 'image.credit', /is missing/],
  ['hero-empty-credit', 'image.credit', /is empty/],
  ['figure-file-missing', '<Figure> src', /does not exist/],
  ['figure-missing-alt', '<Figure> alt', /is missing/],
  ['figure-missing-caption', '<Figure> caption', /is missing/],
  ['figure-missing-credit', '<Figure> credit', /is missing/],
  ['figure-unknown-attribute', '<Figure> width', /no attribute "width"/],
  ['unknown-field', 'titel', /not a field of an article/],
  ['bad-format', 'format', /must be one of analysis, explainer, opinion, interview/],
  ['draft-not-boolean', 'draft', /must be true or false/],
  ['featured-not-boolean', 'featured', /must be true or false/],
  ['social-image-remote', 'socialImage', /remote image/],
  ['correction-missing-text', 'corrections[1].text', /is missing/],
  ['correction-impossible-date', 'corrections[1].date', /month 13/],
  ['js-expression', 'body', /JavaScript expression/],
  ['heading-takes-page-id', 'body', /subheading "Main" would get the anchor #main/],
  ['import-statement', 'body', /import\/export/],
  ['script-element', '<script>', /not allowed/],
  ['html-event-handler', '<span> onClick', /event-handler attributes/],
  ['bare-img', '<img>', /no caption or credit/],
  ['markdown-image', 'body', /Markdown image/],
  ['javascript-link', '<a> href', /script or data URL/],
  ['empty-pull-quote', '<PullQuote>', /is empty/],
  ['chart-missing-source', '<Chart> source', /is missing/],
  ['chart-bad-type', '<Chart> type', /"pie" is not a chart type/],
  ['chart-unknown-column', '<Chart> y', /column "exports" is not in \/data\/fixture\.csv/],
  ['chart-unknown-x', '<Chart> x', /column "month" is not in \/data\/fixture\.csv/],
  ['chart-data-missing', '<Chart> data', /CSV file public\/data\/no-such-file\.csv does not exist/],
  ['chart-not-numeric', '<Chart> y', /"about 3900" on line 3, which is not a number/],
  ['map-no-places', '<Map>', /holds 0 <Place>; it takes 1 to 20/],
  ['map-missing-title', '<Map> title', /is missing/],
  ['map-place-lat-out-of-range', '<Place> lat', /"136\.29" is outside −90…90/],
  ['map-place-missing-name', '<Place> name', /is missing/],
  ['place-outside-map', '<Place>', /<Place> can only stand inside <Map>/],
  ['video-src-and-youtube', '<Video> youtube', /either src or youtube, not both/],
  ['video-neither-source', '<Video> src', /is missing \(and so is youtube\)/],
  ['video-bad-youtube-id', '<Video> youtube', /is not a YouTube video id/],
  ['video-file-missing', '<Video> src', /video file public\/media\/missing\.mp4 does not exist/],
  ['video-missing-poster', '<Video> poster', /is missing/],
  ['audio-missing-credit', '<Audio> credit', /is missing/],
  ['audio-transcript-missing', '<Audio> transcript', /transcript file public\/media\/no-transcript\.txt does not exist/],
  ['audio-unknown-attribute', '<Audio> autoplay', /no attribute "autoplay"/],
  ['lang-no-edition', 'lang', /"fr" has no edition/],
  ['body-link-unknown', 'body link', /links to \/articles\/second-articel, but no en article has the slug "second-articel"/],
  ['body-link-unknown-arabic', 'body link', /no ar article has the slug "no-such-arabic-piece"/],
  ['placeholder-hero', 'image.src', /still the template's placeholder image/],
  ['placeholder-figure', '<Figure> src', /still the template's placeholder image/],
  ['unclosed-figure', '<Figure>', /the <Figure> tag that opens here is never closed/],
  ['translation-same-language', 'translationKey', /already used by content\/articles\/valid-article\.mdx, which is also in en/],
  // Editorial elements (lib/elements/): each names the element and the attribute.
  ['gallery-one-photo', '<Gallery>', /holds 1 <Figure>; it takes 2 to 12/],
  ['gallery-holds-text', '<Gallery>', /may only hold <Figure> elements, found the text "A stray sentence\."/],
  ['profile-image-missing', '<Profile> image', /image file public\/images\/fixture\/portrait\.jpg does not exist/],
  ['profile-photo-incomplete', '<Profile> alt', /a portrait needs image, alt, credit together/],
  ['profile-missing-role', '<Profile> role', /is missing/],
  ['explainer-missing-title', '<Explainer> title', /is missing/],
  ['explainer-empty', '<Explainer>', /is empty/],
  ['event-impossible-date', '<Event> date', /"2024-13" is not a real calendar date/],
  ['event-bad-date-form', '<Event> date', /"May 2024" is not a date written YYYY, YYYY-MM or YYYY-MM-DD/],
  ['timeline-out-of-order', '<Timeline>', /not in date order: 2024-11-02 comes after 2025-03/],
  ['event-outside-timeline', '<Event>', /can only stand inside <Timeline>/],
  ['key-points-no-list', '<KeyPoints>', /exactly one Markdown list/],
  ['social-post-http-url', '<SocialPost> url', /does not start with https:\/\//],
  ['social-post-unknown-platform', '<SocialPost> platform', /"myspace" is not one of x, bluesky/],
  ['social-post-bad-date', '<SocialPost> date', /is not an ISO date/],
  ['table-missing-source', '<Table> source', /is missing/],
  ['table-bare', 'table', /must have a caption and a source/],
  ['table-no-table', '<Table>', /exactly one table/],
  ['related-link-unknown', '<RelatedLink> slug', /no article has the slug "second-artcle"/],
  ['related-link-inline', '<RelatedLink>', /is inside a paragraph/],
  ['footnote-undefined', 'footnote [^2]', /cited but never written/],
  ['footnote-unused', 'footnote [^note]', /written but never cited/],
  ['element-unknown-attribute', '<Explainer> colour', /has no attribute "colour"/],
];

describe('each broken article fails, naming file and field', () => {
  it.each(broken)('%s → %s', (fixture, field, message) => {
    const s = site();
    const name = `${fixture}.mdx`;
    cpSync(path.join(FIXTURES, 'broken', name), path.join(s.content, 'articles', name));
    const report = s.check();
    const errors = report.problems.filter((p) => p.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    // Every error is about the broken file: the rest of the site stays valid.
    expect(errors.every((p) => p.file === `content/articles/${name}`)).toBe(true);
    const match = errors.find((p) => p.field === field && message.test(p.message));
    expect(match, JSON.stringify(errors, null, 2)).toBeDefined();
    expect(match!.fix.length).toBeGreaterThan(5);
    expect(match!.line).toBeGreaterThanOrEqual(1);
  });

  it('covers every fixture in tests/fixtures/broken', async () => {
    const { readdirSync } = await import('node:fs');
    const files = readdirSync(path.join(FIXTURES, 'broken')).map((f) => f.replace(/\.mdx$/, ''));
    expect(files.sort()).toEqual(broken.map(([f]) => f).sort());
  });
});

describe('positions', () => {
  it('points at the line of the bad value in the file', () => {
    const s = site();
    cpSync(path.join(FIXTURES, 'broken', 'impossible-date.mdx'), path.join(s.content, 'articles', 'x.mdx'));
    const p = s.check().problems.find((q) => q.field === 'date');
    const lines = readFileSync(path.join(FIXTURES, 'broken', 'impossible-date.mdx'), 'utf8').split('\n');
    expect(lines[p!.line - 1]).toMatch(/^date: 2026-02-30/);
  });

  it('reports malformed MDX at a line of the file, not of the body', () => {
    const s = site();
    cpSync(path.join(FIXTURES, 'broken', 'malformed-mdx.mdx'), path.join(s.content, 'articles', 'x.mdx'));
    const p = s.check().problems.find((q) => q.field === 'body')!;
    const lines = readFileSync(path.join(FIXTURES, 'broken', 'malformed-mdx.mdx'), 'utf8').split('\n');
    const quoteLine = lines.findIndex((l) => l.startsWith('<PullQuote>')) + 1;
    expect(p.message).toContain(`line ${quoteLine}`);
  });
});

describe('body links', () => {
  it('points at the link line and suggests the nearest slug', () => {
    const s = site();
    cpSync(path.join(FIXTURES, 'broken', 'body-link-unknown.mdx'), path.join(s.content, 'articles', 'x.mdx'));
    const p = s.check().problems.find((q) => q.field === 'body link')!;
    const lines = readFileSync(path.join(FIXTURES, 'broken', 'body-link-unknown.mdx'), 'utf8').split('\n');
    expect(lines[p.line - 1]).toContain('](/articles/second-articel)');
    expect(p.fix).toBe('did you mean /articles/second-article?');
  });

  it('accepts a link to a published article, in either form of the address', () => {
    const s = site();
    const file = path.join(s.content, 'articles', 'valid-article.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Closing words', 'See [this](/articles/second-article/) and <a href="/articles/second-article#top">that</a>. Closing words'));
    expect(s.check().problems.filter((p) => p.field === 'body link')).toEqual([]);
  });

  it('warns, without failing, about a link to a draft or a scheduled article', () => {
    const s = site();
    const second = path.join(s.content, 'articles', 'second-article.mdx');
    const file = path.join(s.content, 'articles', 'valid-article.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Closing words', 'See [this](/articles/second-article). Closing words'));
    const original = readFileSync(second, 'utf8');
    writeFileSync(second, original.replace('tags: [Testing]', 'tags: [Testing]\ndraft: true'));
    const draft = s.check();
    expect(draft.problems.filter((p) => p.field === 'body link')).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('a draft') })]);
    writeFileSync(second, original.replace('date: 2025-12-01T08:00:00Z', 'date: 2099-12-01T08:00:00Z'));
    const later = s.check().problems.filter((p) => p.field === 'body link');
    expect(later).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('scheduled') })]);
  });
});

describe('broken YAML and MDX, in the words of an editor', () => {
  const first = (fixture: string) => {
    const s = site();
    cpSync(path.join(FIXTURES, 'broken', `${fixture}.mdx`), path.join(s.content, 'articles', 'x.mdx'));
    const errors = s.check().problems.filter((p) => p.severity === 'error');
    const lines = readFileSync(path.join(FIXTURES, 'broken', `${fixture}.mdx`), 'utf8').split('\n');
    return { errors, lineOf: (i: number) => lines[i - 1] ?? '' };
  };

  it('names the field whose line holds the YAML error, once per line', () => {
    const quote = first('broken-yaml-quote');
    expect(quote.errors.map((e) => e.field)).toEqual(['title']);
    expect(quote.lineOf(quote.errors[0]!.line)).toMatch(/^title: /);
    expect(quote.errors[0]!.fix).toContain('title: "…"');
    const colon = first('broken-yaml-colon');
    expect(colon.errors.map((e) => e.field)).toEqual(['dek']);
    expect(colon.errors[0]!.message).not.toMatch(/compact mappings/);
  });

  it('reports an unclosed <Figure at the line of its tag', () => {
    const { errors, lineOf } = first('unclosed-figure');
    expect(errors).toHaveLength(1);
    expect(lineOf(errors[0]!.line)).toMatch(/^<Figure /);
    expect(errors[0]!.fix).toContain('/>');
  });
});

describe('every problem at once', () => {
  it('reports all defects of one file and of several files in one run', () => {
    const s = site();
    const file = path.join(s.content, 'articles', 'many.mdx');
    const text = readFileSync(path.join(FIXTURES, 'broken', 'unknown-section.mdx'), 'utf8')
      .replace('date: 2026-02-10', 'date: 2026-02-31')
      .replace('authors: [ada-writer]', 'authors: [ghost]');
    writeFileSync(file, text);
    cpSync(path.join(FIXTURES, 'broken', 'hero-missing-credit.mdx'), path.join(s.content, 'articles', 'other.mdx'));
    const errors = s.check().problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => `${path.basename(p.file)} ${p.field}`).sort()).toEqual(
      ['many.mdx authors', 'many.mdx date', 'many.mdx section', 'other.mdx image.credit'].sort(),
    );
  });
});

describe('cross-document and file rules', () => {
  it('rejects two article slugs that differ only in case', () => {
    const s = site();
    cpSync(path.join(s.content, 'articles', 'valid-article.mdx'), path.join(s.content, 'articles', 'Valid-Article.mdx'));
    const errors = s.check().problems.filter((p) => p.field === 'slug (file name)' && /differs only in upper\/lower case/.test(p.message));
    expect(errors.map((e) => e.file).sort()).toEqual(['content/articles/Valid-Article.mdx', 'content/articles/valid-article.mdx']);
  });

  it('rejects a file that is not an article, author or section instead of skipping it', () => {
    const s = site();
    renameSync(path.join(s.content, 'articles', 'second-article.mdx'), path.join(s.content, 'articles', 'second-article.md'));
    const errors = s.check().problems.filter((p) => p.severity === 'error');
    const unknown = errors.find((p) => p.file === 'content/articles/second-article.md');
    expect(unknown?.field).toBe('file');
    expect(unknown?.fix).toContain('rename it to second-article.mdx');
    // ...and the article that relied on it now has a broken related link.
    expect(errors.some((p) => p.file === 'content/articles/valid-article.mdx' && p.field === 'related')).toBe(true);
  });

  it('checks sections', () => {
    const s = site();
    writeFileSync(path.join(s.content, 'sections', 'culture.yaml'), 'description: No title here\norder: first\n');
    const errors = s.check().problems.filter((p) => p.file === 'content/sections/culture.yaml');
    expect(errors.map((e) => e.field).sort()).toEqual(['order', 'title']);
  });

  it('checks authors, including the avatar file', () => {
    const s = site();
    writeFileSync(path.join(s.content, 'authors', 'cara.mdx'), '---\nname: Cara\navatar: /images/fixture/cara.jpg\n---\n\nBio.\n');
    const errors = s.check().problems.filter((p) => p.file === 'content/authors/cara.mdx');
    expect(errors.map((e) => e.field).sort()).toEqual(['avatar', 'role']);
  });

  it('suggests the right file when only the case of an image name is wrong', () => {
    const s = site();
    const file = path.join(s.content, 'articles', 'valid-article.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('/images/fixture/hero.jpg', '/images/fixture/Hero.jpg'));
    const p = s.check().problems.find((q) => q.field === 'image.src');
    expect(p?.fix).toContain('did you mean /images/fixture/hero.jpg');
  });

  it('warns, without failing, when a pull-quote is not in the body', () => {
    const s = site();
    const file = path.join(s.content, 'articles', 'valid-article.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('<PullQuote>The three parties', '<PullQuote>Two parties'));
    const report = s.check();
    expect(report.errorCount).toBe(0);
    expect(report.problems.find((p) => p.field === '<PullQuote>')?.severity).toBe('warning');
  });
});

describe('editorial warnings (the build still runs)', () => {
  const warn = (mutate: (text: string) => string, now?: Date) => {
    const s = site();
    const file = path.join(s.content, 'articles', 'valid-article.mdx');
    writeFileSync(file, mutate(readFileSync(file, 'utf8')));
    const report = checkContent({ contentDir: s.content, publicDir: path.join(s.root, 'public'), rootDir: s.root, now });
    expect(report.errorCount).toBe(0);
    return report.problems;
  };

  it('a standfirst outside 60–220 characters', () => {
    expect(warn((t) => t.replace(/^dek: .*$/m, 'dek: "Too short."')).map((p) => p.field)).toEqual(['dek']);
    expect(warn((t) => t.replace(/^dek: .*$/m, `dek: "${'x'.repeat(221)}"`)).map((p) => p.field)).toEqual(['dek']);
  });
  it('a headline over 110 characters', () => {
    expect(warn((t) => t.replace(/^title: .*$/m, `title: "${'Long '.repeat(23)}"`)).map((p) => p.field)).toEqual(['title']);
  });
  it('no tags', () => {
    expect(warn((t) => t.replace(/^tags: .*$\n/m, '')).map((p) => p.field)).toEqual(['tags']);
  });
  it('an image used twice', () => {
    const problems = warn((t) => t.replace('/images/fixture/inline.jpg', '/images/fixture/hero.jpg'));
    expect(problems.map((p) => [p.field, p.message])).toEqual([['<Figure> src', expect.stringContaining('/images/fixture/hero.jpg is already used')]]);
  });
  it('a hero narrower than 1200 px', () => {
    expect(warn((t) => t.replace('src: /images/fixture/hero.jpg', 'src: /images/fixture/inline.jpg')).map((p) => p.message)).toEqual([
      expect.stringContaining('12 px wide'),
      expect.stringContaining('already used'),
    ]);
  });
  it('TODO placeholders', () => {
    expect(warn((t) => t.replace(/^title: .*$/m, 'title: "TODO: headline"').replace('Closing words', 'TODO closing words')).map((p) => p.field).sort()).toEqual(['body', 'title']);
  });
  it('a future date says when the article goes live', () => {
    const problems = warn(
      (t) => t.replace('date: 2026-01-08', 'date: 2026-12-01T09:00:00+03:00').replace(/^updated: .*$\n/m, '').replace('- date: 2026-01-09', '- date: 2026-12-02'),
      new Date('2026-11-26T12:00:00Z'),
    );
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', field: 'date', message: expect.stringContaining('scheduled: goes live at the first build after 1 December 2026, 09:00') })]);
  });
});

describe('the body cache', () => {
  it('gives the same report as a fresh check, and still sees image files change on disk', () => {
    const s = site();
    cpSync(path.join(FIXTURES, 'broken', 'malformed-mdx.mdx'), path.join(s.content, 'articles', 'bad.mdx'));
    const opts = { contentDir: s.content, publicDir: path.join(s.root, 'public'), rootDir: s.root };
    const cache = new Map();
    const fresh = checkContent(opts);
    const first = checkContent({ ...opts, cache });
    expect(cache.size).toBeGreaterThan(0);
    const second = checkContent({ ...opts, cache });
    expect(first).toEqual(fresh);
    expect(second).toEqual(fresh);
    // The inline figure's file disappears: the cached body must not hide that.
    rmSync(path.join(s.root, 'public/images/fixture/inline.jpg'));
    const third = checkContent({ ...opts, cache });
    expect(third.problems.find((p) => p.file === 'content/articles/valid-article.mdx' && p.field === '<Figure> src')?.message).toMatch(/does not exist/);
  });
});

describe('element messages', () => {
  const line = (fixture: string, pattern: RegExp) => readFileSync(path.join(FIXTURES, 'broken', `${fixture}.mdx`), 'utf8').split('\n').findIndex((l) => pattern.test(l)) + 1;
  const problem = (fixture: string, field: string) => {
    const s = site();
    cpSync(path.join(FIXTURES, 'broken', `${fixture}.mdx`), path.join(s.content, 'articles', `${fixture}.mdx`));
    return s.check().problems.find((p) => p.field === field)!;
  };

  it('point at the line and column of the attribute, with a fix', () => {
    const p = problem('event-impossible-date', '<Event> date');
    expect([p.line, p.column]).toEqual([line('event-impossible-date', /<Event date="2024-13"/), 8]);
    expect(p.fix).toBe('write the date as 2025, 2025-05 or 2025-05-14');
  });

  it('suggest the slug meant by a typo', () => {
    expect(problem('related-link-unknown', '<RelatedLink> slug').fix).toBe('did you mean second-article?');
  });

  it('place an undefined footnote at its reference', () => {
    const p = problem('footnote-undefined', 'footnote [^2]');
    expect(p.line).toBe(line('footnote-undefined', /\[\^2\]/));
  });
});

describe('RelatedLink needs a published article of the same edition', () => {
  const link = (s: ReturnType<typeof site>, front: string) => {
    const other = readFileSync(path.join(s.content, 'articles', 'second-article.mdx'), 'utf8').replace(/^---\n/, `---\n${front}\n`);
    writeFileSync(path.join(s.content, 'articles', 'second-article.mdx'), other);
    const file = readFileSync(path.join(FIXTURES, 'broken', 'related-link-unknown.mdx'), 'utf8').replace('second-artcle', 'second-article');
    writeFileSync(path.join(s.content, 'articles', 'linking.mdx'), file);
    return s.check().problems.filter((p) => p.field === '<RelatedLink> slug');
  };

  it('accepts a published article', () => {
    expect(link(site(), 'featured: false')).toEqual([]);
  });

  it('refuses a draft', () => {
    expect(link(site(), 'draft: true')).toEqual([expect.objectContaining({ severity: 'error', file: 'content/articles/linking.mdx', message: expect.stringContaining('is a draft') })]);
  });

  it('refuses a scheduled article', () => {
    const s = site();
    const file = path.join(s.content, 'articles', 'second-article.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^date: .*$/m, 'date: 2099-01-01'));
    expect(link(s, 'featured: false')).toEqual([expect.objectContaining({ message: expect.stringContaining('is scheduled') })]);
  });

  it('refuses an article of the other edition', () => {
    expect(link(site(), 'lang: ar')).toEqual([expect.objectContaining({ message: expect.stringContaining('is in the ar edition') })]);
  });
});
