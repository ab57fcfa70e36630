import type { ComponentProps } from 'react';
import { bodyLinkHref } from '@/lib/links';

type Props = ComponentProps<'a'>;

/** A Markdown link in a body. A link to an article readers cannot open yet renders as plain words (lib/links.ts). */
export function BodyLink({ href, children, ...rest }: Props) {
  const target = bodyLinkHref(href);
  if (href && !target) {
    // Shown in the build log: a typo in a slug is the editor's to fix; a draft target goes live later.
    console.warn(`body link to ${href} is left unlinked: no published article has that address (a draft, scheduled, or a typo)`);
    return <>{children}</>;
  }
  return (
    <a href={target} {...rest}>
      {children}
    </a>
  );
}
