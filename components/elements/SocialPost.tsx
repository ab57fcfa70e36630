import type { ReactNode } from 'react';
import { toInstant } from '@/lib/dates';
import { dictionary } from '@/lib/dictionaries';
import type { Platform } from '@/lib/elements/social-post';
import { site, type Edition } from '@/lib/site';
import { Time } from '../Time';

type Props = { name: string; handle: string; date: string; url: string; platform?: string; children?: ReactNode; edition: Edition };

/** A quoted post from the editor's own copy of its text: no embed, no script, no request to the platform. */
export function SocialPost({ name, handle, date, url, platform = 'x', children, edition }: Props) {
  const words = dictionary(edition).elements;
  const label = words.platforms[platform as Platform];
  const account = handle.startsWith('@') ? handle : `@${handle}`;
  return (
    <figure className="element social-post">
      <blockquote className="social-post__text" cite={url}>
        {children}
      </blockquote>
      <figcaption className="social-post__meta">
        <span className="social-post__name">{name}</span>{' '}
        <span className="social-post__handle" dir="ltr">
          {account}
        </span>{' '}
        <Time value={toInstant(date, site.timeZone)} edition={edition} className="social-post__date" />{' '}
        <a className="social-post__link" href={url} rel="nofollow noopener noreferrer">
          {words.viewPost.replace('{platform}', label)}
        </a>
      </figcaption>
    </figure>
  );
}
