import { describe, expect, it } from 'vitest';
import { PREPAINT_SCRIPT, TEXT_SIZE_KEY, THEME_KEY } from './text-size';

// Runs the pre-paint snippet against a minimal document and storage: the browser
// tests cover a real page; this covers the prerender path, which Chromium turns off
// while DevTools (and so Playwright) is attached.
function run(stored: Record<string, string>, prerendering: boolean) {
  const attrs = new Map<string, string>();
  const classes = new Set<string>();
  const listeners = new Map<string, () => void>();
  const document = {
    prerendering,
    documentElement: {
      classList: { add: (c: string) => classes.add(c) },
      setAttribute: (k: string, v: string) => attrs.set(k, v),
      removeAttribute: (k: string) => attrs.delete(k),
    },
    addEventListener: (type: string, f: () => void) => listeners.set(type, f),
  };
  const localStorage = { getItem: (k: string) => stored[k] ?? null };
  new Function('document', 'localStorage', PREPAINT_SCRIPT)(document, localStorage);
  return { attrs, classes, listeners, stored };
}

describe('pre-paint snippet', () => {
  it('marks the page as scripted and restores a stored size and theme', () => {
    const { attrs, classes, listeners } = run({ [TEXT_SIZE_KEY]: '3', [THEME_KEY]: 'dark' }, false);
    expect(classes.has('js')).toBe(true);
    expect(attrs.get('data-text-size')).toBe('3');
    expect(attrs.get('data-theme')).toBe('dark');
    expect(listeners.size).toBe(0);
  });

  it('ignores values it did not write', () => {
    const { attrs } = run({ [TEXT_SIZE_KEY]: '9', [THEME_KEY]: 'sepia' }, false);
    expect(attrs.has('data-text-size')).toBe(false);
    expect(attrs.has('data-theme')).toBe(false);
  });

  it('on a prerendered page, applies the choices made before the reader arrived', () => {
    const page = run({}, true);
    expect(page.attrs.has('data-text-size')).toBe(false);
    // While the page waited in the background, the reader chose a size and a theme on another page.
    page.stored[TEXT_SIZE_KEY] = '4';
    page.stored[THEME_KEY] = 'light';
    page.listeners.get('prerenderingchange')!();
    expect(page.attrs.get('data-text-size')).toBe('4');
    expect(page.attrs.get('data-theme')).toBe('light');
    // And back to the default: the attribute goes rather than staying stale.
    delete page.stored[TEXT_SIZE_KEY];
    page.listeners.get('prerenderingchange')!();
    expect(page.attrs.has('data-text-size')).toBe(false);
  });
});
