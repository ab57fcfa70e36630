import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { elementReference, GUIDE_END, GUIDE_START, screenFile } from './guide';
import { ELEMENTS } from './registry';

const docs = path.resolve(import.meta.dirname, '../../docs');

describe('the editors’ guide', () => {
  it('holds the element reference generated from the definitions (run npm run docs:elements)', () => {
    const doc = readFileSync(path.join(docs, 'editing.md'), 'utf8');
    const current = doc.slice(doc.indexOf(GUIDE_START), doc.indexOf(GUIDE_END) + GUIDE_END.length);
    expect(current).toBe(elementReference());
  });

  it('documents every element, with its example and attributes', () => {
    const ref = elementReference();
    for (const e of ELEMENTS) {
      expect(ref).toContain(e.example);
      for (const a of Object.keys(e.attributes)) expect(ref).toContain(`| \`${a}\` |`);
    }
  });

  it('has a screenshot of every element', () => {
    const missing = ELEMENTS.map((e) => screenFile(e.name)).filter((f) => !existsSync(path.join(docs, f)));
    expect(missing).toEqual([]);
  });
});
