// Island: full-text search on /search (docs/adr/0004-search-with-pagefind.md). Enhances the
// server-rendered GET form in app/search/page.tsx: reads q, section and format from the
// address, runs the query against the Pagefind index in /pagefind/ and lists the results.
// Pagefind is imported here and nowhere else, so no other page loads it.
import type { Dictionary } from '../../lib/dictionaries';

type Filters = Record<string, Record<string, number>>;
type ResultData = { url: string; excerpt: string; content?: string; meta: Record<string, string | undefined>; filters: Record<string, string[]> };
type Search = { results: { id: string; score: number; data: () => Promise<ResultData> }[] };
type Pagefind = {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (term: string, o: { filters: Record<string, { any: string[] }> }) => Promise<Search>;
  filters: () => Promise<Filters>;
};

const PAGE = 10;
const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const summary = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-list]');
// The page's words and date locale come from the server-rendered form (lib/dictionaries.ts), so
// one island serves every edition.
const strings = JSON.parse(form?.dataset.strings ?? '{}') as Dictionary['searchIsland'];
const fill = (template: string, q: string, n: number) => template.replace('{q}', q).replace('{n}', numberFormat.format(n));
const dateFormat = new Intl.DateTimeFormat(form?.dataset.locale ?? 'en-GB', { timeZone: form?.dataset.timeZone ?? 'Asia/Riyadh', dateStyle: 'long' });
const numberFormat = new Intl.NumberFormat(form?.dataset.locale ?? 'en-GB');

let pagefind: Promise<Pagefind> | undefined;
// The address is built at run time so the bundler leaves the import alone.
const bundle = () => new URL('/pagefind/pagefind.js', location.href).href;
const load = () =>
  (pagefind ??= (import(bundle()) as Promise<Pagefind>).then(async (pf) => {
    // Pagefind also matches words in metadata. Headline and standfirst are indexed only as metadata
    // (so excerpts, from the body, do not repeat them) and weigh most. The image path, its alt text
    // and the ISO date are there for display only: weight 0 keeps them out of the ranking, and a
    // page that matched nothing else scores 0 and is dropped below.
    await pf.options({ excerptLength: 30, excerptEllipsis: '…', ranking: { metaWeights: { title: 10, dek: 4, image: 0, image_alt: 0, date: 0 } } });
    showCounts(await pf.filters());
    return pf;
  }));

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
};

// Pagefind's excerpt is escaped text with <mark> around the matched words. Rebuild it as DOM:
// text nodes for the text, real <mark> elements for the marks, and nothing else.
const decode = (s: string) =>
  s.replace(/&(#x[\da-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, e: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
    const lower = e.toLowerCase();
    if (lower[0] !== '#') return named[lower] ?? '';
    const n = lower[1] === 'x' ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '';
  });
function excerpt(html: string): HTMLElement {
  const p = el('p', 'search-result__excerpt');
  html.split(/<mark>|<\/mark>/).forEach((part, i) => {
    const text = decode(part.replace(/<[^>]*>/g, ''));
    if (text) p.append(i % 2 ? el('mark', '', text) : document.createTextNode(text));
  });
  return p;
}

// Section and format names as the form shows them (the index holds their slugs).
const label = (name: string, value: string) =>
  form?.querySelector(`input[name="${name}"][value="${CSS.escape(value)}"] + span`)?.textContent ?? value;

function result(d: ResultData): HTMLLIElement {
  const li = el('li', 'search-result');
  const kicker = el('p', 'kicker');
  for (const name of ['section', 'format']) {
    const value = d.filters[name]?.[0];
    if (value) kicker.append(el('span', `kicker__${name}`, label(name, value)));
  }
  const h2 = el('h2', 'search-result__title');
  const a = el('a', '', d.meta.title ?? d.url);
  // Pagefind indexes out/articles/<slug>.html; the site's addresses have no extension.
  a.href = d.url.replace(/(\/index)?\.html$/, '') || '/';
  h2.append(a);
  li.append(kicker, h2);
  if (d.meta.dek) li.append(el('p', 'search-result__dek', d.meta.dek));
  const date = d.meta.date ? new Date(d.meta.date) : undefined;
  if (date && !Number.isNaN(date.getTime())) {
    const time = el('time', '', dateFormat.format(date));
    time.dateTime = d.meta.date!;
    const meta = el('p', 'search-result__meta');
    meta.append(time);
    li.append(meta);
  }
  li.append(excerpt(d.excerpt));
  return li;
}

const boxes = () => [...(form?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? [])];

