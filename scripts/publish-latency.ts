// The three publishes an editor makes most, applied to a built synthetic site for the benchmark
// (issue 14): a one-word edit to one article's body, a new article, and a correction. Each is
// followed by a real `npm run build`, whose wall time is what the newsroom waits.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type PublishEdit = { name: string; apply: () => void };

const file = (ws: string, slug: string) => path.join(ws, 'content', 'articles', `${slug}.mdx`);

/** Splits an MDX file into its front matter (without the fences) and its body. */
function split(text: string): { front: string; body: string } {
  const end = text.indexOf('\n---', 3);
  if (!text.startsWith('---') || end < 0) throw new Error('publish-latency: an article without front matter');
  return { front: text.slice(4, end), body: text.slice(end + 4) };
}

export function publishEdits(ws: string, publishedSlugs: readonly string[], now: Date): PublishEdit[] {
  const pick = (i: number) => {
    const slug = publishedSlugs[Math.floor((publishedSlugs.length * i) / 4)];
    if (!slug || !existsSync(file(ws, slug))) throw new Error('publish-latency: no published article to edit');
    return slug;
  };
  const day = now.toISOString().slice(0, 10);
  return [
    {
      name: 'one-word edit',
      apply: () => {
        const f = file(ws, pick(1));
        const { front, body } = split(readFileSync(f, 'utf8'));
        const edited = body.replace(/\b(\p{L}+)\b/u, (w) => (w === 'the' ? 'this' : 'the'));
        if (edited === body) throw new Error(`publish-latency: no word to change in ${f}`);
        writeFileSync(f, `---\n${front}\n---${edited}`);
      },
    },
    {
      name: 'new article',
      apply: () => {
        const source = readFileSync(file(ws, pick(2)), 'utf8');
        const { front, body } = split(source);
        const fresh = front
          .replace(/^title: .*$/m, 'title: "A new article published for the benchmark"')
          .replace(/^date: .*$/m, `date: ${new Date(now.getTime() - 60_000).toISOString()}`)
          .replace(/^(related|corrections|updated):[\s\S]*?(?=^\w)/gm, '');
        writeFileSync(file(ws, 'benchmark-new-article'), `---\n${fresh}\n---${body}`);
      },
    },
    {
      name: 'correction',
      apply: () => {
        const f = file(ws, pick(3));
        const { front, body } = split(readFileSync(f, 'utf8'));
        if (/^corrections:/m.test(front)) throw new Error(`publish-latency: ${f} already has corrections`);
        writeFileSync(f, `---\n${front}\ncorrections:\n  - date: ${day}\n    text: "An earlier version gave the wrong figure; it has been corrected."\n---${body}`);
      },
    },
  ];
}
