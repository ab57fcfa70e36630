import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_IDS } from './page-ids';

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? tsxFiles(full) : full.endsWith('.tsx') ? [full] : [];
  });
}

describe('PAGE_IDS', () => {
  it('lists every fixed id the templates write, so no subheading can take one', () => {
    const written = new Set<string>();
    for (const file of [...tsxFiles('components'), ...tsxFiles('app')]) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bid="([^"]+)"/g)) written.add(m[1]!);
    }
    expect(written.size).toBeGreaterThan(5);
    expect([...written].filter((id) => !PAGE_IDS.includes(id))).toEqual([]);
  });
});
