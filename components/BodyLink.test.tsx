import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it, vi } from 'vitest';

vi.stubEnv('NODE_ENV', 'production');
afterAll(() => vi.unstubAllEnvs());
const { BodyLink } = await import('./BodyLink');

describe('BodyLink', () => {
  it('renders the words without a link when the article is not published, and a link otherwise', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(renderToStaticMarkup(<BodyLink href="/articles/no-such-article-anywhere">the words</BodyLink>)).toBe('the words');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('/articles/no-such-article-anywhere'));
    expect(renderToStaticMarkup(<BodyLink href="/sections/economy">economy</BodyLink>)).toBe('<a href="/sections/economy">economy</a>');
    warn.mockRestore();
  });
});
