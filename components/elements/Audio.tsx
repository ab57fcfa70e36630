import { dictionary } from '@/lib/dictionaries';
import { readTranscript } from '@/lib/media';
import type { Edition } from '@/lib/site';
import { Credit } from '@/components/Credit';

type Props = { src: string; title: string; credit: string; transcript?: string; edition: Edition };

/** A native audio player that fetches nothing until played, and its transcript in a <details>. */
export function Audio({ src, title, credit, transcript, edition }: Props) {
  const words = dictionary(edition).media;
  const paragraphs = transcript ? readTranscript(transcript) : [];
  return (
    <figure className="audio not-prose">
      <figcaption>
        <span className="audio__title">{title}</span>{' '}
        <span data-pagefind-ignore>
          <span className="sr-only">{words.audio}</span> <Credit className="audio__credit" credit={credit} />
        </span>
      </figcaption>
      <audio className="audio__player" controls preload="none" src={src}>
        <a href={src}>{words.downloadAudio}</a>
      </audio>
      {paragraphs.length > 0 ? (
        <details className="audio__transcript">
          <summary>{words.transcript}</summary>
          {paragraphs.map((p, i) => <p key={i} dir="auto">{p}</p>)}
        </details>
      ) : null}
    </figure>
  );
}
