// The build's idea of "now". STANDFIRST_NOW (an ISO instant) fixes it, so tests
// and scheduled rebuilds are reproducible.
export function now(): Date {
  const fixed = process.env.STANDFIRST_NOW;
  if (fixed) {
    const d = new Date(fixed);
    if (Number.isNaN(d.getTime())) throw new Error(`STANDFIRST_NOW="${fixed}" is not an ISO date-time`);
    return d;
  }
  return new Date();
}
