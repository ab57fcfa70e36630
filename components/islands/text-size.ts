// Island: the reader's text-size control. Enhances the server-rendered buttons in
// components/TextSizeControl.tsx; without JavaScript the control stays hidden and
// the article reads at the default size.
import { TEXT_SIZE_DEFAULT, TEXT_SIZE_KEY, TEXT_SIZE_STEPS } from '../../lib/text-size';

const root = document.documentElement;
const max = TEXT_SIZE_STEPS.length - 1;

function current(): number {
  const v = Number(root.getAttribute('data-text-size') ?? TEXT_SIZE_DEFAULT);
  return Number.isInteger(v) && v >= 0 && v <= max ? v : TEXT_SIZE_DEFAULT;
}

function render(announce: boolean): void {
  const step = current();
  for (const group of document.querySelectorAll<HTMLElement>('[data-text-size-control]')) {
    for (const button of group.querySelectorAll<HTMLButtonElement>('button[data-step]')) {
      const delta = Number(button.dataset.step);
      // aria-disabled keeps the button focusable at the limits; disabled would drop focus.
      button.setAttribute('aria-disabled', String(step + delta < 0 || step + delta > max));
    }
    const status = group.querySelector<HTMLElement>('[data-text-size-status]');
    if (status && announce) {
      // Words and digits of the page's edition (data-status, data-locale from lib/dictionaries.ts and lib/site.ts).
      const n = new Intl.NumberFormat(group.dataset.locale ?? 'en-GB');
      status.textContent = (group.dataset.status ?? 'Text size {n} of {total}').replace('{n}', n.format(step + 1)).replace('{total}', n.format(max + 1));
    }
  }
}

function set(step: number): void {
  const next = Math.min(max, Math.max(0, step));
  if (next === TEXT_SIZE_DEFAULT) root.removeAttribute('data-text-size');
  else root.setAttribute('data-text-size', String(next));
  try {
    if (next === TEXT_SIZE_DEFAULT) localStorage.removeItem(TEXT_SIZE_KEY);
    else localStorage.setItem(TEXT_SIZE_KEY, String(next));
  } catch {
    // Private mode or storage disabled: the size still applies to this page.
  }
  render(true);
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('[data-text-size-control] button[data-step]');
  if (!button || button.getAttribute('aria-disabled') === 'true') return;
  set(current() + Number(button.dataset.step));
});

// Another tab changed the size: follow it.
window.addEventListener('storage', (event) => {
  if (event.key !== TEXT_SIZE_KEY) return;
  const v = event.newValue === null ? TEXT_SIZE_DEFAULT : Number(event.newValue);
  if (Number.isInteger(v) && v >= 0 && v <= max) {
    if (v === TEXT_SIZE_DEFAULT) root.removeAttribute('data-text-size');
    else root.setAttribute('data-text-size', String(v));
    render(false);
  }
});

// A prerendered page (lib/speculation.ts) is shown later: the pre-paint snippet re-reads the size, the buttons follow.
document.addEventListener('prerenderingchange', () => render(false));

render(false);
