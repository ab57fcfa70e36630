// Island: sharing. Without JavaScript the article has plain share links at its foot
// (components/ShareLinks.tsx) and a "Share" link down to them. Here, where the browser has
// them: the link under the headline opens the system share sheet (Web Share API), and the
// list gains a "Copy link" button, in the words of the page's edition (lib/share-words.ts).
import { editionOfLang, SHARE_ISLAND_WORDS } from '../../lib/share-words';

const words = SHARE_ISLAND_WORDS[editionOfLang(document.documentElement.lang)];

const list = document.getElementById('share');
const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
const title = document.querySelector('h1')?.textContent ?? document.title;

if (list && typeof navigator.share === 'function') {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.share-jump')) {
    link.setAttribute('role', 'button');
    link.addEventListener('click', (event) => {
      event.preventDefault();
      // A dismissed sheet rejects: nothing to do, the list below still works.
      navigator.share({ title, url: canonical }).catch(() => undefined);
    });
  }
}

const item = list?.querySelector<HTMLLIElement>('li[data-share-copy]');
if (item && navigator.clipboard && window.isSecureContext) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'share__copy';
  button.textContent = words.copyLink;
  const status = document.createElement('span');
  status.setAttribute('role', 'status');
  status.className = 'share__status';
  button.addEventListener('click', () => {
    navigator.clipboard.writeText(canonical).then(
      () => (status.textContent = words.copied),
      () => (status.textContent = words.copyFailed),
    );
  });
  item.append(button, status);
  item.hidden = false;
}
