import { renderToStaticMarkup } from 'react-dom/server';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { NewsletterForm } from './NewsletterForm';

describe('NewsletterForm', () => {
  it('is a plain POST form to the provider, labelled in the edition’s words', () => {
    const html = renderToStaticMarkup(<NewsletterForm edition="ar" action="https://lists.example.net/subscribe" />);
    const form = parse(html).querySelector('form')!;
    expect(form.getAttribute('method')).toBe('post');
    expect(form.getAttribute('action')).toBe('https://lists.example.net/subscribe');
    expect(form.querySelector('label[for="newsletter-email"]')!.textContent).toBe('بريدك الإلكتروني');
    const input = form.querySelector('#newsletter-email')!;
    expect([input.getAttribute('type'), input.getAttribute('name'), input.hasAttribute('required')]).toEqual(['email', 'email', true]);
    expect(html).not.toContain('<script');
  });

  it('is not there at all without an address', () => {
    expect(renderToStaticMarkup(<NewsletterForm edition="en" action={undefined} />)).toBe('');
  });
});
