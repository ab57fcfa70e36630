import type { ComponentType } from 'react';
import { getMDXComponent } from '@/lib/mdx';
import { componentNames, parseMdx } from '@/lib/mdx-ast';
import type { Edition } from '@/lib/site';
import { DevUnknownElement } from './DevContentProblems';
import { mdxComponentsFor } from './mdx-components';

/** `raw` is the MDX source: in `npm run dev` it names the components the body uses. */
type Props = { code: string; raw?: string; edition: Edition };

const standIns = new Map<string, ComponentType>();
function standIn(name: string): ComponentType {
  let c = standIns.get(name);
  if (!c) {
    c = function UnknownElement() {
      return <DevUnknownElement name={name} />;
    };
    standIns.set(name, c);
  }
  return c;
}

/**
 * In `npm run dev`, a component the site lacks (a misspelt `<Fgure>`) renders as a visible error box
 * instead of MDX throwing, which would 500 the page. A production build never gets here with one:
 * the content check fails it first.
 */
function withStandIns(components: Record<string, unknown>, raw: string | undefined) {
  if (process.env.NODE_ENV === 'production' || raw === undefined) return components;
  let names: Set<string>;
  try {
    names = componentNames(parseMdx(raw));
  } catch {
    return components; // malformed MDX did not compile either: the content check reports it
  }
  const missing = [...names].filter((n) => !(n in components));
  return missing.length ? { ...components, ...Object.fromEntries(missing.map((n) => [n, standIn(n)])) } : components;
}

/** Renders an article or bio body on the server with the editorial components. */
export function MdxContent({ code, raw, edition }: Props) {
  // getMDXComponent caches by code, so the component identity is stable; and this
  // renders once, on the server, so there is no state to lose.
  const Content = getMDXComponent(code);
  const components = withStandIns(mdxComponentsFor(edition), raw) as ReturnType<typeof mdxComponentsFor>;
  // eslint-disable-next-line react-hooks/static-components -- see above
  return <Content components={components} />;
}
