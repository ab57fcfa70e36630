import { islandSrc } from '@/lib/islands';

/**
 * Reader text-size buttons. Rendered hidden; the `js` class set before first
 * paint shows them, and the text-size island makes them work. With JavaScript
 * off they never appear and the article reads at the default size.
 */
export function TextSizeControl() {
  return (
    <div className="text-size" role="group" aria-label="Text size" data-text-size-control data-pagefind-ignore>
      <button type="button" data-step="-1" className="text-size__button">
        <span aria-hidden="true" className="text-size__glyph text-size__glyph--small">
          A
        </span>
        <span className="sr-only">Smaller text</span>
      </button>
      <button type="button" data-step="1" className="text-size__button">
        <span aria-hidden="true" className="text-size__glyph text-size__glyph--large">
          A
        </span>
        <span className="sr-only">Larger text</span>
      </button>
      <span className="sr-only" aria-live="polite" data-text-size-status />
      <script type="module" src={islandSrc('text-size')} />
    </div>
  );
}
