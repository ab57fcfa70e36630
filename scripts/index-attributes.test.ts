import { describe, expect, it } from 'vitest';
import { withoutIndexAttributes } from './index-attributes';

describe('withoutIndexAttributes', () => {
  it('removes every data-pagefind-* attribute, valued or bare, and nothing else', () => {
    const html =
      '<article class="article" data-pagefind-body="true"><p class="kicker" data-pagefind-ignore="true"><a href="/s" data-pagefind-filter="section:s">S</a></p>' +
      '<span data-pagefind-meta="date:2026-11-12T00:00:00+03:00" data-pagefind-sort="date:2026-11-12T00:00:00+03:00">x</span><footer data-pagefind-ignore="all" data-x="1"></footer><div data-pagefind-ignore></div></article>';
    expect(withoutIndexAttributes(html)).toBe(
      '<article class="article"><p class="kicker"><a href="/s">S</a></p><span>x</span><footer data-x="1"></footer><div></div></article>',
    );
  });

  it('leaves text and scripts that only mention the attribute', () => {
    const html = '<p>Mark it &lt;div data-pagefind-ignore&gt; to hide it: data-pagefind-ignore="all".</p><script type="application/ld+json">{"a":"\\u003cb data-pagefind-body\\u003e"}</script>';
    expect(withoutIndexAttributes(html)).toBe(html);
  });

  it('keeps an image whose meta names its own attributes', () => {
    expect(withoutIndexAttributes('<img src="/a.jpg" alt="A" data-pagefind-meta="image[src], image_alt[alt]" width="2">')).toBe('<img src="/a.jpg" alt="A" width="2">');
  });
});
