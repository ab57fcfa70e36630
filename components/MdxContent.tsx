import { getMDXComponent } from '@/lib/mdx';
import { mdxComponents } from './mdx-components';

type Props = { code: string };

/** Renders an article or bio body on the server with the editorial components. */
export function MdxContent({ code }: Props) {
  // getMDXComponent caches by code, so the component identity is stable; and this
  // renders once, on the server, so there is no state to lose.
  const Content = getMDXComponent(code);
  // eslint-disable-next-line react-hooks/static-components -- see above
  return <Content components={mdxComponents} />;
}
