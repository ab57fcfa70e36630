// Bundled with the pages (scripts/build/render/bundle.ts `hookModule`): each page is rendered
// inside `record`, which returns what it read (lib/dependencies.ts), and the build re-reads keys
// through `currentHash` in the same bundle, so both see the same registered queries.
import { currentHash, recordReads } from '../../lib/dependencies';

export async function record<T>(render: () => Promise<T>): Promise<{ value: T; recorded: [string, string][] }> {
  const { value, reads } = await recordReads(render);
  return { value, recorded: [...reads] };
}

export { currentHash };
