import * as React from 'react';
import * as ReactDOM from 'react-dom';
import * as jsxRuntime from 'react/jsx-runtime';
import type { ComponentType } from 'react';

// Turns Contentlayer's compiled MDX into a component on the server. This is what
// next-contentlayer2's getMDXComponent does, without importing its hooks module
// (which pulls in pages-router code). Nothing here reaches the browser.

export type MDXContentProps = { components?: Record<string, ComponentType<never>> };

const cache = new Map<string, ComponentType<MDXContentProps>>();

export function getMDXComponent(code: string): ComponentType<MDXContentProps> {
  const hit = cache.get(code);
  if (hit) return hit;
  const scope = { React, ReactDOM, _jsx_runtime: jsxRuntime };
  const fn = new Function(...Object.keys(scope), code) as (...args: unknown[]) => { default: ComponentType<MDXContentProps> };
  const component = fn(...Object.values(scope)).default;
  cache.set(code, component);
  return component;
}
