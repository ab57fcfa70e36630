import { readDevReport } from '@/lib/dev-report';

export const DEV_PROBLEMS_ID = 'content-check-problems';

// Inline styles, not classes: nothing of this reaches the production CSS.
const box = { margin: '1rem', padding: '1rem', border: '3px solid #b00020', background: '#fff4f4', color: '#400', fontFamily: 'ui-monospace, monospace', fontSize: '0.875rem', lineHeight: 1.5 } as const;

/**
 * `npm run dev` only: the content check's errors at the top of every page, as the watch-mode check
 * last reported them (lib/dev-report.ts), so an editor sees file:line, field and fix in the browser.
 * A production build renders nothing here (the check fails that build instead).
 */
export function DevContentProblems() {
  if (process.env.NODE_ENV === 'production') return null;
  const dev = readDevReport(process.cwd());
  const errors = dev?.report.problems.filter((p) => p.severity === 'error') ?? [];
  if (!dev || errors.length === 0) return null;
  return (
    <section id={DEV_PROBLEMS_ID} role="alert" style={box} data-pagefind-ignore>
      <h2 style={{ margin: 0, fontSize: '1rem' }}>
        Content check: {errors.length} {errors.length === 1 ? 'error' : 'errors'} (shown in npm run dev only; a build would stop here)
      </h2>
      <ul style={{ margin: '0.5rem 0', paddingInlineStart: '1.25rem' }}>
        {errors.map((p) => (
          <li key={`${p.file}:${p.line}:${p.column}:${p.field}`}>
            <strong>
              {p.file}:{p.line}:{p.column}
            </strong>{' '}
            {p.field} — {p.message} (fix: {p.fix})
          </li>
        ))}
      </ul>
      <p style={{ margin: 0 }}>Checked at {new Date(dev.checkedAt).toLocaleTimeString('en-GB')}; save the file and reload to check again.</p>
    </section>
  );
}

/** Stands in for a component the body names but the site does not have, in `npm run dev` only, instead of a crash. */
export function DevUnknownElement({ name }: { name: string }) {
  return (
    <div role="note" style={box} data-unknown-element={name}>
      &lt;{name}&gt; is not a component the site knows: see the <a href={`#${DEV_PROBLEMS_ID}`}>content check</a> at the top of the page.
    </div>
  );
}
