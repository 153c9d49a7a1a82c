/** "您是不是要写 destinationAccountOpened？": the known name closest to a mistyped one, by edit distance. */

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** The known name nearest to `word` (case aside), when it is near enough to be a typo. */
export function closestName(word: string, known: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(lower, name.toLowerCase());
    if (distance === 0 && name !== word) return name;
    if (!best || distance < best.distance) best = { name, distance };
  }
  if (!best || best.distance === 0) return undefined;
  return best.distance <= Math.max(1, Math.floor(word.length / 3)) ? best.name : undefined;
}

/** The hint params of a problem: `hint` and `hintEn`, empty when nothing is close. */
export function didYouMean(word: string, known: Iterable<string>): { hint: string; hintEn: string } {
  const name = closestName(word, known);
  return name ? { hint: `；您是不是要写 ${name}？`, hintEn: `; did you mean ${name}?` } : { hint: '', hintEn: '' };
}
