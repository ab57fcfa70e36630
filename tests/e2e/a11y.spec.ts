import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openPage, pageTypes, searchWord } from './page-types';

// WCAG 2.2 A/AA with axe-core on every page type, in both themes; the Playwright projects
// give the phone and the desktop widths. Then the keyboard: skip link, every control
// reachable with a visible focus, controls operable, and reduced motion honoured.

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`));
}

for (const { name, url } of pageTypes()) {
  test(`axe WCAG 2.2 AA: ${name} (${url}), light and dark`, async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await openPage(page, url);
      expect(await violations(page), `${url} in ${colorScheme} theme`).toEqual([]);
    }
  });
}

test('axe sees a violation when there is one (an image without alt text)', async ({ page }) => {
  await page.goto('/about');
  await page.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('afterbegin', '<img src="/logo.png">'));
  expect((await violations(page)).some((v) => v.startsWith('image-alt'))).toBe(true);
});

/** Tabs through the page; returns a description of every stop, and any stop without a visible focus indicator. */
async function tabThrough(page: Page, max: number) {
  const stops: string[] = [];
  const invisible: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
      const r = el.getBoundingClientRect();
      return { key: el.dataset.qaKey ?? '', visible, onScreen: r.width > 0 && r.height > 0 };
    });
    if (!stop) break;
    if (stops.includes(stop.key)) break; // wrapped around
    stops.push(stop.key);
    if (!stop.visible || !stop.onScreen) invisible.push(stop.key);
  }
  return { stops, invisible };
}

/** Marks every visible, enabled control with a key the tab walk reports. */
async function markControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = Array.from(document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')).filter((el) => {
      if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled) return false;
      // Inside a closed <details> only its <summary> is a control until the reader opens it.
      const closed = el.closest('details:not([open])');
      if (closed && el !== closed.querySelector(':scope > summary')) return false;
      const r = el.getBoundingClientRect();
      return getComputedStyle(el).visibility !== 'hidden' && (r.width > 0 || r.height > 0 || el.classList.contains('skip-link'));
    });
    return controls.map((el, i) => {
      el.dataset.qaKey = `${i}:${el.tagName.toLowerCase()}:${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 40)}`;
      return el.dataset.qaKey;
    });
  });
}

for (const url of ['/', pageTypes().find((p) => p.name.startsWith('article'))!.url, `/search?q=${searchWord()}`]) {
  test(`keyboard: every control on ${url} is reached by Tab, in order, with a visible focus`, async ({ page }) => {
    await openPage(page, url);
    const controls = await markControls(page);
    expect(controls.length).toBeGreaterThan(5);
    const { stops, invisible } = await tabThrough(page, controls.length + 5);
    expect(stops).toEqual(controls);
    expect(invisible).toEqual([]);
  });
}

test('keyboard: the skip link is first, shows when focused, and moves focus to the content', async ({ page }) => {
  await page.goto(pageTypes().find((p) => p.name.startsWith('article'))!.url);
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  const box = (await skip.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator('main#main')).toBeFocused();
  // The next Tab goes into the content, not back to the header.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
});

test('keyboard: the theme switch and the text-size buttons work with Enter and Space', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(pageTypes().find((p) => p.name.startsWith('article'))!.url);
  const toggle = page.locator('[data-theme-toggle]');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const before = await page.locator('.article-text').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  await page.locator('.text-size__button[data-step="1"]').focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('.article-text').evaluate((e) => parseFloat(getComputedStyle(e).fontSize))).toBeGreaterThan(before);
  // The contents list opens from the keyboard, and its links are then in the tab order.
  const summary = page.locator('.toc details > summary');
  if (await summary.count()) {
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.toc details')).toHaveAttribute('open', '');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('.toc details'))).toBe(true);
  }
});

test('prefers-reduced-motion: no animation, transition or smooth scrolling anywhere', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const url of ['/', pageTypes().find((p) => p.name.startsWith('article'))!.url]) {
    await page.goto(url);
    const moving = await page.evaluate(() =>
      [document.documentElement, ...Array.from(document.querySelectorAll('*'))].flatMap((el) => {
        const s = getComputedStyle(el);
        const animated = s.animationName !== 'none' && s.animationDuration !== '0s';
        const transitions = s.transitionDuration.split(',').some((d) => parseFloat(d) > 0);
        return animated || transitions || s.scrollBehavior === 'smooth' ? [`${el.tagName.toLowerCase()}.${el.className}`] : [];
      }),
    );
    expect(moving, url).toEqual([]);
  }
});
