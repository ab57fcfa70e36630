import { dictionary } from '@/lib/dictionaries';
import { getImageSize } from '@/lib/images';
import { youtubeWatchUrl } from '@/lib/youtube';
import type { Edition } from '@/lib/site';
import { IMAGE_SIZES, ResponsiveImage } from '../ResponsiveImage';
import { Credit } from '@/components/Credit';

type Props = {
  title: string;
  poster: string;
  caption: string;
  credit: string;
  src?: string;
  youtube?: string;
  edition: Edition;
};

/**
 * A self-hosted video (native controls, nothing fetched before the reader presses play), or a
 * YouTube video shown as its poster linked to YouTube: no request to YouTube until the click.
 * Either way the box has the poster's size from the first paint.
 */
export function Video({ title, poster, caption, credit, src, youtube, edition }: Props) {
  const words = dictionary(edition).media;
  const size = getImageSize(poster);
  return (
    <figure className="video not-prose">
      {src ? (
        <video className="video__player" controls preload="none" poster={poster} width={size?.width} height={size?.height} title={title}>
          <source src={src} type={mimeType(src)} />
          <a href={src}>{words.downloadVideo}</a>
        </video>
      ) : (
        <a className="video__youtube" href={youtubeWatchUrl(youtube ?? '')}>
          <ResponsiveImage src={poster} alt="" sizes={IMAGE_SIZES.inline} />
          <span className="video__play">
            <span className="video__play-icon" aria-hidden="true">▶</span> {words.watchOnYouTube}: <span dir="auto">{title}</span>
          </span>
        </a>
      )}
      <figcaption>
        <span className="video__title">{title}</span> <span className="video__caption">{caption}</span>{' '}
        <span data-pagefind-ignore>
          <span className="sr-only">{words.video}</span> <Credit className="video__credit" credit={credit} />
        </span>
      </figcaption>
    </figure>
  );
}

function mimeType(src: string): string {
  if (/\.webm$/i.test(src)) return 'video/webm';
  if (/\.ogv$/i.test(src)) return 'video/ogg';
  return 'video/mp4';
}
