// The changes the publish-identity check applies (scripts/checks/publish-identity.ts): what a
// newsroom does in a day, each applied to a copy of the sample content. Several kinds share a step
// so the check stays within minutes; the order is the order of a day.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type Workspace = { dir: string; env: Record<string, string> };
export type IdentityStep = {
  name: string;
  apply: (ws: Workspace) => void;
  /** Start a build and kill it this long after, before the real incremental build. */
  killAfterMs?: number;
  /** The most pages the incremental build may render for this change. */
  maxRendered?: number;
};

const file = (ws: Workspace, rel: string) => path.join(ws.dir, rel);
const article = (slug: string) => `content/articles/${slug}.mdx`;

function edit(ws: Workspace, rel: string, change: (text: string) => string): void {
  const before = readFileSync(file(ws, rel), 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`publish identity: the change to ${rel} changed nothing`);
  writeFileSync(file(ws, rel), after);
}

/** Replaces one front-matter line (`key: …`) of an article. */
const setField = (key: string, value: string) => (text: string) => text.replace(new RegExp(`^${key}:.*$`, 'm'), `${key}: ${value}`);

function bodyWord(text: string): string {
  const end = text.indexOf('\n---', 3) + 4;
  const body = text.slice(end);
  return text.slice(0, end) + body.replace(/\b(however|but|and)\b/, (w) => (w === 'and' ? 'plus' : 'yet'));
}

export function identitySteps(): IdentityStep[] {
  return [
    {
      name: 'one-word edit to a body',
      apply: (ws) => edit(ws, article('egypt-wheat-import-bill'), bodyWord),
      maxRendered: 1,
    },
    {
      name: 'headline, standfirst and tags edited; a correction',
      apply: (ws) => {
        edit(ws, article('gulf-crude-asia-buyers'), setField('title', '"Asian refiners take more Gulf crude than ever"'));
        edit(ws, article('iraq-electricity-imports-summer'), setField('dek', '"Baghdad still buys power from its neighbours every summer, and pays late."'));
        edit(ws, article('morocco-water-desalination'), setField('tags', '[Morocco, Water, Energy, Desalination]'));
        edit(ws, article('sudan-war-economy-gold'), (t) => t.replace(/\n---/, '\ncorrections:\n  - date: 2026-12-07\n    text: "An earlier version gave the wrong year for the first gold export ban."\n---'));
      },
    },
    {
      name: 'a section move, a second author and a new hero caption',
      apply: (ws) => {
        edit(ws, article('saudi-tourism-visitor-targets'), setField('section', 'economy'));
        edit(ws, article('remittances-egypt-jordan'), setField('authors', '[karim-mansour, rasha-nimri]'));
        edit(ws, article('lebanon-banks-deposit-question'), (t) => t.replace(/^(\s+caption:\s*).*$/m, '$1"Depositors queue outside a branch in central Beirut."'));
      },
      killAfterMs: 4000,
    },
    {
      name: 'a new article, and one deleted',
      apply: (ws) => {
        const source = readFileSync(file(ws, article('red-sea-shipping-detour-costs')), 'utf8');
        writeFileSync(
          file(ws, article('red-sea-insurers-return')),
          source.replace(/^title:.*$/m, 'title: "Insurers drift back to the Red Sea route"').replace(/^date:.*$/m, 'date: 2026-12-07T09:00:00+03:00').replace(/^related:.*$/m, '').replace(/^translationKey:.*$/m, ''),
        );
        rmSync(file(ws, article('gulf-museum-boom-opinion')));
      },
    },
    {
      name: 'a draft published, an article unpublished',
      apply: (ws) => {
        edit(ws, article('gcc-bond-issuance-draft'), setField('draft', 'false'));
        edit(ws, article('morocco-car-factories-exports'), (t) => t.replace(/\n---/, '\ndraft: true\n---'));
      },
    },
    {
      name: 'the clock passes a scheduled article (and the news sitemap window moves)',
      apply: (ws) => {
        ws.env.STANDFIRST_NOW = '2027-03-02T12:00:00+03:00';
      },
    },
    {
      name: 'an author, a section and an issue edited',
      apply: (ws) => {
        edit(ws, 'content/authors/lina-haddad.mdx', setField('role', 'Diplomatic editor'));
        edit(ws, 'content/sections/culture.yaml', setField('description', '"Art, books, film and the ideas behind them."'));
        edit(ws, 'content/magazine/2026-11.yaml', setField('description', '"Water, power and the price of staying put."'));
      },
      killAfterMs: 8000,
    },
    {
      name: 'a photo changed',
      apply: (ws) => {
        const photo = file(ws, 'public/images/egypt-wheat-import-bill/hero.jpg');
        const bytes = readFileSync(photo);
        // A comment segment after the JPEG's start marker: new bytes, the same picture and size.
        writeFileSync(photo, Buffer.concat([bytes.subarray(0, 2), Buffer.from([0xff, 0xfe, 0x00, 0x08]), Buffer.from('edit!!'), bytes.subarray(2)]));
      },
    },
    {
      name: 'a code change (an interface word)',
      apply: (ws) => edit(ws, 'lib/dictionaries.ts', (t) => t.replace("skipToContent: 'Skip to content'", "skipToContent: 'Skip to the content'")),
    },
  ];
}
