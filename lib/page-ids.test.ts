import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../scripts/files';
import { PAGE_IDS } from './page-ids';

describe('PAGE_IDS', () => {
  it('lists every fixed id the templates write, so no subheading can take one', () => {
    const written = new Set<string>();
    for (const file of [...filesUnder('components'), ...filesUnder('app')].filter((f) => f.endsWith('.tsx'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bid="([^"]+)"/g)) written.add(m[1]!);
    }
    expect(written.size).toBeGreaterThan(5);
    expect([...written].filter((id) => !PAGE_IDS.includes(id))).toEqual([]);
  });
});
