// Shared by the pre-paint inline script (app/layout.tsx) and the islands
// (components/islands/*.ts), so they agree on storage keys and values.

export const TEXT_SIZE_KEY = 'standfirst:text-size';
/** Scale factors for article text, smallest to largest. */
export const TEXT_SIZE_STEPS = [0.875, 1, 1.125, 1.25, 1.5] as const;
export const TEXT_SIZE_DEFAULT = 1;

export const THEME_KEY = 'standfirst:theme';
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * Runs in <head> before the first paint: marks the page as scripted (so the
 * controls become visible without a jump), restores the reader's text size and
 * their theme choice (no flash of the wrong theme). A page prerendered by the
 * speculation rules ran this earlier, so it runs again when the reader arrives:
 * a size or theme chosen in the meantime applies.
 */
export const PREPAINT_SCRIPT = `(function(){var d=document.documentElement;d.classList.add('js');function f(n,v,ok){ok?d.setAttribute(n,v):d.removeAttribute(n)}function a(){try{var v=localStorage.getItem(${JSON.stringify(
  TEXT_SIZE_KEY,
)}),t=localStorage.getItem(${JSON.stringify(THEME_KEY)});f('data-text-size',v,/^\\d$/.test(v)&&v<${TEXT_SIZE_STEPS.length});f('data-theme',t,${THEMES.map((t) => `t=='${t}'`).join('||')})}catch(e){}}a();document.prerendering&&document.addEventListener('prerenderingchange',a)})();`;
