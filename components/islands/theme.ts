// Island: the dark-mode toggle. The page follows the system theme until the
// reader presses the button; their choice is then stored and restored before
// first paint by the head snippet (lib/text-size.ts).
import { THEME_KEY, type Theme } from '../../lib/text-size';

const root = document.documentElement;
const media = window.matchMedia('(prefers-color-scheme: dark)');

function effective(): Theme {
  const set = root.getAttribute('data-theme');
  if (set === 'light' || set === 'dark') return set;
  return media.matches ? 'dark' : 'light';
}

function render(): void {
  const dark = effective() === 'dark';
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    button.setAttribute('aria-pressed', String(dark));
  }
}

function apply(theme: Theme | null): void {
  if (theme) root.setAttribute('data-theme', theme);
  else root.removeAttribute('data-theme');
  render();
}

document.addEventListener('click', (event) => {
  if (!(event.target as Element | null)?.closest('[data-theme-toggle]')) return;
  const next: Theme = effective() === 'dark' ? 'light' : 'dark';
  try {
    localStorage.setItem(THEME_KEY, next);
  } catch {
    // Storage unavailable: the choice lasts for this page only.
  }
  apply(next);
});

media.addEventListener('change', render);
window.addEventListener('storage', (event) => {
  if (event.key !== THEME_KEY) return;
  apply(event.newValue === 'light' || event.newValue === 'dark' ? event.newValue : null);
});

// A prerendered page (lib/speculation.ts) is shown later: the pre-paint snippet re-reads the theme, the toggle follows.
document.addEventListener('prerenderingchange', render);

render();
