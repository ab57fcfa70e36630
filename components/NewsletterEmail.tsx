import { dictionary } from '@/lib/dictionaries';
import type { Digest, DigestArticle } from '@/lib/newsletter';
import { editions } from '@/lib/site';

type Props = { digest: Digest };

/**
 * The weekly newsletter as an e-mail: presentation tables (mail clients ignore most layout CSS),
 * one 600 px column that shrinks on phones, styles written once in <style> and inlined by juice
 * (scripts/newsletter.tsx). Dark mode: a prefers-color-scheme block juice keeps in <style>, and
 * colours that read on both when a client inverts them. RTL: dir on <html> and every table.
 */
export const EMAIL_CSS = `
body { margin: 0; padding: 0; background: #f4f1ec; color: #1a1a1a; font-family: Georgia, 'Times New Roman', serif; -webkit-text-size-adjust: 100%; }
table { border-collapse: collapse; border-spacing: 0; }
img { border: 0; display: block; max-width: 100%; height: auto; }
a { color: #a4161a; }
.wrap { width: 100%; background: #f4f1ec; }
.column { width: 100%; max-width: 600px; margin: 0 auto; background: #ffffff; }
.pad { padding: 16px 20px; }
.brand { margin: 0; font-size: 28px; line-height: 1.2; }
.masthead { font-size: 28px; font-weight: bold; color: #a4161a; text-decoration: none; }
.date { font-family: Arial, sans-serif; font-size: 13px; color: #595959; }
.intro { font-size: 16px; line-height: 1.5; }
.heading { font-family: Arial, sans-serif; font-size: 13px; font-weight: bold; letter-spacing: 1px; text-transform: uppercase; color: #a4161a; border-top: 3px solid #a4161a; padding-top: 8px; }
.kicker { font-family: Arial, sans-serif; font-size: 12px; font-weight: bold; color: #595959; margin: 10px 0 4px; }
.title { font-size: 21px; line-height: 1.25; font-weight: bold; margin: 0 0 6px; }
.title a { color: #1a1a1a; text-decoration: none; }
.dek { font-size: 15px; line-height: 1.45; color: #3d3d3d; margin: 0 0 8px; }
.more { font-family: Arial, sans-serif; font-size: 14px; font-weight: bold; }
.rule { border-bottom: 1px solid #d6d6d6; }
.foot { font-family: Arial, sans-serif; font-size: 12px; line-height: 1.5; color: #595959; }
@media (prefers-color-scheme: dark) {
  body, .wrap { background: #121212 !important; color: #ececec !important; }
  .column { background: #1f1d1b !important; }
  .title a, .intro { color: #ececec !important; }
  .dek, .date, .kicker, .foot { color: #b8b8b8 !important; }
  a, .masthead, .heading { color: #ff8a80 !important; }
}
`;

function Row({ children, className = 'pad' }: { children: React.ReactNode; className?: string }) {
  return (
    <tr>
      <td className={className}>{children}</td>
    </tr>
  );
}

function ArticleRow({ article, more }: { article: DigestArticle; more: string }) {
  return (
    <Row className="pad rule">
      {article.image ? (
        <a href={article.url}>
          <img src={article.image} alt="" width="560" />
        </a>
      ) : null}
      {article.section ? <p className="kicker">{article.section}</p> : null}
      <h2 className="title">
        <a href={article.url}>{article.title}</a>
      </h2>
      <p className="dek">{article.dek}</p>
      <a href={article.url} className="more">
        {more}
      </a>
    </Row>
  );
}

export function NewsletterEmail({ digest }: Props) {
  const ed = editions[digest.edition];
  const t = dictionary(digest.edition);
  const dir = ed.dir;
  return (
    <html lang={ed.language} dir={dir}>
      {/* eslint-disable-next-line @next/next/no-head-element -- an e-mail rendered to a string, not a Next page */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <meta name="supported-color-schemes" content="light dark" />
        <title>{digest.subject}</title>
        <style>{EMAIL_CSS}</style>
      </head>
      <body dir={dir}>
        <table role="presentation" className="wrap" dir={dir}>
          <tbody>
            <tr>
              <td>
                <table role="presentation" className="column" dir={dir}>
                  <tbody>
                    <Row>
                      <h1 className="brand">
                        <a href={digest.homeUrl} className="masthead">
                          {ed.name}
                        </a>
                      </h1>
                      <p className="date">
                        {t.newsletter.name} · {digest.dateLabel}
                      </p>
                      <p className="intro">{t.newsletter.intro}</p>
                    </Row>
                    <Row>
                      <p className="heading">{digest.quietWeek ? t.newsletter.recent : t.newsletter.thisWeek}</p>
                      {digest.quietWeek ? <p className="dek">{t.newsletter.nothingThisWeek}</p> : null}
                    </Row>
                    {digest.articles.map((a) => (
                      <ArticleRow key={a.url} article={a} more={t.newsletter.readArticle} />
                    ))}
                    {digest.issue ? (
                      <Row>
                        <p className="heading">
                          {t.magazine.latestIssue} · {digest.issue.label}
                        </p>
                        {digest.issue.cover ? (
                          <a href={digest.issue.url}>
                            <img src={digest.issue.cover} alt="" width="200" />
                          </a>
                        ) : null}
                        <h2 className="title">
                          <a href={digest.issue.url}>{digest.issue.title}</a>
                        </h2>
                        <p className="dek">{digest.issue.description}</p>
                        <a href={digest.issue.url} className="more">
                          {t.newsletter.readIssue}
                        </a>
                      </Row>
                    ) : null}
                    <Row>
                      <p className="foot">
                        <a href={digest.onlineUrl}>{t.newsletter.viewOnline}</a>
                        <br />
                        {t.newsletter.why}
                      </p>
                    </Row>
                  </tbody>
                </table>
              </td>
            </tr>
          </tbody>
        </table>
      </body>
    </html>
  );
}
