import { dictionary } from '@/lib/dictionaries';
import { site, type Edition } from '@/lib/site';

type Props = { edition: Edition; action?: string };

/**
 * The newsletter sign-up: a plain form posted to the mail provider named in the site settings,
 * so it works without JavaScript and sends nothing anywhere until it is submitted. No address
 * set, no form.
 */
export function NewsletterForm({ edition, action = site.newsletterFormAction }: Props) {
  if (!action) return null;
  const t = dictionary(edition).newsletter;
  return (
    <section className="newsletter" aria-labelledby="newsletter-title">
      <h2 id="newsletter-title" className="newsletter__title">
        {t.name}
      </h2>
      <p className="newsletter__pitch">{t.pitch}</p>
      <form method="post" action={action} className="newsletter__form">
        <label htmlFor="newsletter-email">{t.emailLabel}</label>
        <input id="newsletter-email" type="email" name={site.newsletterEmailField} autoComplete="email" required dir="ltr" />
        <input type="hidden" name="lang" value={edition} />
        <button type="submit">{t.submit}</button>
      </form>
    </section>
  );
}
