// Shared by the pre-paint inline script (app/layout.tsx) and the island
// (components/islands/text-size.ts), so both agree on the key and the steps.

export const TEXT_SIZE_KEY = 'standfirst:text-size';
/** Scale factors for article text, smallest to largest. */
export const TEXT_SIZE_STEPS = [0.875, 1, 1.125, 1.25, 1.5] as const;
export const TEXT_SIZE_DEFAULT = 1;

/**
 * Runs in <head> before the first paint: marks the page as scripted (so the
 * control becomes visible without a jump) and restores the reader's size.
 */
export const PREPAINT_SCRIPT = `(function(){var d=document.documentElement;d.classList.add('js');try{var v=localStorage.getItem(${JSON.stringify(
  TEXT_SIZE_KEY,
)});if(v!==null&&/^\\d$/.test(v)&&+v<${TEXT_SIZE_STEPS.length})d.setAttribute('data-text-size',v)}catch(e){}})();`;
