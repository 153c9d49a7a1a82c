/**
 * The name people write for a region without its administrative suffix: 贵州省 → 贵州,
 * 黔东南苗族侗族自治州 → 黔东南, 广西壮族自治区 → 广西. Returns undefined when stripping would leave
 * fewer than two characters (城区, 郊区 stay as they are).
 */
const ETHNIC =
  '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|鄂温克|保安|裕固|独龙|鄂伦春|各';
const ETHNIC_NAMES = ETHNIC.split('|')
  .flatMap((name) => [`${name}族`, name])
  .sort((a, b) => b.length - a.length);
const SUFFIXES = [
  '特别行政区',
  '自治区',
  '自治州',
  '自治县',
  '自治旗',
  '地区',
  '林区',
  '特区',
  '新区',
  '省',
  '市',
  '盟',
  '区',
  '县',
  '旗',
];

export function shortRegionName(name: string): string | undefined {
  for (const suffix of SUFFIXES) {
    if (!name.endsWith(suffix)) continue;
    let stem = name.slice(0, -suffix.length);
    if (suffix.startsWith('自治')) stem = stripEthnicNames(stem);
    return stem.length >= 2 ? stem : undefined;
  }
  return undefined;
}

/** Strips ethnic group names from the end one at a time, keeping at least two characters. */
function stripEthnicNames(stem: string): string {
  for (;;) {
    const tail = ETHNIC_NAMES.find((name) => stem.endsWith(name) && stem.length - name.length >= 2);
    if (!tail) return stem;
    stem = stem.slice(0, -tail.length);
  }
}