// Beside each box: how many articles it would show. With no query, the whole index; with one,
// the current results (the other group's ticks applied) that have that section or format.
function showCounts(counts: Filters) {
  for (const box of boxes()) {
    const count = box.parentElement?.querySelector('[data-count]');
    if (count) count.textContent = `(${numberFormat.format(counts[box.name]?.[box.value] ?? 0)})`;
  }
}

// Pagefind's own per-filter counts include pages that matched only zero-weight metadata, which
// the results leave out; so each box is counted by its own search (local, no fragments loaded).
async function resultCounts(pf: Pagefind, q: string, filters: Record<string, { any: string[] }>): Promise<Filters> {
  const counts: Filters = {};
  await Promise.all(
    boxes().map(async (box) => {
      const { results } = await pf.search(q, { filters: { ...filters, [box.name]: { any: [box.value] } } });
      (counts[box.name] ??= {})[box.value] = results.filter((r) => r.score > 0).length;
    }),
  );
  return counts;
}

// Pagefind ranks by stem, so "absorbing" can rank a page with "absorbed" twice above the page
// with "absorbing" itself (its ranking options cannot tell them apart). Among the top results,
// pages holding every word exactly as typed come first, each group keeping Pagefind's order.
const EXACT_WINDOW = 30;
async function exactFirst(hits: Search['results'], q: string): Promise<Search['results']> {
  const terms = q.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (!terms.length || hits.length < 2) return hits;
  const top = hits.slice(0, EXACT_WINDOW);
  const texts = await Promise.all(top.map(async (h) => (await h.data()).content?.toLocaleLowerCase() ?? ''));
  const exact = (i: number) => terms.every((t) => new RegExp(`(^|[^\\p{L}\\p{N}])${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'u').test(texts[i]!));
  const order = top.map((h, i) => ({ h, e: exact(i) }));
  return [...order.filter((o) => o.e).map((o) => o.h), ...order.filter((o) => !o.e).map((o) => o.h), ...hits.slice(EXACT_WINDOW)];
}

let run = 0;
async function update(): Promise<void> {
  if (!form || !summary || !list) return;
  const data = new FormData(form);
  const q = String(data.get('q') ?? '').trim();
  const filters: Record<string, { any: string[] }> = {};
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const name of ['section', 'format']) {
    const values = data.getAll(name).map(String);
    for (const v of values) params.append(name, v);
    if (values.length) filters[name] = { any: values };
  }
  const query = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}`);

  const mine = ++run;
  let hits: Search['results'];
  let counts: Filters;
  try {
    const pf = await load();
    hits = q ? (await pf.search(q, { filters })).results.filter((r) => r.score > 0) : [];
    counts = await (q ? resultCounts(pf, q, filters) : pf.filters());
    hits = await exactFirst(hits, q);
  } catch {
    if (mine === run) summary.textContent = strings.unavailable;
    return;
  }
  if (mine !== run) return;
  const n = hits.length;
  const filtered = Object.keys(filters).length > 0;
  const text = !q ? strings.prompt : fill(n ? (n === 1 ? strings.resultOne : strings.resultMany) : filtered ? strings.noneFiltered : strings.none, q, n);

  // Results arrive PAGE at a time: each one's data() fetches its own small fragment file.
  // The first page replaces the old results together with the summary, so the two always agree.
  let shown = 0;
  const more = el('button', 'search-results__more', strings.more);
  more.type = 'button';
  const page = async () => {
    more.disabled = true;
    let batch: ResultData[];
    try {
      batch = await Promise.all(hits.slice(shown, shown + PAGE).map((r) => r.data()));
    } catch {
      if (mine === run) summary.textContent = strings.loadFailed;
      return;
    }
    if (mine !== run) return;
    if (shown === 0) {
      document.querySelector('.search-results__more')?.remove();
      list.replaceChildren();
      summary.textContent = text;
      showCounts(counts);
    }
    list.append(...batch.map(result));
    shown += batch.length;
    more.disabled = false;
    if (shown < n) list.after(more);
    else more.remove();
  };
  more.addEventListener('click', () => void page());
  await page();
}

if (form) {
  const params = new URLSearchParams(location.search);
  const input = form.elements.namedItem('q') as HTMLInputElement | null;
  if (input) input.value = params.get('q') ?? '';
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.checked = params.getAll(box.name).includes(box.value);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('input', (event) => {
    clearTimeout(timer);
    if ((event.target as HTMLInputElement).type === 'checkbox') void update();
    else timer = setTimeout(() => void update(), 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void update();
  });
  void update();
}
