/**
 * What a YAML syntax error means for a maintainer who is no programmer, told from the line it is
 * on: a full-width colon, bracket or quote, a tab, a quote left open, indentation that is off.
 */

type Explained = {
  detail: string;
  detailEn: string;
  /** Whether the line itself shows the mistake (a full-width sign, a tab, an open quote) rather than the parser's guess. */
  seenOnLine: boolean;
  /** Where the mistake is when that is not where the parser noticed it (a quote or bracket opened lines earlier). */
  at?: { line: number; column: number };
};

/** The ASCII character YAML needs where a full-width one was typed. */
const ASCII: Record<string, string> = { '：': ':', '［': '[', '｛': '{', '【': '[', '“': '"', '‘': "'" };

/** A full-width colon in a key, or a full-width bracket or quote where a value starts (not inside a text). */
function fullWidthAt(source: string): { ch: string; column: number } | undefined {
  const match = /^\s*(?:- )?[^:"'#]*?(：)/.exec(source) ?? /(?:^\s*-|:)\s+([［｛【“‘])/.exec(source);
  // The character is the last one the match took.
  return match ? { ch: match[1]!, column: match.index + match[0].length } : undefined;
}

/** The quote a line leaves open, if any (escaped double quotes and doubled single quotes aside). */
function openQuote(source: string): '"' | "'" | undefined {
  if ((source.replace(/\\./g, '').match(/"/g) ?? []).length % 2 === 1) return '"';
  // An apostrophe inside a word (it's) is no quote.
  if ((source.replace(/''/g, '').match(/'/g) ?? []).length % 2 === 1 && !/\w'\w/.test(source)) return "'";
  return undefined;
}

const openQuoteAt = (l: number, c: number): Explained => ({
  detail: `第 ${l} 行第 ${c} 列的引号没有配对：请在这段文字结尾补上同样的引号`,
  detailEn: `the quote at line ${l}, column ${c} is not closed: end the text with the same quote`,
  seenOnLine: true,
  at: { line: l, column: c },
});

const CLOSING: Record<string, string> = { '[': ']', '{': '}' };

/** The column of the last bracket a line opens and does not close (outside quoted text), if any. */
function openBracket(source: string, bracket: '[' | '{'): number | undefined {
  const opened: number[] = [];
  let quote: string | undefined;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#' && (i === 0 || source[i - 1] === ' ')) break;
    else if (ch === bracket) opened.push(i + 1);
    else if (ch === CLOSING[bracket]) opened.pop();
  }
  return opened.at(-1);
}

const openBracketAt = (l: number, c: number, bracket: '[' | '{'): Explained => ({
  detail: `第 ${l} 行第 ${c} 列的「${bracket}」没有配对的「${CLOSING[bracket]}」：请在${bracket === '[' ? '列表' : '这一组'}结尾补上「${CLOSING[bracket]}」；若它在文字里，请给整段文字加上英文引号`,
  detailEn: `the "${bracket}" at line ${l}, column ${c} has no closing "${CLOSING[bracket]}": end the ${bracket === '[' ? 'list' : 'group'} with "${CLOSING[bracket]}"; if it is part of a text, put the whole text in quotes`,
  seenOnLine: true,
  at: { line: l, column: c },
});

export function explainYamlError(text: string, line: number, column: number, parserMessage: string): Explained {
  const lines = text.split(/\r?\n/);
  const source = lines[line - 1] ?? '';
  const full = fullWidthAt(source);
  if (full) {
    const colon = full.ch === '：';
    return {
      detail: `第 ${full.column} 列用了全角的「${full.ch}」：YAML 的符号要用半角（英文）的「${ASCII[full.ch]}」${colon ? '，冒号后面再加一个空格' : ''}；若它在文字里，请给整段文字加上英文引号`,
      detailEn: `column ${full.column} has the full-width "${full.ch}": YAML needs the ASCII "${ASCII[full.ch]}"${colon ? ' followed by a space' : ''}; if it is part of a text, put the whole text in quotes`,
      seenOnLine: true,
    };
  }
  const tab = source.indexOf('\t');
  if (tab >= 0 && source.slice(0, tab).trim() === '') {
    return { detail: `第 ${tab + 1} 列用制表符（Tab）缩进：YAML 只能用空格缩进`, detailEn: `column ${tab + 1} indents with a tab: YAML indents with spaces only`, seenOnLine: true };
  }
  // The parser finds an open quote where the text ends: look back for the line that opened it.
  const from = /Missing closing/i.test(parserMessage) ? Math.min(line, lines.length) : line;
  const to = /Missing closing/i.test(parserMessage) ? 1 : line;
  for (let l = from; l >= to; l--) {
    const quote = openQuote(lines[l - 1] ?? '');
    if (quote) return openQuoteAt(l, lines[l - 1]!.indexOf(quote) + 1);
  }
  const flow = /Flow (sequence|mapping)/i.exec(parserMessage);
  if (flow) {
    const bracket = flow[1]!.toLowerCase() === 'sequence' ? '[' : '{';
    for (let l = Math.min(line, lines.length); l >= 1; l--) {
      const c = openBracket(lines[l - 1] ?? '', bracket);
      if (c !== undefined) return openBracketAt(l, c, bracket);
    }
  }
  if (/indent|Implicit keys|mapping|sequence/i.test(parserMessage)) {
    return {
      detail: `第 ${column} 列附近缩进不对：同一层的键要对齐（用同样多的空格），下一层比上一层多缩进两个空格`,
      detailEn: `the indentation near column ${column} is off: keys at one level line up (the same number of spaces), the next level two spaces further in`,
      seenOnLine: false,
    };
  }
  return { detail: `第 ${column} 列：${parserMessage}`, detailEn: `column ${column}: ${parserMessage}`, seenOnLine: false };
}
