import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** A page's record in Pagefind's bundle (pagefind/fragment/*): its URL, indexed text, meta and filters. */
export type Fragment = { url: string; content: string; word_count: number; meta: Record<string, string>; filters: Record<string, string[]> };

/** Reads one fragment file: gzip of "pagefind_dcd" followed by JSON. Throws if it is not that. */
export function readFragment(file: string): Fragment {
  const raw = gunzipSync(readFileSync(file)).toString('utf8');
  return JSON.parse(raw.startsWith('pagefind_dcd') ? raw.slice('pagefind_dcd'.length) : raw) as Fragment;
}
