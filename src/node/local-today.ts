/** Today in the machine's time zone, YYYY-MM-DD: only the node entry and the CLI read the clock. */
export function localToday(now = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}
