import { dictionary } from '@/lib/dictionaries';
import { editions, type Edition } from '@/lib/site';

type Props = { translations: readonly { lang: Edition; url: string }[]; edition: Edition };

/** "Read in Arabic" / "اقرأ بالإنجليزية": links to the article's translations, each marked with its language. */
export function TranslationLinks({ translations, edition }: Props) {
  if (translations.length === 0) return null;
  const t = dictionary(edition);
  return (
    <ul className="translations" data-pagefind-ignore>
      {translations.map((tr) => (
        <li key={tr.lang}>
          <a href={tr.url} hrefLang={editions[tr.lang].language} rel="alternate" className="translations__link">
            {t.readIn[tr.lang]}
          </a>
        </li>
      ))}
    </ul>
  );
}
