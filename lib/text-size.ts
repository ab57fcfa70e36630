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
export const PREPAINT_SCRIPT = `(function(){var d=document.documentElement;d.classList.add('js');function a(){try{var v=localStorage.getItem(${JSON.stringify(
  TEXT_SIZE_KEY,
)});if(v!==null&&/^\\d$/.test(v)&&+v<${TEXT_SIZE_STEPS.length})d.setAttribute('data-text-size',v);else d.removeAttribute('data-text-size');var t=localStorage.getItem(${JSON.stringify(
  THEME_KEY,
)});if(t==='light'||t==='dark')d.setAttribute('data-theme',t);else d.removeAttribute('data-theme')}catch(e){}}a();if(document.prerendering)document.addEventListener('prerenderingchange',a)})();`;
