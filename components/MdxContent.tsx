import { getMDXComponent } from '@/lib/mdx';
import type { Edition } from '@/lib/site';
import { mdxComponentsFor } from './mdx-components';

type Props = { code: string; edition: Edition };

/** Renders an article or bio body on the server with the editorial components. */
export function MdxContent({ code, edition }: Props) {
  // getMDXComponent caches by code, so the component identity is stable; and this
  // renders once, on the server, so there is no state to lose.
  const Content = getMDXComponent(code);
  // eslint-disable-next-line react-hooks/static-components -- see above
  return <Content components={mdxComponentsFor(edition)} />;
}
